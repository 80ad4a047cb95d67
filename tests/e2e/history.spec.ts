// Two bilans compared, a development plan, a roadmap worksheet, and a backup that survives
// a move to a fresh browser profile.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createBilan, preferWholePage } from './app';

async function answerGridPage(page: Page, bilan: string, aisance: string) {
  await preferWholePage(page);
  await page.goto(`${bilan}/grille/strategie`);
  await expect(page.getByRole('article')).toHaveCount(8);
  for (const item of await page.getByRole('article').all()) {
    await item.getByRole('radio', { name: aisance, exact: true }).check();
    await item.getByRole('radio', { name: 'Souvent', exact: true }).check();
  }
  await expect(page.getByText('8 compétences renseignées sur 32').first()).toBeVisible();
}

async function answerAcrobat(page: Page, bilan: string, level: string, backwards: string) {
  await page.goto(`${bilan}/acrobate`);
  const groups = page.getByRole('group');
  await expect(groups).toHaveCount(16);
  for (let i = 0; i < 16; i++) {
    // Statements 10 and 11 are the two of « En arrière ».
    await groups
      .nth(i)
      .getByRole('radio', { name: i === 9 || i === 10 ? backwards : level, exact: true })
      .check();
  }
  await expect(page.getByText('16 sur 16', { exact: true }).first()).toBeVisible();
}

async function rename(page: Page, from: RegExp, to: string) {
  await page.goto('/');
  await page.getByRole('button', { name: from }).click();
  const input = page.getByRole('dialog').getByLabel('Nom du bilan');
  await input.fill(to);
  await input.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: to })).toBeVisible();
}

