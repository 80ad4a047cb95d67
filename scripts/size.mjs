#!/usr/bin/env node
// The home page's JavaScript, measured on the built app (dist/, or the folder given as first argument),
// gzip level 9 as Vite reports it. Run by `npm test` after the build and by `npm run bench`.
//
// 1. Before the first paint (budget 100 KB): the scripts the browser must run before it paints the
//    prerendered HTML of the home page (render-blocking ones; module scripts are deferred).
// 2. Before the home page is interactive (guard 175 KB): the entry chunk, the app's start that it
//    loads after the first paint, everything they import statically, the French `common` wording
//    that start.tsx awaits, and the home route with its static imports. Read from Vite's manifest, so it needs no browser.
// 3. Everything the home page fetches until the network is idle (guard 175 KB), with the service
//    worker's registration. Measured in Chromium when it is there.
// 4. Charts, QR code and camera code are in neither, and are precached for offline.
// Exits non-zero on a missed budget, after printing the table.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';

const KB = 1024;
const BUDGET_FIRST_PAINT = 100 * KB;
const GUARD_INTERACTIVE = 175 * KB;
const GUARD_IDLE = 175 * KB;
const dist = process.argv[2] ?? 'dist';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.SIZE_PORT ?? 4391);

const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: build the app first (npx vite build).`);
  process.exit(1);
}
/** @type {Record<string, { file: string; name?: string; imports?: string[]; dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** A manifest entry's file and the files of everything it imports statically, recursively. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const HOME_ROUTE = 'src/features/assessment/AssessmentListPage.tsx';
const APP_START = 'src/app/start.tsx';
const FIRST_WORDING = 'src/i18n/locales/fr/common.json';
// Render-blocking scripts of the home page's HTML: inline ones, and external ones without
// type=module, async or defer.
const homeHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const blocking = [...homeHtml.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
  ([, attrs]) => !/type="module"|\basync\b|\bdefer\b/.test(attrs),
);
const firstPaintBytes = blocking.reduce((sum, [, attrs, body]) => {
  const src = /src="\/([^"]+)"/.exec(attrs)?.[1];
  return sum + (src ? gzipped(src) : gzipSync(body, { level: 9 }).length);
}, 0);

const firstRender = new Set([
  ...closure('index.html'),
  ...closure(APP_START),
  ...closure(FIRST_WORDING),
  ...closure(HOME_ROUTE),
]);
const firstRenderBytes = [...firstRender]
  .filter((f) => f.endsWith('.js'))
  .reduce((s, f) => s + gzipped(f), 0);

// Heavy code that must stay out of the home page, and be precached for offline. Found by chunk name,
// or, for code the bundler puts in a chunk shared with other modules (named after one of them), by a
// string only that code holds.
const HEAVY = { charts: { chunk: 'figures' }, 'QR code': { marker: 'qr-code' }, camera: { chunk: 'jsQR' } };
const precache = readFileSync(join(dist, 'sw.js'), 'utf8');
const heavyRows = Object.entries(HEAVY).map(([name, { chunk, marker }]) => {
  const file = Object.values(manifest).find((c) =>
    chunk
      ? c.name === chunk
      : c.file.endsWith('.js') && readFileSync(join(dist, c.file), 'utf8').includes(marker),
  )?.file;
  if (!file) throw new Error(`No chunk holding the ${name} in the build manifest`);
  return {
    name,
    file,
    size: gzipped(file),
    inHome: firstRender.has(file),
    precached: precache.includes(file),
  };
});

async function idleJavaScript() {
  if (!existsSync(executablePath)) return null;
  const { chromium } = await import('@playwright/test');
  const base = `http://127.0.0.1:${PORT}`;
  if (
    await fetch(base).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${PORT} is already in use: stop what listens there, or set SIZE_PORT.`);
  // Vite itself, not through npx: killing it then really stops the server.
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dist, '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  let browser;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    // A first visit: no service worker (it would fetch the whole precache), an empty database.
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR' });
    const page = await context.newPage();
    const files = new Set();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js')) files.add(pathname.slice(1));
    });
    await page.goto(base, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Mes bilans' }).waitFor();
    await page.getByText("Vous n'avez pas encore de bilan").waitFor();
    return [...files];
  } finally {
    await browser?.close();
    server.kill();
  }
}

const idleFiles = await idleJavaScript();
const idleBytes = idleFiles?.reduce((s, f) => s + gzipped(f), 0);

const rows = [
  [
    `home page JS before the first paint (${blocking.length} render-blocking script(s))`,
    kb(firstPaintBytes),
    '≤ 100 KB',
    firstPaintBytes <= BUDGET_FIRST_PAINT,
  ],
  [
    'home page JS before it is interactive (entry, French wording, home route)',
    kb(firstRenderBytes),
    '≤ 175 KB',
    firstRenderBytes <= GUARD_INTERACTIVE,
  ],
  idleBytes === undefined
    ? [
        'home page JS until network idle, first visit (Chromium)',
        `not measured: no Chromium at ${executablePath}`,
        '≤ 175 KB',
        true,
      ]
    : [
        'home page JS until network idle, first visit (Chromium)',
        `${kb(idleBytes)} in ${idleFiles.length} files`,
        '≤ 175 KB',
        idleBytes <= GUARD_IDLE,
      ],
  ...heavyRows.map((h) => [
    `${h.name} (${h.file}, ${kb(h.size)}): not on the home page, precached`,
    `${h.inHome || idleFiles?.includes(h.file) ? 'ON the home page' : 'not on home'}, ${h.precached ? 'precached' : 'NOT precached'}`,
    'not on home, precached',
    !h.inHome && !idleFiles?.includes(h.file) && h.precached,
  ]),
];
console.log('\n| size | value | budget | ok |');
console.log('| --- | --- | --- | --- |');
for (const [name, value, budget, ok] of rows)
  console.log(`| ${name} | ${value} | ${budget} | ${ok ? 'yes' : 'NO'} |`);
if (rows.some((r) => !r[3])) {
  console.error('\nSize budget missed.');
  process.exit(1);
}
