// The gatherer sends a group's summary back to its members: a fresh browser opens the link and reads the
// same readings, read-only, with who could help whom as P1…Pn; the file opens the same way; a damaged link
// is named and shows nothing.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './app';
import { snapshot, writeFiles } from './received';
import { GRID_CELLS } from '../../src/domain/content/grid';
import { ACROBAT_STATEMENTS } from '../../src/domain/content/postures';
import type { CompetencyResponse } from '../../src/domain/assessment';
import type { Aisance, Mobilisation } from '../../src/domain/content/scales';

const ALIASES = ['Zélie', 'Yanis', 'Xavière', 'Wassim'];

/** The synthesis's one-line readings, in order. */
const readings = (page: Page) =>
  page.locator('section[aria-labelledby="synthesis-h"] .chart-summary').allTextContents();

test('a group of four sends its summary back: the same readings open read-only elsewhere, a damaged link changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  const [first, second] = GRID_CELLS;
  if (!first || !second) throw new Error('grid');
  const rate = (cell: typeof first, aisance: Aisance, mobilisation: Mobilisation) =>
    Object.fromEntries(
      cell.competencies.map((c): [string, CompetencyResponse] => [c.id, { aisance, mobilisation }]),
    );
  const responses = [
    { ...rate(first, 4, 1), ...rate(second, 2, 3) },
    { ...rate(first, 2, 3), ...rate(second, 4, 2) },
    { ...rate(first, 1, 2), ...rate(second, 3, 3) },
    { ...rate(first, 3, 3) },
  ];
  const files = await writeFiles(
    testInfo.outputPath('g'),
    ALIASES.map((alias, i) =>
      snapshot(i, alias, Object.fromEntries(ACROBAT_STATEMENTS.map((s) => [s.id, i % 5])), {
        responses: responses[i],
      }),
    ),
  );
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
    await expect(page.getByRole('status').filter({ hasText: 'a été ajouté' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Ouvrir le groupe' }).click();
  await expect(page.getByRole('heading', { name: 'Synthèse du groupe (4 profils)' })).toBeVisible();
  const sent = await readings(page);
  expect(sent.length).toBeGreaterThanOrEqual(4);

  await page.getByRole('button', { name: 'Renvoyer la synthèse au groupe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Renvoyer la synthèse du groupe « Pairs DSU »' });
  const link = await dialog.getByLabel('Lien de la synthèse').inputValue();
  expect(new URL(link).pathname).toBe('/synthese');
  expect(new URL(link).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
  // Nothing of the members' answers or names travels: the link is the summary alone.
  await expect(
    dialog.getByRole('img', { name: 'QR code de la synthèse du groupe « Pairs DSU »' }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger le fichier (.json)' }).click();
  const file = testInfo.outputPath('synthese.json');
  await (await download).saveAs(file);
  const text = await readFile(file, 'utf8');
  for (const alias of ALIASES) expect(text).not.toContain(alias);
  expect(text).not.toContain('competency.');
  console.info(`4-member summary link: ${link.length} characters`);
  await expectNoViolations(page, 'the send dialog');

  // A member's browser: nothing stored there, the link alone.
  const member = await browser.newContext({ locale: 'fr-FR' });
  const other = await member.newPage();
  await other.goto(link);
  await expect(other.getByRole('main')).not.toHaveAttribute('inert');
  await expect(
    other.getByRole('heading', { level: 1, name: 'Synthèse du groupe « Pairs DSU »' }),
  ).toBeVisible();
  await expect(other.getByText(/^Lecture seule · reçue le /)).toBeVisible();
  await expect.poll(() => readings(other)).toEqual(sent);
  const help = other.getByRole('table', { name: 'Qui peut aider qui, case par case' });
  await expect(help.getByRole('row', { name: /^Stratégie · Régulation/ })).toHaveText(
    /Stratégie · Régulation\s*P1\s*P2 et P3/,
  );
  const main = other.getByRole('main');
  for (const alias of ALIASES) await expect(main).not.toContainText(alias);
  // Read-only: nothing to type, choose or add.
  await expect(main.locator('input, select, textarea')).toHaveCount(0);
  await expect(main.getByRole('button', { name: /Ajouter|Supprimer|Retirer/ })).toHaveCount(0);
  await expectNoViolations(other, 'a received summary');

  // The file opens the same summary on the same page.
  const fromFile = await member.newPage();
  await fromFile.goto('/synthese');
  await expect(fromFile.getByRole('main')).not.toHaveAttribute('inert');
  await fromFile.getByLabel('Fichier de synthèse (.json)').setInputFiles(file);
  await expect(
    fromFile.getByRole('heading', { level: 1, name: 'Synthèse du groupe « Pairs DSU »' }),
  ).toBeVisible();
  await expect.poll(() => readings(fromFile)).toEqual(sent);

  // One character changed in the middle of the code: named, and nothing shown.
  const at = link.indexOf('#s=') + 3 + Math.floor((link.length - link.indexOf('#s=')) / 2);
  const damaged = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  const broken = await member.newPage();
  await broken.goto(damaged);
  await expect(broken.getByRole('main')).not.toHaveAttribute('inert');
  await expect(broken.getByRole('alert')).toHaveText(
    "Ce lien de synthèse est abîmé ou incomplet (un caractère changé ou coupé). Rien n'a été ouvert : demandez-le à nouveau.",
  );
  await expect(broken.getByRole('heading', { level: 1, name: "Synthèse d'un groupe" })).toBeVisible();
  await expect(broken.locator('.chart-summary')).toHaveCount(0);
  await member.close();
});
