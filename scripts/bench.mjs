#!/usr/bin/env node
// npm run bench: measures what the budgets name, prints ONE markdown table at the end
// (measure | value | budget | ok?) and exits non-zero when any budget is missed, after the whole table.
//
// What it measures, in this order:
// 1. Node half (vitest, bench/*.bench.test.ts, results in .bench/results/*.json): the share link of a
//    complete bilan (≤ 600 characters) and the 200-person synthesis (reported). It also writes what the
//    browser half needs: 200 result files (.bench/snapshots) and a backup of one complete bilan
//    (.bench/complete-backup.json).
// 2. The app, built into .bench/dist. Its home page's JavaScript (scripts/size.mjs, `size`): before the
//    first paint ≤ 100 KB gzip, with its guards. Then served by `vite preview`, in Debian's Chromium through Playwright:
//    a trainer importing the 200 result files into a workshop until the 200-person synthesis is on
//    screen (median of 3, ≤ 1 s), timed in the page from the files being chosen to the frame that shows
//    the synthesis; the time seen from Playwright (file transfer and its polling included) is reported.
// 3. The harness (bench/harness, built by vite.bench.config.ts into .bench/harness-dist, served by
//    `vite preview` too), in the same Chromium:
//    - 1,000 answer writes to IndexedDB through src/db/assessments.ts (500 saveCompetencyResponse and
//      500 savePostureValue, each in its own transaction), each timed: median < 5 ms, p95 reported;
//    - the profile of a complete bilan, computed and rendered by the real profile page (flushSync, in
//      I18nextProvider + MemoryRouter): median of 10 after a cold run < 100 ms; the time until every
//      chart has drawn is reported too.
// 4. 30 QR codes read in a row (`qr`): the receiving page of the app above, in Chromium whose fake camera
//    plays a Y4M video of 30 participants' share-link QR codes (made by bench/qrRoom.bench.test.ts with
//    the workshop-room spec's helper, tests/e2e/qrFrames.ts), each held 0.8 s with 0.2 s blank between,
//    for a workshop imported from a backup. Per code, timed in the page: from the first video frame that
//    shows it (requestVideoFrameCallback's presentation time) to the DOM update of the workshop's « n sur
//    30 reçus » counter; median and p95 are reported (no budget).
// 5. Lighthouse 12 (Node API, default config: mobile emulation, simulated throttling) on the home page,
//    the grid's first questionnaire page and the profile of a complete bilan, 3 runs each, median score
//    per category: performance ≥ 0.95, accessibility = 1, best practices ≥ 0.95. Chromium is started
//    with chrome-launcher on a throw-away user-data-dir under .bench/, where the complete backup is first
//    imported through « Mes données ». Under budget, the failing audits are printed above the table.
//
// Ports: the two servers and Lighthouse's Chromium (remote debugging) take the first free ports of
// PORTS, never one another program holds (nor 4173, 4317 or 4400, which belong to other tools).
// Everything started here (servers, browsers, profile directory) is stopped or removed at the end, also
// when a step fails or on Ctrl-C. A failing step becomes a failed row; the others still run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORTS = [4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const APP_DIST = '.bench/dist';
const RESULTS_DIR = '.bench/results';
const SNAPSHOTS_DIR = '.bench/snapshots';
const BACKUP_FILE = resolve('.bench/complete-backup.json');
const LIGHTHOUSE_DIR = '.bench/lighthouse';
const REFERENCE_FILE = 'reference-home.html';

const BUDGET = {
  importRenderMs: 1000,
  writeMedianMs: 5,
  profileMedianMs: 100,
  lighthouse: { performance: 0.98, accessibility: 1, 'best-practices': 0.95 },
  /** The home page's LCP, at most this times the reference page's (its visible content, plain HTML). */
  homeLcpRatio: 1.3,
  /** A grid page's and a complete profile's LCP, opened directly, cold. */
  pageLcpMs: 1500,
  tbtMs: 50,
};
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// For a quicker look while working: BENCH_ONLY=lighthouse (or node, live, size, workshop, harness, qr; comma-separated)
// and LIGHTHOUSE_PAGES=profile (LIGHTHOUSE_TRACE=1 also keeps each run's trace). The full bench (no variable) is the one whose budgets count.
// `npm run bench -- --only qr` is the same as BENCH_ONLY=qr.
const onlyFlag = process.argv.indexOf('--only');
const ONLY = (onlyFlag >= 0 ? process.argv[onlyFlag + 1] : process.env.BENCH_ONLY)?.split(',');
const wanted = (part) => !ONLY || ONLY.includes(part);
const PLAYWRIGHT_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

// ---------------------------------------------------------------------------------------------------
// The table, and everything to stop at the end.

