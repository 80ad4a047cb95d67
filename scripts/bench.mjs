#!/usr/bin/env node
// npm run bench: measures what the issues budget and prints a table; exits non-zero on a missed budget.
// 1. Node half (vitest, bench/*.bench.test.ts): share-link length of a complete bilan, synthesis of 200.
// 2. Browser half: builds and serves the app, and in Debian's Chromium times a trainer importing 200
//    result files into a workshop until the 200-person synthesis is on screen.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4390;
const BUDGET_IMPORT_RENDER_MS = 1000;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts']);
run('npx', ['vite', 'build']);

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const files = readdirSync('.bench/snapshots').map((f) => resolve('.bench/snapshots', f));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const times = [];
try {
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${base}/ateliers`);
    await page.getByLabel("Titre de l'atelier").fill(`Banc d'essai ${run + 1}`);
    await page.getByRole('button', { name: "Créer l'atelier" }).click();
    const input = page.getByLabel('Ajouter des fichiers de résultats (.json, plusieurs possibles)');
    await input.waitFor();
    const start = Date.now();
    await input.setInputFiles(files);
    await page.getByText('200 résultats reçus').first().waitFor();
    await page
      .getByRole('table', { name: 'Aisance par macro-compétence dans le groupe (sur 4)' })
      .getByText('200 profils')
      .first()
      .waitFor();
    times.push(Date.now() - start);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const median = [...times].sort((a, b) => a - b)[1] ?? 0;
console.log('\n| measure | value | budget |');
console.log('| --- | --- | --- |');
console.log(
  `| import 200 snapshots + render 200-person synthesis (median of 3) | ${median} ms (${times.join(', ')}) | ≤ ${BUDGET_IMPORT_RENDER_MS} ms |`,
);
if (median > BUDGET_IMPORT_RENDER_MS) {
  console.error(`Budget missed: ${median} ms > ${BUDGET_IMPORT_RENDER_MS} ms`);
  process.exit(1);
}
