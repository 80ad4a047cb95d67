// A profile travels from browser A to a fresh browser B as a link and as a file; peer groups;
// a trainer's workshop with 12 participants, its synthesis and its projection mode.
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { chooseOutwards, createBilan, preferWholePage, showWholePage, unfoldChartData } from './app';
import { buildSnapshot } from '../../src/domain/exchange/snapshot';
import { profileFile } from '../../src/domain/exchange/profileFile';
import { ACROBAT_STATEMENTS, SITUATIONS } from '../../src/domain/content/postures';

/** Opens every folded table: each chart's, then the figures under a reading in words. */
async function unfoldFigures(page: Page) {
  await unfoldChartData(page);
  for (const figures of await page.getByText('Les chiffres (médiane, quartiles, extrêmes)').all())
    await figures.click();
}

async function answerGrid(page: Page, bilan: string, aisance: string) {
  await preferWholePage(page);
  await page.goto(`${bilan}/grille/strategie`);
  await expect(page.getByRole('article')).toHaveCount(8);
  for (const item of await page.getByRole('article').all()) {
    await item.getByRole('radio', { name: aisance, exact: true }).check();
  }
  await expect(page.getByText('8 compétences renseignées sur 32').first()).toBeVisible();
}

async function answerAll(page: Page, url: string, count: number, level: string | number) {
  await page.goto(url);
  if (/\/(acrobate|stratege)$/.test(url)) await showWholePage(page);
  const groups = page.getByRole('group');
  await expect(groups).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    const radio =
      typeof level === 'number'
        ? groups.nth(i).getByRole('radio').nth(level)
        : groups.nth(i).getByRole('radio', { name: level, exact: true });
    await radio.check();
  }
  await expect(page.getByText(`${count} sur ${count}`).first()).toBeVisible();
}