/** @type {{ measure: string, value: string, budget: string, ok: boolean | null }[]} */
const rows = [];
function record(measure, value, budget, ok) {
  rows.push({ measure, value, budget, ok });
}

/** Notes printed above the table: failing audits, what a number rests on. */
const notes = [];

/** Tear-down actions, run last-in first-out; each runs once. */
const cleanups = [];
function defer(action) {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    if (cleanups.includes(once)) cleanups.splice(cleanups.indexOf(once), 1);
    try {
      await action();
    } catch (error) {
      console.error('Tear-down step failed:', error);
    }
  };
  cleanups.push(once);
  return once;
}
async function teardown() {
  while (cleanups.length > 0) await cleanups[cleanups.length - 1]();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping servers and browsers…`);
    void teardown().finally(() => process.exit(130));
  });
}

/** Runs one step; an exception becomes a failed row (under `measures`), and the script goes on. */
async function step(title, measures, body) {
  console.log(`\n## ${title}`);
  try {
    await body();
  } catch (error) {
    console.error(error);
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    for (const [measure, budget] of measures) record(measure, `not measured: ${reason}`, budget, false);
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
/** Nearest-rank percentile. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;
const ms = (x) => (x === null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const score = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(2));

/** Runs a command to completion with its output shown; throws when it fails. */
function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

const taken = new Set();
/** Whether nothing listens on 127.0.0.1:`port` (tried by listening on it for a moment). */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
/** The first port of PORTS that is free and not handed out yet. */
async function freePort() {
  for (const port of PORTS) {
    if (taken.has(port) || !(await isFree(port))) continue;
    taken.add(port);
    return port;
  }
  throw new Error(`no free port among ${PORTS.join(', ')}`);
}

/** `vite preview` on a free port, in its own process group so that it is stopped with its npx wrapper. */
async function startPreview(name, args) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['vite', 'preview', ...args, '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((r) => child.once('exit', r));
  defer(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, 'SIGTERM');
    if ((await Promise.race([exited.then(() => true), sleep(5000)])) !== true)
      process.kill(-child.pid, 'SIGKILL');
  });
  for (let i = 0; i < 100; i++) {
    // Checked before answering: with --strictPort, a port taken meanwhile makes vite exit.
    if (child.exitCode !== null) throw new Error(`${name} server exited: ${stderr.trim()}`);
    if (await answers(base)) {
      console.log(`${name} served on ${base}`);
      return base;
    }
    await sleep(200);
  }
  throw new Error(`${name} server did not answer on ${base}`);
}

async function launchPlaywrightChromium(extraArgs = []) {
  const browser = await chromium.launch({ executablePath, args: [...PLAYWRIGHT_ARGS, ...extraArgs] });
  const close = defer(() => browser.close());
  return { browser, close };
}

// ---------------------------------------------------------------------------------------------------
// 1. Node half.

async function nodeHalf(only = []) {
  await rm(RESULTS_DIR, { recursive: true, force: true });
  let failure = null;
  try {
    run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', ...only]);
  } catch (error) {
    // A missed budget fails its test too; its row below says which. Files not written fail later steps.
    failure = error;
  }
  const files = await readdir(RESULTS_DIR).catch(() => []);
  for (const file of files.sort()) {
    const r = JSON.parse(await readFile(`${RESULTS_DIR}/${file}`, 'utf8'));
    record(r.measure, r.value, r.budget, r.ok);
  }
  if (failure && !rows.some((r) => r.ok === false)) throw failure;
}

// ---------------------------------------------------------------------------------------------------
// 1b. The home page's JavaScript (scripts/size.mjs, also run by `npm test`), on the bench's build: its
// table's rows become rows of this one.

const SIZE_MEASURE = 'home page JS before the first paint';

async function sizes() {
  const r = spawnSync('node', ['scripts/size.mjs', APP_DIST], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !/^\| (size|---) /.test(l));
  if (lines.length === 0) throw new Error(`scripts/size.mjs printed no table (exit ${r.status})`);
  for (const line of lines) {
    const [measure, value, budget, ok] = line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, ''));
    record(measure, value, budget, ok === 'yes');
  }
}

// ---------------------------------------------------------------------------------------------------
// 2. Workshop import of 200 result files, in the built app.

const IMPORT_MEASURE =
  'workshop: 200 result files chosen → 200-person synthesis on screen, timed in the page (median of 3)';
const IMPORT_OUTER_MEASURE =
  'workshop: the same, timed from Playwright (file transfer and its polling included; reported)';

/**
 * Resolves, in the page, with the milliseconds from the file input's `change` (the trainer's files
 * chosen) to the animation frame that first shows both the « 200 résultats reçus » count and the
 * 200-person aisance table. Timed there because Playwright's own polling (role and text queries over a
 * page of 200 results) runs on the same main thread and slowed the import it was timing.
 */
