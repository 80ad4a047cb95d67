// First paint from HTML: each page without parameters is served prerendered (frame, title, purpose),
// the others get the frame; the app then takes the page over without a shift, in the person's language.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { backupFile, NAME } from './profileFixture';

/** Sums the page's layout shifts from its first paint on (read with `shifted`). */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** How much the page has moved by itself, once a frame has passed. */
async function shifted(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

test('the server sends each static page with its frame, title and purpose in the HTML', async ({
  request,
}) => {
  const home = await (await request.get('/')).text();
  expect(home).toMatch(/<h1[^>]*>Mes bilans<\/h1>/);
  expect(home).toContain('<title>Mes bilans · Quel·le développeur·euse êtes-vous ?</title>');
  expect(home).toContain('Commencer un nouveau bilan');
  const workshops = await (await request.get('/ateliers')).text();
  expect(workshops).toMatch(/<h1[^>]*>Mes ateliers<\/h1>/);
  // A page with parameters: its shell (frame, title, purpose), never a bilan's content nor another page's.
  const profile = await (await request.get('/bilans/inconnu/profil')).text();
  expect(profile).toContain('Navigation principale');
  expect(profile).toMatch(/<h1[^>]*>Mon profil<\/h1>/);
  expect(profile).toContain('Un miroir de votre pratique');
  expect(profile).toContain('Chargement…');
  const grid = await (await request.get('/bilans/inconnu/grille/connaissances')).text();
  expect(grid).toMatch(/<h1[^>]*>Production de connaissances sur le territoire<\/h1>/);
  // A questionnaire's shell has its questions too, unanswered and out of reach until the app runs.
  const strategy = await (await request.get('/bilans/inconnu/grille/strategie')).text();
  expect(strategy).toContain('Médiation');
  expect(strategy).toContain('Compétence 1 sur 32');
  expect(strategy).toMatch(/<div class="page-controls" inert="" aria-hidden="true">/);
  const acrobat = await (await request.get('/bilans/inconnu/acrobate')).text();
  expect(acrobat).toMatch(/<h1[^>]*>L&#x27;acrobate : mes zones de vigilance<\/h1>/);
  expect(acrobat).toContain('regarde dans six directions à la fois');
  const tensions = await (await request.get('/bilans/inconnu/tensions')).text();
  expect(tensions).toMatch(/<h1[^>]*>Les tensions de ma posture<\/h1>/);
  const plan = await (await request.get('/bilans/inconnu/plan')).text();
  expect(plan).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  // An address that is no page: the frame alone.
  const unknown = await (await request.get('/bilans/inconnu/grille/inconnue/encore')).text();
  expect(unknown).toContain('Navigation principale');
  expect(unknown).not.toMatch(/<h1/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page is readable from its HTML alone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Mes bilans' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  });
});

test('the app takes over the prerendered page without moving it, and its buttons work', async ({ page }) => {
  await watchShifts(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/ateliers');
  // Taken over: the frame is no longer inert, and a frame later nothing has moved.
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  expect(await shifted(page)).toBeLessThan(0.01);
  await page.getByLabel("Titre de l'atelier").fill('Atelier du premier affichage');
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier du premier affichage' })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the home page fills in at once: its bilans, the bilan to start from and a review due never push one another down', async ({
    page,
  }) => {
    const file = join(mkdtempSync(join(tmpdir(), 'home-')), 'sauvegarde.json');
    writeFileSync(file, backupFile({ reviewOn: '2026-04-15' }));
    await page.goto('/donnees');
    await expect(page.getByRole('main')).not.toHaveAttribute('inert');
    await page.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(file);
    await page
      .getByRole('region', { name: 'Contenu de « sauvegarde.json »' })
      .getByRole('button', { name: 'Importer' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Import terminé' })).toBeVisible();

    await watchShifts(page);
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'À revoir' })).toContainText('Négociation');
    await expect(page.getByRole('button', { name: 'Partir de mon bilan du 1er avril 2026' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Vos bilans' })).toContainText(NAME);
    expect(await shifted(page)).toBeLessThan(0.01);
  });

  test('« Mes données » learns how the browser keeps the data without moving its cards', async ({ page }) => {
    await watchShifts(page);
    await page.goto('/donnees');
    await expect(page.getByText(/^Espace utilisé par l'application/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Télécharger une sauvegarde' })).toBeVisible();
    expect(await shifted(page)).toBeLessThan(0.01);
  });
});

test('a person who chose English never sees the French HTML', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('qdee.language', 'en');
    // Every moment the French title is on screen and visible is recorded.
    (window as unknown as { __frenchSeen: boolean }).__frenchSeen = false;
    const check = () => {
      const h1 = document.querySelector('h1');
      const root = document.getElementById('root');
      if (h1?.textContent === 'Mes bilans' && root && getComputedStyle(root).visibility === 'visible')
        (window as unknown as { __frenchSeen: boolean }).__frenchSeen = true;
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    document.addEventListener('DOMContentLoaded', check);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My self-assessments' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => (window as unknown as { __frenchSeen: boolean }).__frenchSeen)).toBe(
    false,
  );
});

test("a first visit asks for the app's code all at once, not one piece after another", async ({ page }) => {
  // Every script answers 300 ms late, as on a slow network: each piece requested only once the one
  // before it has arrived and run would cost that much again.
  const requested = new Map<string, number>();
  await page.route('**/assets/*.js', async (route) => {
    const name = /\/assets\/([\w-]+?)-[\w-]{8}\.js$/.exec(route.request().url())?.[1];
    if (name && !requested.has(name)) requested.set(name, Date.now());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Commencer un nouveau bilan' })).toBeEnabled();
  const pieces = ['react-dom', 'i18n', 'dexie', 'router', 'start'].map((name) => requested.get(name));
  expect(pieces.every((at) => at !== undefined)).toBe(true);
  const times = pieces as number[];
  expect(Math.max(...times) - Math.min(...times)).toBeLessThan(300);
});

test('a file chosen while the page is still starting is read once the app runs', async ({ page }) => {
  // The HTML is there at once; the app's handlers come a moment later.
  await page.goto('/donnees', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Fichier de sauvegarde (.json)').setInputFiles({
    name: 'coupee.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "quel-developpeur-euse/sauvegarde", "vers'),
  });
  await expect(page.getByText('Ce fichier est illisible ou incomplet')).toBeVisible();
});

test("a returning visitor gets a bilan's pages from the service worker with their title before any script", async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Commencer un nouveau bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
  const bilan = page.url();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Offline, so only the worker answers; no script runs, so what shows is the HTML it served.
  await context.setOffline(true);
  const html = await context.newPage();
  await html.route('**/assets/*.js', (route) => route.abort());
  await html.goto(`${bilan}/acrobate`);
  await expect(
    html.getByRole('heading', { level: 1, name: "L'acrobate : mes zones de vigilance" }),
  ).toBeVisible();
  await html.goto(`${bilan}/grille/strategie`);
  await expect(html.getByRole('heading', { level: 1, name: 'Stratégie' })).toBeVisible();
  await expect(html.getByText('Compétence 1 sur 32', { exact: true })).toBeVisible();
  await html.goto(`${bilan}/profil`);
  await expect(html.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  // A page of the app under the same prefix that is a file of its own stays itself.
  await html.goto('/ateliers/pro-action-cafe');
  await expect(html.getByRole('heading', { level: 1, name: 'Pro-action café' })).toBeVisible();
  await html.close();
  // With its scripts, the page is the bilan's, answers and all.
  await page.goto(`${bilan}/acrobate`);
  await expect(page.getByRole('link', { name: /^Bilan du / })).toBeVisible();
  await expect(page.getByRole('group').first()).toBeVisible();
});
