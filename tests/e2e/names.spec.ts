// Names made of invisible or direction-changing characters are refused with the form's own message or
// shown cleaned; the plan's review date takes only real days; « Ajouter au plan » adds one item per press.
import { expect, test, type Page } from '@playwright/test';
import { createBilan } from './app';

/** Fails the test on any uncaught error in the page (a refused write thrown past the form). */
function noPageError(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

const INVISIBLE_ONLY = '\u200B\u202E\u2066\u200B\u3164';

test('a group name of invisible characters only is refused with « Donnez un nom au groupe. »', async ({
  page,
}) => {
  const errors = noPageError(page);
  await page.goto('/groupes');
  await page.getByLabel('Nom du groupe').fill(INVISIBLE_ONLY);
  await page.getByRole('button', { name: 'Créer le groupe' }).click();

  await expect(page.getByRole('alert')).toHaveText('Donnez un nom au groupe.');
  await expect(page.getByLabel('Nom du groupe')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/groupes$/);
  await expect(page.getByRole('button', { name: 'Créer le groupe' })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes groupes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Mes groupes' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a workshop title of invisible characters only is refused with « Donnez un titre à l’atelier. »', async ({
  page,
}) => {
  const errors = noPageError(page);
  await page.goto('/ateliers');
  await page.getByLabel("Titre de l'atelier").fill(INVISIBLE_ONLY);
  await page.getByRole('button', { name: "Créer l'atelier" }).click();

  await expect(page.getByRole('alert')).toHaveText("Donnez un titre à l'atelier.");
  await expect(page).toHaveURL(/\/ateliers$/);
  await expect(page.getByRole('button', { name: "Créer l'atelier" })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Mes ateliers' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a workshop title with a right-to-left override is created and shown cleaned', async ({ page }) => {
  await page.goto('/ateliers');
  await page.getByLabel("Titre de l'atelier").fill('\u202EAtelier\u200B postures\u202C');
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Atelier postures');
  expect(await heading.textContent()).not.toMatch(/[\u202E\u202C\u200B]/);
});

/** A join link as a trainer's app writes it: base64url of the invitation's JSON. */
function joinLink(title: string): string {
  const invite = { v: 1, id: 'abc123', title, date: '2026-03-12', instruments: ['grid'], anonymous: false };
  return `/atelier#i=${Buffer.from(JSON.stringify(invite)).toString('base64url')}`;
}

test('a join link whose title hides a right-to-left override shows the title cleaned', async ({ page }) => {
  await page.goto(joinLink('\u202Eelytsnoc\u202C'));
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Atelier « elytsnoc »');
  expect(await heading.textContent()).not.toContain('\u202E');
});

test('a join link whose title is invisible only is refused clearly', async ({ page }) => {
  await page.goto(joinLink(INVISIBLE_ONLY));
  await expect(page.getByRole('heading', { level: 1, name: 'Rejoindre un atelier' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    "Ce lien d'invitation est incomplet ou abîmé. Demandez-le à nouveau au·à la formateur·rice.",
  );
  await expect(page.getByRole('button', { name: "Commencer mon bilan d'atelier" })).toHaveCount(0);
});

test('three quick clicks on « Ajouter au plan » add one item', async ({ page }) => {
  const bilan = await createBilan(page);
  await page.goto(`${bilan}/plan`);
  await page.getByLabel('Compétence ou direction à travailler').selectOption({ label: 'Négociation' });
  await page.getByRole('button', { name: 'Ajouter au plan' }).click({ clickCount: 3 });
  await expect(page.getByRole('heading', { level: 2, name: 'Négociation' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Négociation' })).toHaveCount(1);
  await expect(page.getByRole('list').getByRole('heading', { level: 2 })).toHaveCount(1);
});

test('a review date that is no real day is said and not saved; a real one is saved', async ({ page }) => {
  const errors = noPageError(page);
  const bilan = await createBilan(page);
  await page.goto(`${bilan}/plan`);
  await page.getByLabel('Compétence ou direction à travailler').selectOption({ label: 'Négociation' });
  await page.getByRole('button', { name: 'Ajouter au plan' }).click();
  const review = page.getByLabel('Date pour faire le point');

  await review.fill('2027-05-04');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(review).toHaveValue('2027-05-04');

  // The browser's date field takes years past 9999 when typed so.
  await review.fill('20266-03-12');
  await expect(page.getByRole('alert')).toHaveText(
    "Cette date n'existe pas : indiquez un jour du calendrier, avec une année à quatre chiffres. La date enregistrée reste inchangée.",
  );
  await expect(review).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(review).toHaveValue('2027-05-04');
  await page.goto(`${bilan}/profil`);
  await expect(page.getByRole('region', { name: 'Mon plan de développement' })).toContainText(
    /À revoir le .*4 mai 2027/,
  );

  // Emptied, the date is cleared: the profile, reached in the app (the write goes on meanwhile), says so.
  await page.goto(`${bilan}/plan`);
  await expect(review).toHaveValue('2027-05-04');
  await review.fill('');
  await page.getByRole('link', { name: 'Voir mon plan dans mon profil' }).click();
  const plan = page.getByRole('region', { name: 'Mon plan de développement' });
  await expect(plan).toContainText('Négociation');
  await expect(plan).not.toContainText('À revoir');
  expect(errors).toEqual([]);
});