test('two bilans compared: what moved most first, overlaid charts and per-cell changes', async ({ page }) => {
  const first = await createBilan(page);
  await answerGridPage(page, first, 'Je pratique avec appui');
  await answerAcrobat(page, first, 'Parfois', 'Parfois');
  await rename(page, /^Renommer/, 'Bilan 2025');

  const second = await createBilan(page);
  await answerGridPage(page, second, 'Je maîtrise');
  await answerAcrobat(page, second, 'Parfois', 'Très souvent');
  await rename(page, /^Renommer « Bilan du/, 'Bilan 2026');

  // The timeline lists both, oldest first, and offers the comparison.
  const timeline = page.getByRole('region', { name: 'Chronologie de mes bilans' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText('Bilan 2025');
  await timeline.getByRole('link', { name: 'Comparer avec « Bilan 2025 »' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Comparer deux bilans' })).toBeVisible();
  await expect(page.getByLabel('Bilan de départ', { exact: true })).toHaveValue(/.+/);
  const moved = page.getByRole('region', { name: 'Ce qui a le plus bougé' });
  // « En arrière » moved by 2 points, more than any grid cell (1 point): it comes first.
  await expect(moved.getByRole('listitem').first()).toContainText(
    'En arrière : « Parfois » → « Très souvent » : en hausse',
  );
  await expect(moved).toContainText(
    'Stratégie · Régulation : « Je pratique avec appui » → « Je maîtrise » : en hausse',
  );
  // Read in the scales' words: no « 2 → 4 » figures in the list.
  await expect(moved).not.toContainText(/\d\s*→/);

  // Each chart's table is folded under it: open them.
  for (const title of [
    "Les cinq macro-compétences, d'un bilan à l'autre",
    "Les six directions de l'acrobate, d'un bilan à l'autre",
  ]) {
    await page.getByRole('region', { name: title }).getByText('Voir les données du graphique').click();
  }
  const macros = page.getByRole('table', {
    name: 'Aisance moyenne par macro-compétence (sur 4), dans les deux bilans',
  });
  await expect(macros.getByRole('row', { name: /^Stratégie/ })).toContainText('en hausse (+1)');
  await expect(macros.getByRole('row', { name: /^Animation/ })).toContainText('pas de réponse');
  await expect(
    page.getByRole('img', { name: 'Aisance moyenne par macro-compétence (sur 4), dans les deux bilans' }),
  ).toBeVisible();
  const directions = page.getByRole('table', {
    name: "Fréquence moyenne par direction de l'acrobate (sur 4), dans les deux bilans",
  });
  await expect(directions.getByRole('row', { name: /^Vers le haut/ })).toContainText('stable');
  const cells = page.getByRole('table', {
    name: 'Aisance moyenne par case de la grille (sur 4), dans les deux bilans',
  });
  await expect(cells.getByRole('row')).toHaveCount(16);

  // Choosing the same bilan twice is refused plainly.
  await page.getByLabel('Bilan à comparer', { exact: true }).selectOption({ index: 1 });
  await expect(page.getByRole('alert')).toHaveText('Choisissez deux bilans différents.');
});

test('a development plan chosen from the profile shows on the profile and, when due, on the home page', async ({
  page,
}) => {
  const bilan = await createBilan(page);
  await page.goto(`${bilan}/profil`);
  await page.getByRole('link', { name: 'Construire mon plan de développement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon plan de développement' })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter au plan' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choisissez une compétence ou une direction.');
  await page.getByLabel('Compétence ou direction à travailler').selectOption({ label: 'Négociation' });
  await page.getByRole('button', { name: 'Ajouter au plan' }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Négociation' }) });
  await item.getByLabel('Pourquoi ?').fill('La programmation 2027 arrive');
  await expect(item.getByText('Note enregistrée sur cet appareil.')).toBeVisible();
  await item.getByRole('checkbox', { name: 'Échange entre pairs' }).check();
  await item.getByLabel('Avec qui ?').fill('Le réseau DSU Grand Est');
  const today = new Date().toISOString().slice(0, 10);
  await item.getByLabel('Date pour faire le point').fill(today);

  await page.getByRole('link', { name: 'Voir mon plan dans mon profil' }).click();
  const plan = page.getByRole('region', { name: 'Mon plan de développement' });
  await expect(plan).toContainText('Négociation');
  await expect(plan).toContainText('Pourquoi : La programmation 2027 arrive');
  await expect(plan).toContainText('Comment : Échange entre pairs');
  await expect(plan).toContainText('Avec : Le réseau DSU Grand Est');
  await expect(plan).toContainText('À revoir le');
  // Everything was stored: a reload shows the same plan.
  await page.reload();
  await expect(plan).toContainText('Avec : Le réseau DSU Grand Est');

  await page.goto('/');
  const due = page.getByRole('region', { name: 'À revoir' });
  await expect(due).toContainText('Négociation');
});

test('a roadmap worksheet is saved as typed and prints its text', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Feuilles de route' }).click();
  await page.getByRole('button', { name: 'Nouvelle feuille de route' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Feuille de route du/ })).toBeVisible();
  await page.getByLabel('Titre de la feuille de route').fill('Transition écologique et PV');
  await page.getByLabel("Sens de l'action et modalités").fill('Un diagnostic partagé');
  await page
    .getByLabel('Dans 3 ans')
    .fill('Des contrats de ville qui se confondent avec des contrats de transition');
  await page.getByLabel('Ma formule').fill('Même combat, même projet');
  // The status says « Enregistrement… » until this last change is stored (it said « enregistrées »
  // from the earlier fields already): wait for it before reloading.
  await expect(
    page.getByRole('status').filter({ hasText: /^(Enregistrement…|Modifications enregistrées)/ }),
  ).toHaveText('Modifications enregistrées sur cet appareil.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Transition écologique et PV' })).toBeVisible();
  await expect(page.getByLabel('Ma formule')).toHaveValue('Même combat, même projet');
  await page.emulateMedia({ media: 'print' });
  // On paper the text itself is printed, not a text area that would cut it.
  const printed = page
    .getByText('Des contrats de ville qui se confondent avec des contrats de transition')
    .filter({ visible: true });
  await expect(printed).toHaveCount(1);
  await expect(page.getByRole('textbox').filter({ visible: true })).toHaveCount(0);
});

