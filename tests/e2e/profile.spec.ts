// The profile page beyond the main journey: partial bilans, printing, and an unknown bilan.
import { expect, test } from '@playwright/test';
import { showWholePage, startAssessment } from './app';

test('a partial bilan says what is missing and prints cleanly', async ({ page }) => {
  await startAssessment(page);
  await showWholePage(page);
  const first = page.getByRole('article').first();
  await first.getByRole('radio', { name: 'Je maîtrise', exact: true }).check();
  await page.getByRole('article').nth(1).getByRole('checkbox', { name: 'Non concerné·e' }).check();
  await expect(page.getByText('2 compétences renseignées sur 32').first()).toBeVisible();

  await page.goto(page.url().replace(/grille\/.*/, 'profil'));
  await expect(
    page.getByText("Ce bilan n'est pas terminé : 30 compétences restent à renseigner."),
  ).toBeVisible();
  await expect(page.getByText('Ce profil repose sur 2 compétences renseignées sur 32.')).toBeVisible();
  // Each figure says how many answers it rests on; the "non concerné·e" item is left out of the mean.
  // The figures sit in the heat map's data table, folded under its chart.
  await page
    .getByRole('region', { name: 'La grille en quinze cases' })
    .getByText('Voir les données du graphique')
    .click();
  const table = page.getByRole('table', { name: 'Aisance et mobilisation moyennes par case de la grille' });
  await expect(table.getByRole('row', { name: /^Stratégie · Régulation/ })).toContainText('3 (1 réponse)');
  await expect(table.getByRole('row', { name: /^Animation · Régulation/ })).toContainText('pas de réponse');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByText(/^Profil imprimé le/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Aisance et mobilisation de chaque compétence notée' }),
  ).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('an unknown bilan gets a clear message, not a blank page', async ({ page }) => {
  await page.goto('/bilans/inconnu/profil');
  await expect(page.getByText("Ce bilan n'existe pas ou a été supprimé de cet appareil.")).toBeVisible();
  await page.goto('/bilans/inconnu/grille/strategie');
  await expect(page.getByText("Ce bilan n'existe pas ou a été supprimé de cet appareil.")).toBeVisible();
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
});

test('the À propos page credits the sources and says data stays on the device', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'À propos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'À propos' })).toBeVisible();
  await expect(
    page.getByText(/ORIV, « Acteurs de la politique de la ville, repensons nos pratiques !/).first(),
  ).toBeVisible();
  await expect(page.getByText(/IRDSU, « Mon carnet métier », 2017/)).toBeVisible();
  await expect(page.getByText(/Plateforme des métiers du développement territorial/)).toBeVisible();
  await expect(page.getByText(/Cabinet FORS Recherche sociale \/ ACSE/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vos données restent sur cet appareil' })).toBeVisible();
});