// Runs in the page (page.evaluate), with the browser's globals.
/* global document, window, requestAnimationFrame */
function timeImportInPage() {
  const done = () =>
    document.body.textContent.includes('200 résultats reçus') &&
    [...document.querySelectorAll('table')].some(
      (table) =>
        table.caption?.textContent === 'Aisance par macro-compétence dans le groupe (sur 4)' &&
        table.textContent.includes('200 profils'),
    );
  window.__importTime = new Promise((resolve) => {
    document.addEventListener(
      'change',
      () => {
        const start = performance.now();
        const frame = () => (done() ? resolve(performance.now() - start) : requestAnimationFrame(frame));
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

async function workshopImport(appBase) {
  const files = (await readdir(SNAPSHOTS_DIR)).map((f) => resolve(SNAPSHOTS_DIR, f));
  if (files.length !== 200)
    throw new Error(`expected 200 result files in ${SNAPSHOTS_DIR}, found ${files.length}`);
  const { browser, close } = await launchPlaywrightChromium();
  const times = [];
  const outer = [];
  try {
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ locale: 'fr-FR' });
      const page = await context.newPage();
      await page.goto(`${appBase}/ateliers`);
      await page.getByLabel("Titre de l'atelier").fill(`Banc d'essai ${i + 1}`);
      // The grid too (a workshop offers the acrobat and the situations by default): its synthesis is
      // the largest, and its aisance table is what the timing waits for.
      await page.getByRole('checkbox', { name: 'Grille de compétences' }).check();
      await page.getByRole('button', { name: "Créer l'atelier" }).click();
      const input = page.getByLabel('Ajouter des fichiers de résultats (.json, plusieurs possibles)');
      await input.waitFor();
      await page.evaluate(timeImportInPage);
      const start = Date.now();
      await input.setInputFiles(files);
      // A synthesis that never shows fails the step rather than hanging the bench.
      let timer;
      const inPage = await Promise.race([
        page.evaluate(() => window.__importTime),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no 200-person synthesis within 60 s')), 60_000);
        }),
      ]).finally(() => clearTimeout(timer));
      // What a person sees, checked the way the e2e tests do.
      // The count is in view; the table is folded under its chart until someone opens it.
      await page.getByText('200 résultats reçus').first().waitFor();
      await page
        .getByRole('table', {
          name: 'Aisance par macro-compétence dans le groupe (sur 4)',
          includeHidden: true,
        })
        .getByText('200 profils')
        .first()
        .waitFor({ state: 'attached' });
      outer.push(Date.now() - start);
      times.push(Math.round(inPage));
      await context.close();
    }
  } finally {
    await close();
  }
  const m = median(times);
  record(
    IMPORT_MEASURE,
    `${m} ms (${times.join(', ')})`,
    `≤ ${BUDGET.importRenderMs} ms`,
    m <= BUDGET.importRenderMs,
  );
  record(IMPORT_OUTER_MEASURE, `${median(outer)} ms (${outer.join(', ')})`, 'reported', null);
}

// ---------------------------------------------------------------------------------------------------
// 2b. 30 QR codes read in a row by the receiving page.

const QR_DIR = '.bench/qr-room';
const QR_MEASURE = '30 QR codes read in a row: frame shown → « n sur 30 reçus » updated, per code';

/**
 * In the page: the times (performance.now()) at which each code appears in the camera's video (the
 * frame's probe points, as tests/e2e/qrFrames.ts's qrSignature reads them, nearest to that code's), each
 * alias named « Dernier : « … » ajouté », and each rise of the workshop's « n sur `count` reçus ».
 */
