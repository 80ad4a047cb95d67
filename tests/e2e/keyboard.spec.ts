// The keyboard-only path: no mouse from the home page to an answered page and a printed profile.
import { expect, test, type Page } from '@playwright/test';

async function tabTo(page: Page, matches: () => Promise<boolean>, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await matches()) return;
  }
  throw new Error('Focus never reached the expected element');
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent ?? ''}` : '';
  });

test('keyboard alone: from the home page, start a bilan, answer with arrow keys, then print the profile', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const counted = window as { printCalls?: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls = (counted.printCalls ?? 0) + 1;
    };
  });
  // A whole bilan page, a profile and a PDF by keyboard: longer than one page's budget.
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes bilans' })).toBeVisible();
  // The page is painted from its HTML first; its controls work once the app has taken it over.
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');

  // The skip link is the first stop and leads to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();

  await tabTo(page, async () => (await focusedName(page)).includes('Commencer un nouveau bilan'));
  await page.keyboard.press('Enter');
  const bilanHeading = page.getByRole('heading', { level: 1, name: /^Bilan du / });
  await expect(bilanHeading).toBeFocused();
  await tabTo(page, async () => (await focusedName(page)).includes('Commencer « Grille de compétences »'));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Stratégie' });
  await expect(heading).toBeVisible();
  // Focus moved to the new page's heading.
  await expect(heading).toBeFocused();

  // Into the competence shown (one at a time): its aisance radio group.
  const first = page.getByRole('article').first();
  await tabTo(page, async () =>
    first
      .getByRole('radio', { name: 'Je découvre', exact: true })
      .evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio', { name: 'Je maîtrise', exact: true })).toBeChecked();

  // Next group: mobilisation (after the aisance levels' « ? »).
  await tabTo(page, async () =>
    first.getByRole('radio', { name: 'Jamais', exact: true }).evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio', { name: 'Rarement', exact: true })).toBeChecked();
  await expect(page.getByText('1 / 32')).toBeVisible();

  // The "Mon contexte" note, typed.
  await tabTo(page, async () =>
    first.getByLabel('Mon contexte (facultatif)').evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.type('Avec le conseil citoyen');

  // On to the next page through the pages' stepper, then back, by keyboard.
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, async () => (await focusedName(page)).includes('Production de connaissances'));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Production de connaissances sur le territoire' }),
  ).toBeFocused();
  // Its answers read (until then the page says « Chargement… » and its controls are out of reach).
  await expect(page.getByRole('link', { name: /^Bilan du / })).toBeVisible();

  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, async () => /^A:.*Stratégie/.test(await focusedName(page)));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Stratégie' })).toBeFocused();
  await expect(
    page.getByRole('article').first().getByRole('radio', { name: 'Je maîtrise', exact: true }),
  ).toBeChecked();
  await expect(page.getByRole('article').first().getByLabel('Mon contexte (facultatif)')).toHaveValue(
    'Avec le conseil citoyen',
  );

  // Back to the bilan through the page's own link, then to the profile, and print it: all by keyboard.
  await tabTo(page, async () => (await focusedName(page)).startsWith('A:Bilan du '));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeFocused();
  await tabTo(page, async () => (await focusedName(page)).includes('Voir mon profil'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeFocused();
  await expect(page.getByText('Avec le conseil citoyen')).toBeVisible();
  await tabTo(page, async () => (await focusedName(page)).includes('Imprimer ou enregistrer en PDF'));
  await page.keyboard.press('Enter');
  // The browser's print dialog was asked for (headless Chromium has none to show: it is counted).
  await expect.poll(() => page.evaluate(() => (window as { printCalls?: number }).printCalls)).toBe(1);
  // Every drawn chart was drawn for paper, including those never scrolled to (they are drawn near the
  // screen); the quadrant map and the heat map are made of words and tables, there from the start.
  const drawings = await page.locator('.chart[role="img"]').count();
  await expect(page.locator('.chart .recharts-wrapper')).toHaveCount(drawings);
  await expect(page.locator('.chart')).toHaveCount(drawings + 2);

  // What prints: the report with its dates, without the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Profil imprimé le /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('keyboard alone: rename and delete a bilan through their dialogs', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Commencer un nouveau bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
  await page.getByRole('link', { name: 'Mes bilans' }).click();

  const card = page.getByRole('listitem').filter({ hasText: /Bilan du/ });
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: /^Renommer/ }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Renommer le bilan' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByLabel('Nom du bilan');
  await expect(input).toBeFocused();
  await input.fill('');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Donnez un nom au bilan.')).toBeVisible();
  await page.keyboard.type('Après les municipales');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Après les municipales' })).toBeVisible();

  // Escape cancels the deletion; the confirmation deletes.
  await page.getByRole('button', { name: 'Supprimer « Après les municipales »' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Supprimer « Après les municipales » ?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Après les municipales' })).toBeVisible();

  await page.getByRole('button', { name: 'Supprimer « Après les municipales »' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(confirm.getByRole('button', { name: 'Supprimer définitivement' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByText("Vous n'avez pas encore de bilan.", { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Vous n'avez pas encore de bilan.", { exact: false })).toBeVisible();
});

test('keyboard alone: a situation chosen with arrow keys, a time split typed and saved with Enter', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Commencer un nouveau bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeFocused();
  const bilan = page.url();

  await tabTo(page, async () => (await focusedName(page)).includes('Commencer « Situations'));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Situations : ma posture de prédilection' }),
  ).toBeFocused();
  const first = page.getByRole('group', { name: 'Par où commenceriez-vous ?' }).first();
  await tabTo(page, async () =>
    first
      .getByRole('radio')
      .first()
      .evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await expect(page.getByText('1 sur 9', { exact: true }).first()).toBeVisible();

  await page.goto(`${bilan}/temps`);
  const form = page.getByRole('form', { name: "Mon temps tel qu'il est" });
  await form.getByLabel('Management, encadrement').focus();
  await page.keyboard.type('60');
  await page.keyboard.press('Tab');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText('elle fait 90 %');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText('Répartition enregistrée.');
  await expect(page.getByText('1 sur 2', { exact: true }).first()).toBeVisible();
});
