// A workshop run in a room without a server: only what was collected is projected, large enough for the
// back of the room; results read by the trainer's camera one after another; a peer group of four sees who
// could help whom; the French CSV opens in columns.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { createBilan, unfoldChartData } from './app';
import { qrVideo } from './qrFrames';
import { snapshot, writeFiles } from './received';
import { encodeShareCode } from '../../src/domain/exchange/shareCode';
import { COMPETENCIES, GRID_CELLS } from '../../src/domain/content/grid';
import { ACROBAT_STATEMENTS, TENSION_IDS } from '../../src/domain/content/postures';
import { tensionItemId } from '../../src/domain/progress';
import type { CompetencyResponse } from '../../src/domain/assessment';
import type { Aisance, Mobilisation } from '../../src/domain/content/scales';

const INSTRUMENT_LABELS = [
  'Grille de compétences',
  "L'acrobate : mes zones de vigilance",
  'Le·la stratège : ma vision élargie',
  'Situations : ma posture de prédilection',
  'Les tensions de ma posture',
  'Mon temps de travail',
];

/** Creates a workshop with the given instruments on the trainer's page; returns its id. */
async function createWorkshop(page: Page, title: string, instruments: readonly string[]): Promise<string> {
  await page.goto('/ateliers');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await page.getByLabel("Titre de l'atelier").fill(title);
  for (const label of INSTRUMENT_LABELS) {
    await page.getByRole('checkbox', { name: label, exact: true }).setChecked(instruments.includes(label));
  }
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

test('a workshop with only the acrobat, situations and tensions projects only those, large, with a remote', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const id = await createWorkshop(page, 'Postures en salle', [
    "L'acrobate : mes zones de vigilance",
    'Situations : ma posture de prédilection',
    'Les tensions de ma posture',
  ]);
  // Three participants, each with one preferred posture: a three-way tie.
  const choices = ['avant', 'haut', 'arriere'];
  const snapshots = choices.map((posture, i) =>
    snapshot(
      i,
      `Participant ${i + 1}`,
      {
        ...Object.fromEntries(ACROBAT_STATEMENTS.map((s) => [s.id, 2 + (i % 2)])),
        'situation.feuille-de-route': posture,
        ...Object.fromEntries(TENSION_IDS.map((t) => [tensionItemId(t), i + 1])),
      },
      { workshopId: id },
    ),
  );
  await page
    .getByLabel('Ajouter des fichiers de résultats (.json, plusieurs possibles)')
    .setInputFiles(await writeFiles(testInfo.outputPath('r'), snapshots));
  await expect(page.getByText('3 résultats reçus').first()).toBeVisible();

  // The page shows no instrument the workshop did not collect.
  await expect(page.getByRole('heading', { name: 'Les cinq macro-compétences du groupe' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'La grille du groupe, case par case' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'La place des réunions dans le groupe' })).toHaveCount(0);
  const tie =
    'Postures les plus partagées : Vers le haut, En avant et En arrière, à égalité (1 profil sur 3 chacune).';
  await expect(page.getByText(tie)).toBeVisible();

  await page.getByRole('button', { name: 'Projeter la synthèse' }).click();
  const projection = page.getByRole('dialog', { name: "Projection de l'atelier « Postures en salle »" });
  await expect(projection).toContainText('1 / 3');
  await expect(
    projection.getByRole('heading', { name: 'Postures de prédilection dans le groupe' }),
  ).toBeVisible();
  await expect(projection.getByText(tie)).toBeVisible();
  // The browser's real full screen.
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null))
    .toBe('projection');

  // A remote's keys: Page Down shows the table, then the next chart; B blacks the screen out and back.
  await page.keyboard.press('PageDown');
  await expect(projection.getByRole('table')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(projection).toContainText('2 / 3');
  await expect(
    projection.getByRole('heading', { name: "Les six directions de l'acrobate dans le groupe" }),
  ).toBeVisible();
  // The chart's labels read from the back of the room: at least 24 px.
  const tick = projection.locator('.recharts-polar-angle-axis-tick text').first();
  await expect(tick).toBeVisible();
  const size = await tick.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.keyboard.press('b');
  await expect(projection.getByRole('heading')).toHaveCount(0);
  await page.keyboard.press('B');
  await expect(projection).toContainText('2 / 3');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(projection).toContainText('3 / 3');
  await expect(projection.getByRole('heading', { name: 'Les tensions dans le groupe' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(projection).toContainText('3 / 3');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(projection).toContainText('2 / 3');
  // No table runs off the screen.
  await page.keyboard.press('PageDown');
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('.projection table')].some(
      (t) => t.getBoundingClientRect().right > window.innerWidth,
    ),
  );
  expect(overflow).toBe(false);
  await page.getByRole('button', { name: 'Quitter la projection' }).click();
  await expect(projection).toBeHidden();
});