test('a profile shared as a link and as a file shows the same results in a fresh browser', async ({
  page,
  browser,
}, testInfo) => {
  const bilan = await createBilan(page);
  await answerGrid(page, bilan, 'Je maîtrise');
  await answerAll(page, `${bilan}/acrobate`, 16, 'Souvent');
  await page.goto(`${bilan}/profil`);
  await page.getByRole('link', { name: 'Partager mon profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partager mon profil' })).toBeVisible();

  // Nothing leaves before the person sees what would, and chooses an alias.
  await page.getByRole('button', { name: 'Créer le lien de partage' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choisissez un pseudonyme.');
  await page.getByLabel('Pseudonyme').fill('Camille');
  await expect(page.getByText('Aucune de vos notes écrites')).toBeVisible();
  await expect(page.getByText(/^Vos réponses : 8 compétences, 16 pratiques/)).toBeVisible();
  await page.getByRole('button', { name: 'Créer le lien de partage' }).click();
  const link = await page.getByLabel('Lien de partage', { exact: true }).inputValue();
  expect(link).toMatch(/\/recevoir#p=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(600);
  await expect(page.getByRole('img', { name: 'QR code du lien de partage' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le fichier (.json)' }).click();
  const file = testInfo.outputPath('profil.json');
  await (await downloading).saveAs(file);

  // Browser B, fresh: the link opens a preview, the person chooses where to keep it.
  const other = await browser.newContext({ locale: 'fr-FR' });
  const b = await other.newPage();
  await b.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(b.getByRole('heading', { name: 'Profil de « Camille »' })).toBeVisible();
  await b.getByLabel('Nom du nouveau groupe').fill('Réseau DSU Grand Est');
  await b.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(b.getByRole('status')).toContainText('Le profil de « Camille » a été ajouté.');
  await b.getByRole('link', { name: 'Ouvrir le groupe' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Réseau DSU Grand Est' })).toBeVisible();
  // The figures are folded: under each chart, and under a reading in words.
  await unfoldFigures(b);
  const macros = b.getByRole('table', {
    name: 'Aisance par macro-compétence dans le groupe (sur 4)',
    exact: true,
  });
  await expect(macros.getByRole('row', { name: /^Stratégie/ })).toContainText('3 (3–3 ; 3–3), 1 profil');
  const directions = b.getByRole('table', {
    name: "Fréquence par direction de l'acrobate dans le groupe (sur 4)",
    exact: true,
  });
  await expect(directions.getByRole('row', { name: /^Vers le haut/ })).toContainText(
    '3 (3–3 ; 3–3), 1 profil',
  );

  // The same snapshot again, by link then by file: recognised, not duplicated.
  await b.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await b.getByLabel('Où garder ce profil ?').selectOption({ label: 'Réseau DSU Grand Est' });
  await b.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(b.getByRole('status')).toContainText("était déjà dans ce groupe : rien n'a été ajouté.");
  await b.goto('/recevoir');
  await b.getByLabel('Fichier de profil (.json)').setInputFiles(file);
  await expect(b.getByRole('heading', { name: 'Profil de « Camille »' })).toBeVisible();
  await b.getByLabel('Où garder ce profil ?').selectOption({ label: 'Réseau DSU Grand Est' });
  await b.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(b.getByRole('status')).toContainText('était déjà dans ce groupe');

  // A broken code: a clear message, nothing added.
  const code = link.slice(link.indexOf('#p=') + 3);
  await b.goto('/recevoir');
  await b.getByLabel('Lien ou code reçu').fill(code.slice(0, Math.floor(code.length / 2)));
  await b.getByRole('button', { name: 'Lire' }).click();
  await expect(b.getByRole('alert')).toContainText("Rien n'a été ajouté.");
  await b.goto('/groupes');
  await expect(b.getByText('1 profil', { exact: true })).toBeVisible();

  // Anonymous mode and the CSV export.
  await b.getByRole('link', { name: 'Réseau DSU Grand Est' }).click();
  await b.getByRole('checkbox', { name: 'Mode anonyme' }).check();
  await expect(b.getByRole('region', { name: /^Profils du groupe/ }).getByText('P1')).toBeVisible();
  await expect(b.getByText('Camille')).toHaveCount(0);
  const csvDownload = b.waitForEvent('download');
  await b.getByRole('button', { name: 'CSV séparé par des virgules (,)' }).click();
  const csvPath = testInfo.outputPath('groupe.csv');
  await (await csvDownload).saveAs(csvPath);
  const csv = await import('node:fs/promises').then((fs) => fs.readFile(csvPath, 'utf8'));
  const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).toContain('[competency.strategie.regulation.negociation.aisance]');
  expect(row?.startsWith('P1,')).toBe(true);
  expect(csv).not.toContain('Camille');
  await other.close();
});

test('a workshop with 12 participants: join link, « Envoyer au formateur », synthesis and projection', async ({
  page,
  browser,
}, testInfo) => {
  // The trainer prepares the workshop.
  await page.goto('/ateliers');
  await page.getByLabel("Titre de l'atelier").fill('Postures — réseau DSU');
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Postures — réseau DSU' })).toBeVisible();
  const join = await page.getByLabel("Lien d'invitation", { exact: true }).inputValue();
  await expect(page.getByRole('img', { name: "QR code du lien d'invitation" })).toBeVisible();
  const workshopId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // One participant, on their own device, through the app.
  const participantContext = await browser.newContext({ locale: 'fr-FR' });
  const p = await participantContext.newPage();
  await p.goto(join.replace(/^https?:\/\/[^/]+/, ''));
  await expect(p.getByRole('heading', { level: 1, name: 'Atelier « Postures — réseau DSU »' })).toBeVisible();
  await p.getByRole('button', { name: "Commencer mon bilan d'atelier" }).click();
  await expect(p.getByRole('heading', { level: 2 })).toHaveText([
    "L'acrobate : mes zones de vigilance",
    'Situations : ma posture de prédilection',
    'Mon plan de développement',
  ]);
  const bilan = p.url();
  await answerAll(p, `${bilan}/acrobate`, 16, 'Souvent');
  await p.goto(`${bilan}/situations`);
  await chooseOutwards(p);
  await p.goto(bilan);
  await p.getByRole('link', { name: 'Envoyer au formateur' }).click();
  await p.getByLabel('Pseudonyme').fill('Dominique');
  await expect(p.getByText("L'identifiant de l'atelier « Postures — réseau DSU »")).toBeVisible();
  await p.getByRole('button', { name: "Préparer l'envoi au formateur" }).click();
  const sent = await p.getByLabel('Lien de partage', { exact: true }).inputValue();
  await participantContext.close();

  // The trainer receives it (the QR code or the link lead to the same page).
  await page.goto(sent.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText('Résultat pour votre atelier « Postures — réseau DSU »')).toBeVisible();
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(page.getByRole('status')).toContainText('a été ajouté');

  // Eleven more participants sent files, made the way the app makes them.
  const dir = testInfo.outputPath('resultats');
  await mkdir(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < 11; i++) {
    const snapshot = buildSnapshot({
      responses: {},
      values: {
        ...Object.fromEntries(ACROBAT_STATEMENTS.map((s) => [s.id, 3])),
        // « Vers l'extérieur » wherever offered, as the participant in the browser.
        ...Object.fromEntries(
          SITUATIONS.map((s) => [
            s.id,
            s.options.includes('exterieur') ? 'exterieur' : (s.options[0] ?? 'haut'),
          ]),
        ),
      },
      alias: `Participant ${i + 2}`,
      includeNotes: false,
      now: Date.now(),
      contentVersion: 1,
      workshopId,
      randomId: () => `${(i + 1).toString(16).padStart(2, '0')}00000000000000`,
    });
    const path = `${dir}/p${i + 2}.json`;
    await writeFile(path, profileFile(snapshot));
    files.push(path);
  }
  await page.goto(`/ateliers/${workshopId}`);
  await page
    .getByLabel('Ajouter des fichiers de résultats (.json, plusieurs possibles)')
    .setInputFiles(files);
  await expect(page.getByRole('status').filter({ hasText: 'ajouté' })).toContainText(
    '11 ajoutés, 0 déjà reçu, 0 fichier refusé',
  );
  await expect(page.getByText('12 résultats reçus').first()).toBeVisible();

  // The synthesis: everyone looked outwards first; anonymous names only.
  await expect(
    page.getByText("Posture la plus partagée : « Vers l'extérieur » (12 profils sur 12).").first(),
  ).toBeVisible();
  await unfoldFigures(page);
  const directions = page.getByRole('table', {
    name: "Fréquence par direction de l'acrobate dans le groupe (sur 4)",
    exact: true,
  });
  await expect(directions.getByRole('row', { name: /^Vers le haut/ })).toContainText(
    '3 (3–3 ; 3–3), 12 profils',
  );
  await expect(page.getByText('P12')).toBeVisible();
  await expect(page.getByText('Dominique')).toHaveCount(0);

  // Projection: the two instruments collected, one chart at a time then its table, arrows to move on,
  // Escape to leave.
  await page.getByRole('button', { name: 'Projeter la synthèse' }).click();
  const projection = page.getByRole('dialog', { name: "Projection de l'atelier « Postures — réseau DSU »" });
  await expect(projection).toContainText('1 / 2');
  await page.keyboard.press('ArrowRight');
  await expect(projection.getByRole('table')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(projection).toContainText('2 / 2');
  await expect(
    projection.getByRole('heading', { name: "Les six directions de l'acrobate dans le groupe" }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(projection).toBeHidden();
});

test('the pro-action café facilitator runs its three rounds', async ({ page }) => {
  await page.goto('/ateliers');
  await page.getByRole('link', { name: 'Animer un pro-action café' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/question derrière la question/i).first()).toBeVisible();
});
