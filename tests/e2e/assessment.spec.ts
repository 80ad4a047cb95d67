// The whole journey: start a bilan, answer the 32 competences, reload midway, read the profile.
import { expect, test } from '@playwright/test';
import {
  MACROS_FR,
  allCompetencies,
  answerCurrentPage,
  competencies,
  nextPage,
  progressText,
  startAssessment,
  unfoldChartData,
} from './app';

test('a bilan answered in full, with a reload midway, gives a profile in French and English', async ({
  page,
}) => {
  // The whole journey, 32 competences in two languages: longer than one page's budget.
  test.setTimeout(120_000);
  await startAssessment(page);

  // Page 1, Stratégie: at ease, rarely asked.
  expect(await answerCurrentPage(page, { aisance: 'Je maîtrise', mobilisation: 'Rarement' })).toBe(8);
  await expect(progressText(page, 8)).toBeVisible();

  // Page 2, Production de connaissances: asked, not yet at ease; a note in the person's own words.
  await nextPage(page, MACROS_FR[1]);
  expect(
    await answerCurrentPage(page, { aisance: 'Je découvre', mobilisation: 'Au cœur de mon poste' }),
  ).toBe(6);
  await competencies(page)
    .first()
    .getByLabel('Mon contexte (facultatif)')
    .fill('Nouvelle équipe municipale depuis juin');
  await expect(competencies(page).first().getByText('Note enregistrée sur cet appareil.')).toBeVisible();
  await expect(progressText(page, 14)).toBeVisible();

  // Reload midway: nothing is lost, on this page or the previous one.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: MACROS_FR[1] })).toBeVisible();
  await expect(progressText(page, 14)).toBeVisible();
  const first = competencies(page).first();
  await expect(first.getByRole('radio', { name: 'Je découvre', exact: true })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'Au cœur de mon poste', exact: true })).toBeChecked();
  await expect(first.getByLabel('Mon contexte (facultatif)')).toHaveValue(
    'Nouvelle équipe municipale depuis juin',
  );

  // Coming back from the home page resumes on the page the person was on.
  await page.getByRole('link', { name: 'Mes bilans' }).click();
  await expect(page.getByText('14 compétences renseignées sur 32')).toBeVisible();
  await page.getByRole('link', { name: /^Continuer/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: MACROS_FR[1] })).toBeVisible();

  await nextPage(page, MACROS_FR[2]);
  expect(await answerCurrentPage(page, { aisance: 'Je peux transmettre', mobilisation: 'Souvent' })).toBe(7);

  await nextPage(page, MACROS_FR[3]);
  await competencies(page).first().getByRole('checkbox', { name: 'Non concerné·e' }).check();
  await expect(
    competencies(page).first().getByRole('radio', { name: 'Je maîtrise', exact: true }),
  ).toBeDisabled();
  const rest = await allCompetencies(page);
  for (let i = 1; i < (await rest.count()); i++) {
    await rest.nth(i).getByRole('radio', { name: 'Je pratique avec appui', exact: true }).check();
    await rest.nth(i).getByRole('radio', { name: 'Souvent', exact: true }).check();
  }

  await nextPage(page, MACROS_FR[4]);
  expect(
    await answerCurrentPage(page, {
      aisance: 'Je maîtrise',
      mobilisation: 'Au cœur de mon poste',
      acquisition: 'Sur le terrain',
      envie: true,
    }),
  ).toBe(5);
  await expect(progressText(page, 32)).toBeVisible();
  // The grid's reflective note, on its last page.
  await page.getByLabel('Ma note (facultative)').fill("J'anime plus que je ne le pensais.");

  await page.getByRole('link', { name: 'Voir mon profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await expect(page.getByText('Ce profil repose sur 32 compétences renseignées sur 32.')).toBeVisible();
  await expect(page.getByText('1 marquée « non concerné·e », laissée hors des moyennes.')).toBeVisible();

  // The summary card, then strengths first: the portrait opens with them, then the strengths list leads
  // the grid part.
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.slice(0, 4)).toEqual([
    'En bref',
    'Quel·le développeur·euse êtes-vous ?',
    'Mes compétences',
    "Mes points d'appui",
  ]);
  await expect(page.locator('.narrative p').first()).toHaveText(/^Vos points d'appui : « /);
  await expect(
    page.getByText("Là où vous êtes le plus à l'aise en moyenne : Aide à la décision."),
  ).toBeVisible();

  // Where the post's demand meets the ease: every rated competence placed in one of four quarters, the
  // same counts as the two gap lists below, with the table folded under the map.
  const quadrant = page.getByRole('region', { name: 'Ce que le poste demande × ce que je maîtrise' });
  await expect(quadrant).toContainText(
    "Demandé, pas encore à l'aise : 11 · Demandé et maîtrisé : 12 · Peu demandé, pas encore maîtrisé : 0 · Maîtrisé, peu demandé : 8.",
  );
  await expect(quadrant.getByRole('region', { name: 'Demandé et maîtrisé (12)' })).toContainText('Interface');
  await unfoldChartData(page);
  const table = page.getByRole('table', { name: 'Aisance et mobilisation de chaque compétence notée' });
  await expect(table.getByRole('row')).toHaveCount(31 + 1);

  // The 5 × 3 heat map names its competences.
  const heat = page.getByRole('table', {
    name: "Aisance moyenne par macro-compétence et modalité d'intervention",
  });
  await expect(heat.getByRole('cell', { name: /Gestion de conflit, Accueil/ })).toContainText(
    '« Je maîtrise » · 2 réponses',
  );

  // The two gap lists.
  const asked = page.getByRole('region', { name: "Sollicité mais pas encore à l'aise" });
  await expect(asked.getByRole('listitem')).toHaveCount(6 + 5);
  await expect(asked).toContainText('Diagnostic');
  const atEase = page.getByRole('region', { name: "À l'aise mais peu sollicité·e" });
  await expect(atEase.getByRole('listitem')).toHaveCount(8);
  await expect(atEase).toContainText('Médiation (Régulation)');
  await expect(atEase).toContainText('Médiation (Élargissement du cercle de décision)');

  // Wishes, acquisition and the person's own context.
  await expect(
    page.getByRole('region', { name: "Ce que j'ai envie de développer" }).getByRole('listitem'),
  ).toHaveCount(5);
  await expect(page.getByRole('region', { name: "Comment j'ai acquis mes compétences" })).toContainText(
    'Sur le terrain (5)',
  );
  await expect(page.getByText('Nouvelle équipe municipale depuis juin')).toBeVisible();
  await expect(page.getByText("J'anime plus que je ne le pensais.")).toBeVisible();

  // A mirror, not a grade: the page says so.
  await expect(page.getByText(/il n'y a ni score global ni classement/)).toBeVisible();

  // The same profile in English, and the choice is remembered.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  const summaries = page.getByText("Show the chart's data", { exact: true });
  // The title is in the page's HTML; its content shows once the bilan is read.
  await expect(summaries.first()).toBeVisible();
  for (const summary of await summaries.all()) await summary.click();
  const enTable = page.getByRole('table', { name: 'Ease and demand of each rated competence' });
  await expect(enTable.getByRole('row')).toHaveCount(31 + 1);
  await expect(page.getByRole('region', { name: 'Asked for, not yet at ease', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'At ease, rarely asked for', exact: true })).toBeVisible();
});