test('twelve participants’ QR codes are read in a row by the trainer’s camera, without a click', async ({
  browserName,
}, testInfo) => {
  expect(browserName).toBe('chromium');
  test.setTimeout(120_000);
  const { baseURL, launchOptions } = testInfo.project.use;
  const profile = await mkdtemp(join(tmpdir(), 'room-trainer-'));
  const launch = (args: string[]) =>
    chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
      locale: 'fr-FR',
      args: [...(launchOptions?.args ?? []), ...args],
    });
  try {
    // The trainer prepares the workshop and says twelve are expected.
    let context = await launch([]);
    let page = context.pages()[0] ?? (await context.newPage());
    const id = await createWorkshop(page, 'Atelier en salle', [
      "L'acrobate : mes zones de vigilance",
      'Situations : ma posture de prédilection',
    ]);
    await page.getByLabel('Participant·e·s attendu·e·s (facultatif)').fill('12');
    await page.getByLabel('Participant·e·s attendu·e·s (facultatif)').press('Enter');
    await expect(page.getByText('0 sur 12 reçu')).toBeVisible();
    await context.close();

    // Twelve participants' « Envoyer au formateur·rice » QR codes, made the way the app makes them,
    // shown one after another to the camera.
    const links = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const s = snapshot(
          i,
          `Participant ${i + 1}`,
          {
            ...Object.fromEntries(ACROBAT_STATEMENTS.map((st) => [st.id, (i % 5) as 0])),
            'situation.feuille-de-route': 'avant',
          },
          { workshopId: id },
        );
        return `${baseURL}/recevoir#p=${await encodeShareCode(s)}`;
      }),
    );
    const video = testInfo.outputPath('qr.y4m');
    await mkdir(testInfo.outputPath(), { recursive: true });
    await writeFile(video, qrVideo(links));

    context = await launch([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    await context.grantPermissions(['camera']);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/recevoir');
    await expect(page.getByRole('main')).not.toHaveAttribute('inert');
    await page.getByRole('button', { name: 'Ouvrir la caméra' }).click();
    // No click from here on: the camera stays open and counts.
    await expect(page.getByText('12 résultats ajoutés.')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Atelier en salle : 12 sur 12 reçus')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fermer la caméra' })).toBeVisible();

    await page.goto(`/ateliers/${id}`);
    await expect(page.getByText('12 sur 12 reçus')).toBeVisible();
    await page.getByText('Pseudonymes reçus').click();
    await expect(
      page.getByText(/^Reçus de : Participant 1, Participant 2, .* et Participant 12\.$/),
    ).toBeVisible();
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('a peer group of four sees who could help whom, and its French CSV opens in columns', async ({
  page,
}, testInfo) => {
  const [first, second] = GRID_CELLS;
  if (!first || !second) throw new Error('grid');
  const rate = (
    cell: typeof first,
    aisance: Aisance,
    mobilisation: Mobilisation,
  ): Record<string, CompetencyResponse> =>
    Object.fromEntries(cell.competencies.map((c) => [c.id, { aisance, mobilisation }]));
  // Ana can pass the first cell on; Bo and Cy are asked for it, not yet at ease; Bo passes the second on.
  const members = [
    { alias: 'Ana', responses: { ...rate(first, 4, 1), ...rate(second, 2, 3) } },
    { alias: 'Bo', responses: { ...rate(first, 2, 3), ...rate(second, 4, 2) } },
    { alias: 'Cy', responses: { ...rate(first, 1, 2), ...rate(second, 3, 3) } },
    { alias: 'Di', responses: { ...rate(first, 3, 3) } },
  ];
  const files = await writeFiles(
    testInfo.outputPath('g'),
    members.map((m, i) => snapshot(i, m.alias, {}, { responses: m.responses })),
  );
  await createBilan(page);
  await page.goto('/groupes');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await page.getByLabel('Nom du groupe').fill('Pairs DSU');
  await page.getByRole('button', { name: 'Créer le groupe' }).click();
  for (const file of files) {
    await page.goto('/recevoir');
    await expect(page.getByRole('main')).not.toHaveAttribute('inert');
    await page.getByLabel('Fichier de profil (.json)').setInputFiles(file);
    await page.getByLabel('Où garder ce profil ?').selectOption({ label: 'Pairs DSU' });
    await page.getByRole('button', { name: 'Garder ce profil' }).click();
    // The confirmation is where the person looks, and focused.
    const kept = page.getByRole('status').filter({ hasText: 'a été ajouté' });
    await expect(kept).toBeInViewport();
    await expect(page.getByLabel('Lien ou code reçu')).toHaveValue('');
  }
  await page.getByRole('link', { name: 'Ouvrir le groupe' }).click();

  const help = page.getByRole('table', { name: 'Qui peut aider qui, case par case' });
  await expect(help.getByRole('row')).toHaveCount(3);
  await expect(help.getByRole('row', { name: /^Stratégie · Régulation/ })).toHaveText(
    /Stratégie · Régulation\s*Ana\s*Bo et Cy/,
  );
  await expect(help.getByRole('row').nth(2)).toContainText('Bo');
  await expect(help.getByRole('row').nth(2)).toContainText('Ana');
  // Small multiples: one chart per person, in the table's column order.
  const names = page.locator('.small-multiple-name');
  await expect(names.first()).toBeVisible();
  expect((await names.allTextContents()).slice(0, 4)).toEqual(['Ana', 'Bo', 'Cy', 'Di']);
  await unfoldChartData(page.getByRole('region', { name: 'Côte à côte' }));
  const side = page.getByRole('table', { name: 'Aisance moyenne par macro-compétence (sur 4), par profil' });
  await expect(side.getByRole('columnheader')).toHaveText(['Macro-compétence', 'Ana', 'Bo', 'Cy', 'Di']);

  // Anonymous mode keeps P1…Pn in the pairs.
  await page.getByRole('checkbox', { name: 'Mode anonyme' }).check();
  await expect(help.getByRole('row', { name: /^Stratégie · Régulation/ })).toHaveText(
    /Stratégie · Régulation\s*P1\s*P2 et P3/,
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV pour tableur en français (;)' }).click();
  const path = testInfo.outputPath('groupe.csv');
  await (await download).saveAs(path);
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const columns = header?.split(';') ?? [];
  expect(columns[0]).toBe('Personne');
  expect(columns.length).toBeGreaterThan(COMPETENCIES.length * 3);
  const aisance = columns.findIndex((c) => c.endsWith(`[${first.competencies[0]?.id}.aisance]`));
  expect(aisance).toBeGreaterThan(0);
  expect(rows).toHaveLength(4);
  for (const row of rows) expect(row.split(';')).toHaveLength(columns.length);
  expect(rows[0]?.split(';')[0]).toBe('P1');
  expect(rows[0]?.split(';')[aisance]).toBe('4');

  // The gatherer adds their own profile; the pseudonym is offered again next time.
  await page.getByText('Ajouter mon propre profil à ce groupe').click();
  await page.getByLabel('Lequel de mes bilans ?').selectOption({ index: 1 });
  await page.getByLabel('Pseudonyme').fill('Claude');
  await page.getByRole('button', { name: 'Ajouter mon profil' }).click();
  await expect(page.getByText(/^Votre profil « Claude » .* a été ajouté au groupe/)).toBeInViewport();
  await page.reload();
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await page.getByText('Ajouter mon propre profil à ce groupe').click();
  await expect(page.getByLabel('Pseudonyme')).toHaveValue('Claude');
});