/* global MutationObserver */
function timeQrInPage({ count, side, probes, signatures }) {
  const shown = [];
  const added = [];
  const counted = [];
  window.__qrTimes = { shown, added, counted };
  const probe = document.createElement('canvas');
  probe.width = probe.height = side;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  const step = side / probes;
  let current = -1;
  const watch = (video) => {
    const onFrame = (_now, meta) => {
      ctx.drawImage(video, 0, 0, side, side);
      const px = ctx.getImageData(0, 0, side, side).data;
      let bits = '';
      for (let j = 0; j < probes; j++)
        for (let i = 0; i < probes; i++) {
          const x = Math.floor(step * i + step / 2);
          const y = Math.floor(step * j + step / 2);
          bits += px[(y * side + x) * 4] < 128 ? '1' : '0';
        }
      let index = -1;
      if (bits.includes('1')) {
        let best = Infinity;
        signatures.forEach((s, k) => {
          let d = 0;
          for (let b = 0; b < s.length; b++) if (s[b] !== bits[b]) d++;
          if (d < best) [best, index] = [d, k];
        });
      }
      if (index !== current && index >= 0) shown.push({ index, time: meta.presentationTime });
      current = index;
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  const pattern = new RegExp(`(\\d+) sur ${count} reçus`);
  let video = null;
  let lastN = 0;
  let lastAlias = '';
  new MutationObserver(() => {
    const time = performance.now();
    if (!video) {
      video = document.querySelector('.qr-scanner video');
      if (video) watch(video);
    }
    const alias = /« (.+) »/.exec(document.querySelector('.scan-last')?.textContent ?? '')?.[1];
    if (alias && alias !== lastAlias) {
      lastAlias = alias;
      added.push({ alias, time });
    }
    const n = Number(pattern.exec(document.querySelector('main')?.textContent ?? '')?.[1] ?? 0);
    // Two codes stored before the counter renders make it rise by two at once: both are counted then.
    while (n > lastN) counted.push({ n: ++lastN, time });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function importBackup(page, appBase, file) {
  await page.goto(`${appBase}/donnees`);
  await page.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await page.getByText('Import terminé').waitFor();
}

async function qrInARow(appBase) {
  if (!wanted('node'))
    run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', 'bench/qrRoom.bench.test.ts']);
  const room = JSON.parse(await readFile(`${QR_DIR}/room.json`, 'utf8'));
  const { browser, close } = await launchPlaywrightChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${resolve(QR_DIR, 'qr.y4m')}`,
  ]);
  let times;
  try {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.grantPermissions(['camera'], { origin: new URL(appBase).origin });
    const page = await context.newPage();
    await importBackup(page, appBase, resolve(QR_DIR, 'backup.json'));
    await page.goto(`${appBase}/recevoir`);
    await page.locator('main:not([inert])').waitFor();
    await page.evaluate(timeQrInPage, room);
    await page.getByRole('button', { name: 'Ouvrir la caméra' }).click();
    // The video loops: a code missed on its first pass is read on a later one (and counts as slow).
    const loop = ((room.hold + room.gap) * room.count * 1000) / room.fps;
    await page
      .getByText(`${room.title} : ${room.count} sur ${room.count} reçus`)
      .waitFor({ timeout: 3 * loop + 30_000 });
    times = await page.evaluate(() => window.__qrTimes);
    await context.close();
  } finally {
    await close();
  }
  // The n-th rise of the counter is the n-th participant named; its code was shown last before it.
  const perCode = times.counted.map(({ n, time }) => {
    const alias = times.added[n - 1]?.alias;
    const index = room.aliases.indexOf(alias);
    const shownAt = times.shown.filter((s) => s.index === index && s.time <= time).at(-1)?.time;
    if (index < 0 || shownAt === undefined) throw new Error(`code ${n} (${alias}) was never seen shown`);
    return time - shownAt;
  });
  if (perCode.length !== room.count) throw new Error(`${perCode.length} of ${room.count} codes counted`);
  const passes = (times.shown.length / room.count).toFixed(1);
  notes.push(
    `QR codes: ${room.count} participants' share links (complete bilans), ` +
      `camera at ${room.fps} frames/s, each code held ${(room.hold / room.fps).toFixed(1)} s; ` +
      `${times.shown.length} codes shown (${passes} passes of the video); per code (ms): ` +
      perCode.map((t) => Math.round(t)).join(', '),
  );
  record(QR_MEASURE, `median ${ms(median(perCode))}, p95 ${ms(percentile(perCode, 95))}`, 'reported', null);
}

// ---------------------------------------------------------------------------------------------------
// 3. Harness: answer writes and the complete profile.

const WRITE_MEASURES = {
  competency: 'IndexedDB: saveCompetencyResponse, 500 writes, one transaction each',
  posture: 'IndexedDB: savePostureValue, 500 writes, one transaction each',
  all: 'IndexedDB: all 1,000 answer writes',
};
const PROFILE_MEASURE = 'complete profile: compute + render with flushSync (median of 10 after 1 cold)';
const CHARTS_MEASURE =
  'complete profile: until every chart has drawn, as for print (median of 10 after 1 cold)';

async function harness(harnessBase) {
  const { browser, close } = await launchPlaywrightChromium();
  let result;
  try {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${harnessBase}/`);
    // globalThis is the page's window: main.tsx sets window.__bench when it is done.
    await page.waitForFunction(() => globalThis.__bench !== undefined, null, { timeout: 180_000 });
    const bench = await page.evaluate(() => globalThis.__bench);
    if (!bench.ok) throw new Error(`harness failed: ${bench.error}`);
    result = bench.result;
  } finally {
    await close();
  }

  const { competency, posture } = result.writes;
  for (const [key, times] of [
    ['competency', competency],
    ['posture', posture],
    ['all', [...competency, ...posture]],
  ]) {
    const m = median(times);
    record(
      WRITE_MEASURES[key],
      `median ${ms(m)} · p95 ${ms(percentile(times, 95))} · max ${ms(Math.max(...times))}`,
      `median < ${BUDGET.writeMedianMs} ms`,
      m < BUDGET.writeMedianMs,
    );
  }

  const { cold, warm, computeOnly, sections, charts, answered } = result.profile;
  const render = median(warm.map((r) => r.render));
  record(
    PROFILE_MEASURE,
    `median ${ms(render)} · cold ${ms(cold.render)} · of which computeWholeProfile ${ms(median(computeOnly))}`,
    `median < ${BUDGET.profileMedianMs} ms`,
    render < BUDGET.profileMedianMs,
  );
  const drawn = warm.map((r) => r.charts);
  record(
    CHARTS_MEASURE,
    drawn.includes(null)
      ? 'a chart did not draw within 2 s'
      : `median ${ms(median(drawn))} · cold ${ms(cold.charts)} (${charts} charts)`,
    '—',
    drawn.includes(null) ? false : null,
  );
  notes.push(
    `Profile rendered by the harness: ${sections} sections, ${charts} charts; « ${answered} » ` +
      `Renders (ms): cold ${cold.render.toFixed(1)}, then ${warm.map((r) => r.render.toFixed(1)).join(', ')}.`,
  );
}

// ---------------------------------------------------------------------------------------------------
// 4. Lighthouse.

const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices']);
const CATEGORY_NAMES = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
};
// The grid's first page: MACRO_IDS[0] in src/domain/content/grid.ts, where paths.questionnaire() leads.
const PAGES = { home: '/', questionnaire: '/bilans/:id/grille/strategie', profile: '/bilans/:id/profil' };
// The home page's visible content as a plain HTML page (no script), measured in the same run: what a
// static page paints at best on this machine, which the home page's LCP is compared with.
const REFERENCE = { reference: `/${REFERENCE_FILE}` };
const LCP_MEASURES = {
  home: `Lighthouse LCP: home / (median of ${LIGHTHOUSE_RUNS})`,
  questionnaire: `Lighthouse LCP: questionnaire ${PAGES.questionnaire} (median of ${LIGHTHOUSE_RUNS})`,
  profile: `Lighthouse LCP: profile ${PAGES.profile} (median of ${LIGHTHOUSE_RUNS})`,
};
const TBT_MEASURE = (page) => `Lighthouse TBT: ${page} ${PAGES[page]} (median of ${LIGHTHOUSE_RUNS})`;
const lcpBudget = (page) =>
  page === 'home' ? `≤ ${BUDGET.homeLcpRatio} × the reference page's` : `≤ ${BUDGET.pageLcpMs} ms`;
const lighthouseMeasure = (page, category) =>
  `Lighthouse ${CATEGORY_NAMES[category]}: ${page} ${PAGES[page]} (median of ${LIGHTHOUSE_RUNS})`;
const lighthouseBudget = (category) =>
  category === 'accessibility' ? '= 1.00' : `≥ ${BUDGET.lighthouse[category].toFixed(2)}`;
const ALL_LIGHTHOUSE_MEASURES = Object.keys(PAGES).flatMap((p) => [
  ...CATEGORIES.map((c) => [lighthouseMeasure(p, c), lighthouseBudget(c)]),
  [LCP_MEASURES[p], lcpBudget(p)],
  [TBT_MEASURE(p), `≤ ${BUDGET.tbtMs} ms`],
]);

/** Connects Playwright to Lighthouse's Chromium for a moment, with a fresh tab in its profile. */
async function withLighthouseTab(port, body) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    try {
      return await body(page);
    } finally {
      await page.close();
    }
  } finally {
    // Disconnects only: the browser belongs to chrome-launcher.
    await browser.close();
  }
}

/** Imports the complete backup through « Mes données » and returns the bilan's id, read from the home page. */
async function importCompleteBilan(port, appBase) {
  return withLighthouseTab(port, async (page) => {
    await importBackup(page, appBase, BACKUP_FILE);
    await page.goto(`${appBase}/`);
    const link = page.locator('a[href$="/profil"]').first();
    await link.waitFor();
    const id = /^\/bilans\/([^/]+)\/profil$/.exec((await link.getAttribute('href')) ?? '')?.[1];
    if (!id) throw new Error('no profile link on the home page after the import');
    // The profile must show the whole bilan, not a partial one.
    await page.goto(`${appBase}/bilans/${id}/profil`);
    const basis = (await page.locator('#grille .basis').textContent({ timeout: 15_000 }))?.trim();
    notes.push(`Lighthouse bilan ${id}, imported from ${BACKUP_FILE}; its profile says « ${basis} »`);
    return id;
  });
}

/**
 * What Lighthouse's default storage reset does (service workers, Cache Storage, file systems, shader
 * cache and the HTTP cache), done here because the runs are made with disableStorageReset: true so that
 * nothing can touch the imported bilan's IndexedDB. Each run is then a first visit, as by default,
 * with the bilan already stored.
 */
async function resetAllButIndexedDb(port, appBase) {
  await withLighthouseTab(port, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(appBase).origin,
      storageTypes: 'file_systems,shader_cache,service_workers,cache_storage',
    });
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
  });
}

/** Audits of `category` that lost points (score below 1), most weighty first. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < 1)
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .map(
      ({ ref, audit }) =>
        `  - ${audit.id} — ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''} ` +
        `(score ${audit.score.toFixed(2)}, weight ${ref.weight})`,
    );
}

/** The numbers behind a performance score: metrics, the heaviest scripts, main-thread work. */
function performanceDetails(lhr) {
  const a = lhr.audits;
  const metric = (id) => a[id]?.displayValue ?? 'n/a';
  const lines = [
    `  metrics: FCP ${metric('first-contentful-paint')} · LCP ${metric('largest-contentful-paint')} · ` +
      `TBT ${metric('total-blocking-time')} · CLS ${metric('cumulative-layout-shift')} · ` +
      `Speed Index ${metric('speed-index')} · TTI ${metric('interactive')}`,
  ];
  const requests = a['network-requests']?.details?.items ?? [];
  const scripts = requests
    // The page's own scripts (not a service worker's or another target's).
    .filter((r) => r.resourceType === 'Script' && (r.sessionTargetType ?? 'page') === 'page')
    .sort((x, y) => (y.transferSize ?? 0) - (x.transferSize ?? 0));
  const kib = (bytes) => `${((bytes ?? 0) / 1024).toFixed(1)} KiB`;
  lines.push(
    `  JavaScript: ${scripts.length} files, ${kib(scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0))} transferred; ` +
      `largest: ${scripts
        .slice(0, 3)
        .map((r) => `${new URL(r.url).pathname} ${kib(r.transferSize)}`)
        .join(', ')}`,
  );
  const lcpElement = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  const phases = (a['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? [])
    .map((p) => `${p.phase} ${Math.round(p.timing)} ms`)
    .join(', ');
  if (lcpElement) lines.push(`  LCP element: ${lcpElement}${phases ? ` (${phases})` : ''}`);
  // The longest chain of requests before the page could render, as Lighthouse marks it.
  const chain = [];
  let level = a['network-dependency-tree-insight']?.details?.items?.[0]?.value?.chains;
  while (level) {
    const longest = Object.values(level).find((n) => n.isLongest);
    if (!longest) break;
    chain.push(`${new URL(longest.url).pathname} (${Math.round(longest.navStartToEndTime)} ms)`);
    level = longest.children;
  }
  if (chain.length > 0) lines.push(`  longest request chain (observed, unthrottled): ${chain.join(' → ')}`);
  for (const shift of a['layout-shifts']?.details?.items ?? [])
    lines.push(
      `  layout shift ${Number(shift.score).toFixed(3)}: ${shift.node?.snippet ?? shift.node?.selector ?? '?'}`,
    );
  const work = (a['mainthread-work-breakdown']?.details?.items ?? [])
    .slice(0, 4)
    .map((w) => `${w.groupLabel ?? w.group} ${Math.round(w.duration)} ms`);
  if (a['mainthread-work-breakdown']?.displayValue)
    lines.push(`  main-thread work: ${a['mainthread-work-breakdown'].displayValue} (${work.join(', ')})`);
  const bootup = (a['bootup-time']?.details?.items ?? [])
    .slice(0, 3)
    .map(
      (b) => `${b.url.startsWith('http') ? new URL(b.url).pathname : b.url} ${Math.round(b.scripting)} ms`,
    );
  if (bootup.length > 0) lines.push(`  script evaluation (simulated CPU): ${bootup.join(', ')}`);
  return lines;
}

/** What best practices lost points on, in detail: console errors, issues, deprecations. */
function bestPracticesDetails(lhr) {
  const lines = [];
  for (const item of lhr.audits['errors-in-console']?.details?.items ?? [])
    lines.push(`  console ${item.source ?? ''}: ${String(item.description).slice(0, 300)}`);
  for (const id of ['inspector-issues', 'deprecations']) {
    for (const item of lhr.audits[id]?.details?.items ?? [])
      lines.push(`  ${id}: ${JSON.stringify(item).slice(0, 300)}`);
  }
  return lines;
}

/**
 * The reference page: the built home page's HTML (its prerendered content and its styles) without a
 * single script, beside the app, so both are served and measured alike.
 */
async function writeReferencePage() {
  const html = await readFile(`${APP_DIST}/index.html`, 'utf8');
  const plain = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<link rel="manifest"[^>]*>/g, '')
    .replace(' inert=""', '')
    .replaceAll(' inert=""', '');
  await writeFile(`${APP_DIST}/${REFERENCE_FILE}`, plain);
}

async function lighthouseRuns(appBase) {
  await rm(LIGHTHOUSE_DIR, { recursive: true, force: true });
  await mkdir(LIGHTHOUSE_DIR, { recursive: true });
  const userDataDir = await mkdtemp(resolve('.bench/lighthouse-profile-'));
  defer(() => rm(userDataDir, { recursive: true, force: true }));
  const port = await freePort();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    port,
    userDataDir,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    handleSIGINT: false, // our own handler stops everything, servers included
    logLevel: 'silent',
  });
  const stopChrome = defer(() => chrome.kill());

  const id = await importCompleteBilan(port, appBase);
  const pages = Object.entries({ ...REFERENCE, ...PAGES }).filter(
    ([name]) =>
      !process.env.LIGHTHOUSE_PAGES ||
      [...process.env.LIGHTHOUSE_PAGES.split(','), 'reference'].includes(name),
  );
  /** Median LCP and TBT per page, in ms. */
  const timings = {};
  for (const [name, path] of pages) {
    const url = `${appBase}${path.replace(':id', id)}`;
    const lhrs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      await resetAllButIndexedDb(port, appBase);
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        disableStorageReset: true,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      if (lhr.finalDisplayedUrl !== url)
        throw new Error(`Lighthouse on ${url} ended on ${lhr.finalDisplayedUrl}`);
      lhrs.push(lhr);
      // Kept for a closer look (open it in https://googlechrome.github.io/lighthouse/viewer/).
      await writeFile(`${LIGHTHOUSE_DIR}/${name}-run${i + 1}.json`, result.report);
      // LIGHTHOUSE_TRACE=1 keeps each run's trace too (DevTools' Performance panel opens it).
      if (process.env.LIGHTHOUSE_TRACE && result.artifacts.Trace)
        await writeFile(
          `${LIGHTHOUSE_DIR}/${name}-run${i + 1}.trace.json`,
          JSON.stringify(result.artifacts.Trace),
        );
      console.log(
        `  ${name} run ${i + 1}: ` +
          CATEGORIES.map((c) => `${CATEGORY_NAMES[c]} ${score(lhr.categories[c].score)}`).join(' · ') +
          ` · LCP ${lhr.audits['largest-contentful-paint'].displayValue}` +
          ` · TBT ${lhr.audits['total-blocking-time'].displayValue}` +
          ` · DOM ${lhr.audits['dom-size']?.displayValue ?? 'n/a'}` +
          // Lighthouse's own measure of this machine's speed: lower means slower, and simulated timings longer.
          ` · benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}`,
      );
    }
    timings[name] = {
      lcp: median(lhrs.map((l) => l.audits['largest-contentful-paint'].numericValue)),
      tbt: median(lhrs.map((l) => l.audits['total-blocking-time'].numericValue)),
    };
    if (name === 'reference') {
      notes.push(
        `Reference page (the home page's content, no script): LCP ${Math.round(timings[name].lcp)} ms`,
      );
      continue;
    }
    const { lcp, tbt } = timings[name];
    const lcpLimit = name === 'home' ? BUDGET.homeLcpRatio * (timings.reference?.lcp ?? 0) : BUDGET.pageLcpMs;
    record(
      LCP_MEASURES[name],
      name === 'home'
        ? `${Math.round(lcp)} ms (reference ${Math.round(timings.reference?.lcp ?? 0)} ms: × ${(lcp / (timings.reference?.lcp ?? 1)).toFixed(2)})`
        : `${Math.round(lcp)} ms`,
      lcpBudget(name),
      lcp <= lcpLimit,
    );
    record(TBT_MEASURE(name), `${Math.round(tbt)} ms`, `≤ ${BUDGET.tbtMs} ms`, tbt <= BUDGET.tbtMs);
    for (const category of CATEGORIES) {
      const scores = lhrs.map((l) => l.categories[category].score ?? 0);
      const m = median(scores);
      const ok = category === 'accessibility' ? m === 1 : m >= BUDGET.lighthouse[category];
      record(
        lighthouseMeasure(name, category),
        `${score(m)} (${scores.map(score).join(', ')})`,
        lighthouseBudget(category),
        ok,
      );
      if (ok) continue;
      // The run that gave the median, so its audits explain the score in the table.
      const runIndex = scores.indexOf(m);
      const lhr = lhrs[runIndex];
      notes.push(
        [
          `Lighthouse ${CATEGORY_NAMES[category]} ${score(m)} < budget on ${name} (${new URL(url).pathname}), run ${runIndex + 1}; audits under 1:`,
          ...failingAudits(lhr, category),
          ...(category === 'performance' ? performanceDetails(lhr) : []),
          ...(category === 'best-practices' ? bestPracticesDetails(lhr) : []),
        ].join('\n'),
      );
    }
  }
  await stopChrome();
}

