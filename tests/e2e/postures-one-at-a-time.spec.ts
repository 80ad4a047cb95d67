// The acrobat and the strategist one practice at a time, as the grid: by touch on a phone and by
// keyboard (keys 1–5), the way back, the progress kept in view, and the whole page still there.
import { expect, test, type Page } from '@playwright/test';
import { createBilan } from './app';

const FIRST = /^Je prépare pour les élu·e·s des notes/;
const SECOND = /^Je m'assure d'avoir l'appui de ma hiérarchie/;
const question = (page: Page, name: RegExp) => page.getByRole('heading', { level: 2, name });
const group = (page: Page, name: RegExp) => page.getByRole('group', { name });

async function openAcrobat(page: Page) {
  const bilan = await createBilan(page);
  await page.getByRole('link', { name: "Commencer « L'acrobate : mes zones de vigilance »" }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: "L'acrobate : mes zones de vigilance" }),
  ).toBeVisible();
  return bilan;
}

test.describe('on a 390 × 844 phone, by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('one tap answers a practice and brings the next, with the progress in view', async ({ page }) => {
    await openAcrobat(page);
    await expect(page.getByRole('group')).toHaveCount(1);
    await expect(page.getByText('Pratique 1 sur 16', { exact: true })).toBeVisible();
    await group(page, FIRST).getByRole('radio', { name: 'Souvent', exact: true }).tap();

    // The next practice, its heading focused and announced; the progress stays at the top.
    await expect(question(page, SECOND)).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: /^Pratique 2 sur 16 : Je m'assure/ }),
    ).toBeAttached();
    await expect(page.getByText('1 / 16', { exact: true })).toBeInViewport();
    await expect(
      group(page, SECOND).getByRole('radio', { name: 'Très souvent', exact: true }),
    ).toBeInViewport();
    await expect(page.getByRole('group')).toHaveCount(1);

    // « Précédente » goes back, the answer shown as chosen; « Suivante » moves on without answering.
    await page.getByRole('button', { name: 'Précédente' }).tap();
    await expect(question(page, FIRST)).toBeFocused();
    await expect(group(page, FIRST).getByRole('radio', { name: 'Souvent', exact: true })).toBeChecked();
    await page.getByRole('button', { name: 'Suivante' }).tap();
    await expect(question(page, SECOND)).toBeFocused();
    await expect(page.getByText('1 / 16', { exact: true })).toBeVisible();

    // Reopened, it starts on the first practice still to answer.
    await page.reload();
    await expect(question(page, SECOND)).toBeVisible();

    // The whole page is still there, and the choice is remembered (the grid's too).
    await page.getByRole('button', { name: 'Voir toute la page' }).tap();
    await expect(page.getByRole('group')).toHaveCount(16);
    await page.reload();
    await expect(page.getByRole('group')).toHaveCount(16);
    await expect(page.getByRole('button', { name: 'Une pratique à la fois' })).toBeVisible();
  });
});

test('keyboard: number keys answer from the heading and move on; arrows choose without moving on', async ({
  page,
}) => {
  const bilan = await openAcrobat(page);
  await question(page, FIRST).focus();
  await page.keyboard.press('4');
  await expect(question(page, SECOND)).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { level: 2, name: /^Je rends compte régulièrement/ })).toBeFocused();
  await expect(page.getByText('2 / 16', { exact: true })).toBeVisible();

  // Back: the answers given by key are there.
  await page.getByRole('button', { name: 'Précédente' }).click();
  await expect(group(page, SECOND).getByRole('radio', { name: 'Jamais', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Précédente' }).click();
  await expect(group(page, FIRST).getByRole('radio', { name: 'Souvent', exact: true })).toBeChecked();

  // An arrow changes the answer and stays on the practice.
  await group(page, FIRST).getByRole('radio', { name: 'Souvent', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(group(page, FIRST).getByRole('radio', { name: 'Très souvent', exact: true })).toBeChecked();
  await page.waitForTimeout(600);
  await expect(question(page, FIRST)).toBeVisible();

  // The strategist follows the same pattern; after its last practice, the note takes the focus.
  await page.goto(`${bilan}/stratege`);
  const groups = page.getByRole('group');
  await expect(groups).toHaveCount(1);
  const total = Number((await page.getByText(/^Pratique 1 sur \d+$/).textContent())?.match(/\d+$/)?.[0]);
  await groups.getByRole('heading', { level: 2 }).focus();
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Pratique ${i + 1} sur ${total}`, { exact: true })).toBeVisible();
    // Each practice's heading takes the focus as it comes: the keys answer from there.
    await expect(groups.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('5');
  }
  await expect(
    page.getByRole('heading', { level: 2, name: "Qu'est-ce que j'apprends sur moi ?" }),
  ).toBeFocused();
  await expect(page.getByText(`${total} / ${total}`, { exact: true })).toBeVisible();
});
