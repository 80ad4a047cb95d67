#!/usr/bin/env node
// Runs the end-to-end suite: builds the app, checks its size budget (scripts/size.mjs), then runs
// Playwright in Debian's Chromium. Without Chromium it says how to install it; under CI=true that is a
// failure, never a silent skip.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ci = process.env.CI === 'true' || process.env.CI === '1';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(chromium)) {
  const message = [
    `No Chromium at ${chromium}: the end-to-end tests cannot run.`,
    'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
    '(or point CHROMIUM_PATH at a Chromium binary).',
  ].join('\n');
  if (ci) {
    console.error(`${message}\nCI=true: failing instead of skipping.`);
    process.exit(1);
  }
  // The size budget's static half needs no browser: check it anyway.
  run('npx', ['vite', 'build']);
  run('node', ['scripts/size.mjs']);
  console.warn(`${message}\nEnd-to-end tests SKIPPED (outside CI). Typecheck, unit tests and size ran.`);
  process.exit(0);
}

run('npx', ['vite', 'build']);
run('node', ['scripts/size.mjs']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