// ---------------------------------------------------------------------------------------------------
// Main.

async function main() {
  const loadBefore = loadavg()[0];

  if (wanted('node')) await step('Node half (vitest)', [['Node half (vitest bench)', '—']], () => nodeHalf());
  // The live room alone (200 participants, one relay); the Node half above already includes it.
  else if (wanted('live'))
    await step('Live room (vitest)', [['live room (vitest bench)', '—']], () =>
      nodeHalf(['bench/live.bench.test.ts']),
    );

  // A partial run (BENCH_ONLY) on a fresh clone still needs the files the Node half writes.
  if (!wanted('node') && (wanted('workshop') || wanted('lighthouse'))) {
    const missing = [];
    if (wanted('workshop') && !existsSync(SNAPSHOTS_DIR)) missing.push('bench/share.bench.test.ts');
    if (wanted('lighthouse') && !existsSync(BACKUP_FILE)) missing.push('bench/backup.bench.test.ts');
    if (missing.length > 0)
      await step('Fixtures for the browser half (vitest)', [], () =>
        run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', ...missing]),
      );
  }

  let appBase = null;
  await step('Build and serve the app (.bench/dist)', [], async () => {
    run('npx', ['vite', 'build', '--outDir', APP_DIST, '--logLevel', 'warn']);
    await writeReferencePage();
    appBase = await startPreview('app', ['--outDir', APP_DIST]);
  });
  if (wanted('size'))
    await step('JavaScript sizes of the home page (scripts/size.mjs)', [[SIZE_MEASURE, '≤ 100 KB']], () =>
      sizes(),
    );
  let harnessBase = null;
  if (wanted('harness'))
    await step('Build and serve the harness (.bench/harness-dist)', [], async () => {
      run('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn']);
      harnessBase = await startPreview('harness', ['--config', 'vite.bench.config.ts']);
    });

  if (wanted('workshop'))
    await step('Workshop import in Chromium', [[IMPORT_MEASURE, `≤ ${BUDGET.importRenderMs} ms`]], () => {
      if (!appBase) throw new Error('the app was not built or served');
      return workshopImport(appBase);
    });
  if (wanted('qr'))
    await step('30 QR codes read in a row in Chromium', [[QR_MEASURE, 'reported']], () => {
      if (!appBase) throw new Error('the app was not built or served');
      return qrInARow(appBase);
    });
  if (wanted('harness'))
    await step(
      'Harness in Chromium: answer writes and the complete profile',
      [
        ...Object.values(WRITE_MEASURES).map((m) => [m, `median < ${BUDGET.writeMedianMs} ms`]),
        [PROFILE_MEASURE, `median < ${BUDGET.profileMedianMs} ms`],
      ],
      () => {
        if (!harnessBase) throw new Error('the harness was not built or served');
        return harness(harnessBase);
      },
    );
  if (wanted('lighthouse'))
    await step('Lighthouse', [], async () => {
      if (!appBase) throw new Error('the app was not built or served');
      // Lighthouse multiplies the CPU time it observes by 4: the Chromium runs just before must not
      // still weigh on the machine. Wait (at most a minute) for the load to settle; it is reported.
      for (let waited = 0; waited < 60 && loadavg()[0] > 1; waited += 5) await sleep(5000);
      notes.push(`Lighthouse started at a 1-minute load average of ${loadavg()[0].toFixed(1)}.`);
      // Rows recorded before a failure stay; the failure covers the others.
      const before = rows.length;
      try {
        await lighthouseRuns(appBase);
      } catch (error) {
        const done = new Set(rows.slice(before).map((r) => r.measure));
        const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
        for (const [measure, budget] of ALL_LIGHTHOUSE_MEASURES)
          if (!done.has(measure)) record(measure, `not measured: ${reason}`, budget, false);
        console.error(error);
      }
    });

  notes.push(
    `Machine: ${cpus().length} CPUs; 1-minute load average ${loadBefore.toFixed(1)} at the start, ` +
      `${loadavg()[0].toFixed(1)} at the end (other work on the machine slows every figure).`,
  );
}

try {
  await main();
} finally {
  await teardown();
}

if (notes.length > 0) console.log(`\n${notes.join('\n\n')}`);
const cell = (s) => String(s).replaceAll('|', '\\|');
console.log('\n| measure | value | budget | ok? |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) {
  const ok = r.ok === null ? '—' : r.ok ? '✅' : '❌';
  console.log(`| ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.budget)} | ${ok} |`);
}
const missed = rows.filter((r) => r.ok === false);
if (missed.length > 0) {
  console.error(`\n${missed.length} budget(s) missed: ${missed.map((r) => r.measure).join('; ')}`);
  process.exitCode = 1;
}