test('backup: export, import into a fresh browser profile, identical profile; duplicates and broken files', async ({
  page,
  browser,
}, testInfo) => {
  const bilan = await createBilan(page);
  await answerGridPage(page, bilan, 'Je maîtrise');
  await page.getByRole('article').first().getByLabel('Mon contexte (facultatif)').fill('Avec la DDCS');
  await expect(page.getByText('Note enregistrée sur cet appareil.')).toBeVisible();
  await answerAcrobat(page, bilan, 'Souvent', 'Rarement');
  await page.goto(`${bilan}/plan`);
  await page.getByLabel('Compétence ou direction à travailler').selectOption({ label: 'En arrière' });
  await page.getByRole('button', { name: 'Ajouter au plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'En arrière' })).toBeVisible();
  await page.goto(`${bilan}/profil`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mon plan de développement' })).toContainText('En arrière');
  // The parts of the profile below the first screen are laid out one per frame after it shows: its text
  // as read (innerText) is whole once the last part, « Sources », is.
  await expect.poll(() => page.locator('main').innerText()).toMatch(/\nSources\n+[^\n]+\s*$/);
  const original = await page.locator('main').innerText();

  await page.getByRole('link', { name: 'Mes données' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^quel-developpeur-euse-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('sauvegarde.json');
  await download.saveAs(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Sauvegarde téléchargée. Elle contient : 1 bilan,' }),
  ).toBeVisible();

  // A fresh browser profile: nothing there, then the import.
  const other = await browser.newContext({ locale: 'fr-FR' });
  const fresh = await other.newPage();
  await fresh.goto('/donnees');
  const input = fresh.getByLabel('Fichier de sauvegarde (.json)');

  // Broken files first: each gets a clear message and changes nothing.
  const text = await readFile(file, 'utf8');
  const broken = testInfo.outputPath('tronquee.json');
  await writeFile(broken, text.slice(0, Math.floor(text.length / 2)));
  await input.setInputFiles(broken);
  await expect(fresh.getByRole('alert')).toContainText('illisible ou incomplet');
  const future = testInfo.outputPath('future.json');
  await writeFile(future, text.replace(/"version": \d+/, '"version": 99'));
  await input.setInputFiles(future);
  await expect(fresh.getByRole('alert')).toContainText('version plus récente');
  const foreign = testInfo.outputPath('autre.json');
  await writeFile(foreign, JSON.stringify({ hello: 'world' }));
  await input.setInputFiles(foreign);
  await expect(fresh.getByRole('alert')).toContainText("n'est pas une sauvegarde");
  await fresh.goto('/');
  await expect(fresh.getByText("Vous n'avez pas encore de bilan.", { exact: false })).toBeVisible();

  await fresh.goto('/donnees');
  await fresh.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(file);
  const preview = fresh.getByRole('region', { name: /^Contenu de « sauvegarde\.json »/ });
  await expect(preview).toContainText(
    'Ce fichier contient : 1 bilan, 24 réponses et notes et 1 piste de plan de développement.',
  );
  await expect(preview).toContainText('24 réponses');
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(
    fresh.getByRole('status').filter({ hasText: 'Import terminé. Ajouté sur cet appareil : 1 bilan,' }),
  ).toBeVisible();

  await fresh.goto('/');
  await fresh.getByRole('link', { name: /^Voir le profil/ }).click();
  await expect(fresh.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await expect(fresh.getByText('Avec la DDCS')).toBeVisible();
  await expect(fresh.getByRole('region', { name: 'Mon plan de développement' })).toContainText('En arrière');
  await expect.poll(() => fresh.locator('main').innerText()).toBe(original);

  // The same file again: recognised, and the person chooses.
  await fresh.goto('/donnees');
  await fresh.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(file);
  await expect(fresh.getByText('— déjà sur cet appareil')).toBeVisible();
  await expect(fresh.getByRole('radio', { name: "Ne pas l'importer (garder celui d'ici)" })).toBeChecked();
  await fresh.getByRole('radio', { name: 'Garder les deux' }).check();
  await fresh.getByRole('button', { name: 'Importer' }).click();
  await expect(
    fresh.getByRole('status').filter({ hasText: 'Import terminé. Ajouté sur cet appareil : 1 bilan,' }),
  ).toBeVisible();
  await fresh.goto('/');
  await expect(fresh.getByRole('heading', { level: 2, name: /\(copie importée\)$/ })).toBeVisible();
  await expect(
    fresh.getByRole('list', { name: 'Vos bilans' }).getByRole('heading', { level: 2 }),
  ).toHaveCount(2);

  // Erase everything, after confirmation.
  await fresh.goto('/donnees');
  await fresh.getByRole('button', { name: 'Tout effacer…' }).click();
  await fresh.getByRole('dialog').getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(
    fresh.getByRole('status').filter({ hasText: 'Toutes vos données ont été effacées de cet appareil.' }),
  ).toBeVisible();
  await fresh.goto('/');
  await expect(fresh.getByText("Vous n'avez pas encore de bilan.", { exact: false })).toBeVisible();
  await other.close();
});
