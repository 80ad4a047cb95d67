// The optional « savoir-être »: offered on the bilan page, marked « Facultatif » and left out of the
// bilan's progress; two skills answered read back in the profile, in words.
import { expect, test } from '@playwright/test';
import { createBilan } from './app';

test('two savoir-être answered read in the profile as a strength and one being worked on', async ({
  page,
}) => {
  const bilan = await createBilan(page);
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^Savoir-être/ }) });
  await expect(card.getByText('Facultatif', { exact: true })).toBeVisible();
  await expect(card.getByText('Ne compte pas dans la progression du bilan.')).toBeVisible();
  const total = page.locator('.progress-block span');
  const before = await total.textContent();

  await card.getByRole('link', { name: 'Commencer « Savoir-être »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Savoir-être' })).toBeVisible();
  await expect(page.getByText(/^Facultatif :/)).toBeVisible();
  await page.getByRole('button', { name: 'Voir toute la page' }).click();
  await expect(page.getByRole('group', { name: /^(Faire|Maitriser|Les compétences)/ })).toHaveCount(5);
  await page
    .getByRole('group', { name: 'Faire preuve de réactivité' })
    .getByRole('radio', { name: "C'est une force" })
    .check();
  await page
    .getByRole('group', { name: "Faire preuve de diplomatie et d'ouverture d'esprit" })
    .getByRole('radio', { name: 'Je la travaille' })
    .check();
  await expect(page.getByText('2 sur 5', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Voir le résultat dans mon profil' }).click();
  const section = page.getByRole('region', { name: /^Savoir-être/ });
  await expect(section).toContainText('Votre force : « Faire preuve de réactivité ».');
  await expect(section).toContainText(
    "Ce que vous travaillez : « Faire preuve de diplomatie et d'ouverture d'esprit ».",
  );

  // The bilan's own progress has not moved: the questionnaire is optional.
  await page.goto(bilan);
  await expect(card.getByText('2 sur 5')).toBeVisible();
  await expect(total).toHaveText(before ?? '');
});
