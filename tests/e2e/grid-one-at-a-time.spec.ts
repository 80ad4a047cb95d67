// The grid one competence at a time: by touch on a phone, by keyboard (keys 1–4 and arrows), and a new
// bilan started from the previous one, its answers « à confirmer » until touched.
import { expect, test, type Page } from '@playwright/test';
import { startAssessment } from './app';

const card = (page: Page) => page.getByRole('article');
const scale = (page: Page, name: RegExp) => card(page).getByRole('group', { name });

test.describe('on a 390 × 844 phone, by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('answers a competence in three taps, moves on by itself, and keeps progress in view', async ({
    page,
  }) => {
    await startAssessment(page);
    await expect(card(page)).toHaveCount(1);
    await expect(card(page).getByRole('heading', { level: 2, name: 'Médiation' })).toBeVisible();
    await scale(page, /^Aisance/)
      .getByRole('radio', { name: 'Je maîtrise', exact: true })
      .tap();
    await scale(page, /^Mobilisation/)
      .getByRole('radio', { name: 'Souvent', exact: true })
      .tap();
    await scale(page, /^Acquisition/)
      .getByRole('radio', { name: 'Sur le terrain', exact: true })
      .tap();

    const next = card(page).getByRole('heading', { level: 2, name: 'Négociation' });
    await expect(next).toBeFocused();
    await expect(page.getByText('Compétence 2 sur 32', { exact: true })).toBeVisible();
    // Name, statement and the three scales in view, under the progress that stays at the top.
    const progress = page.getByText('1 / 32', { exact: true });
    await expect(progress).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'Pages de la grille' })).toBeInViewport();
    await expect(next).toBeInViewport();
    await expect(card(page).getByText(/^Je sais conduire une négociation/)).toBeInViewport();
    await expect(scale(page, /^Acquisition/)).toBeInViewport();

    // The meanings of the levels, on demand.
    await expect(page.getByText('Je la mets en œuvre seul·e, dans des situations variées.')).toBeHidden();
    await scale(page, /^Aisance/)
      .locator('summary')
      .tap();
    await expect(page.getByText('Je la mets en œuvre seul·e, dans des situations variées.')).toBeVisible();

    // « Précédente » goes back: the chosen levels show as chosen.
    await page.getByRole('button', { name: 'Précédente' }).tap();
    await expect(card(page).getByRole('heading', { level: 2, name: 'Médiation' })).toBeFocused();
    await expect(
      scale(page, /^Aisance/).getByRole('radio', { name: 'Je maîtrise', exact: true }),
    ).toBeChecked();
    const chosen = scale(page, /^Aisance/).locator('label', { hasText: 'Je maîtrise' });
    const plain = scale(page, /^Aisance/).locator('label', { hasText: 'Je découvre' });
    const background = (l: typeof chosen) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(chosen)).not.toBe(await background(plain));

    // The whole page is still there for those who prefer it, and the choice is remembered.
    await page.getByRole('button', { name: 'Voir toute la page' }).tap();
    await expect(card(page)).toHaveCount(8);
    await page.reload();
    await expect(card(page)).toHaveCount(8);
    await expect(page.getByRole('button', { name: 'Une compétence à la fois' })).toBeVisible();
  });
});

test('keyboard: keys 1–4 answer the focused scale and move on; arrows choose without moving on', async ({
  page,
}) => {
  await startAssessment(page);
  const first = card(page);
  await first.getByRole('radio', { name: 'Je découvre', exact: true }).focus();
  await page.keyboard.press('3');
  await expect(first.getByRole('radio', { name: 'Je maîtrise', exact: true })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'Jamais', exact: true })).toBeFocused();
  await page.keyboard.press('4');
  await expect(first.getByRole('radio', { name: 'Au cœur de mon poste', exact: true })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'En formation', exact: true })).toBeFocused();
  await page.keyboard.press('2');
  // After the third scale: the next competence, its heading focused and announced.
  await expect(card(page).getByRole('heading', { level: 2, name: 'Négociation' })).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Compétence 2 sur 32 : Négociation' }),
  ).toBeAttached();
  await expect(page.getByText('1 / 32', { exact: true })).toBeVisible();

  // Arrow keys move inside a group, and never move on by themselves.
  const aisance = scale(page, /^Aisance/);
  await aisance.getByRole('radio', { name: 'Je découvre', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(aisance.getByRole('radio', { name: 'Je pratique avec appui', exact: true })).toBeChecked();
  await scale(page, /^Mobilisation/)
    .getByRole('radio', { name: 'Jamais', exact: true })
    .focus();
  await page.keyboard.press('Space');
  // The third scale chosen with an arrow: the answer is taken, the competence stays.
  await scale(page, /^Acquisition/)
    .getByRole('radio', { name: 'En formation', exact: true })
    .focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    scale(page, /^Acquisition/).getByRole('radio', { name: 'Sur le terrain', exact: true }),
  ).toBeChecked();
  await page.waitForTimeout(600);
  await expect(card(page).getByRole('heading', { level: 2, name: 'Négociation' })).toBeVisible();

  // « Précédente » by keyboard, back to the first one with its answers (2 on acquisition: its second level).
  await page.getByRole('button', { name: 'Précédente' }).focus();
  await page.keyboard.press('Enter');
  await expect(card(page).getByRole('heading', { level: 2, name: 'Médiation' })).toBeFocused();
  await expect(card(page).getByRole('radio', { name: 'Je maîtrise', exact: true })).toBeChecked();
  await expect(card(page).getByRole('radio', { name: 'Sur le terrain', exact: true })).toBeChecked();
});

test('a new bilan starts from the previous one: answers « à confirmer » until touched, kept on reload', async ({
  page,
}) => {
  await startAssessment(page);
  await scale(page, /^Aisance/)
    .getByRole('radio', { name: 'Je maîtrise', exact: true })
    .check();
  await scale(page, /^Mobilisation/)
    .getByRole('radio', { name: 'Souvent', exact: true })
    .check();
  await scale(page, /^Acquisition/)
    .getByRole('radio', { name: 'Sur le terrain', exact: true })
    .check();
  await expect(card(page).getByRole('heading', { level: 2, name: 'Négociation' })).toBeVisible();
  await scale(page, /^Aisance/)
    .getByRole('radio', { name: 'Je découvre', exact: true })
    .check();

  await page.goto('/');
  const restart = page.getByRole('button', { name: /^Partir de mon bilan du \d/ });
  await expect(restart).toBeVisible();
  await restart.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
  // The bilan page's grid card says how many copied answers wait to be confirmed.
  await expect(
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Grille de compétences' }) }),
  ).toContainText('2 sur 32 dont 2 à confirmer');
  await page.getByRole('link', { name: /« Grille de compétences »/ }).click();

  // The copied answers count in progress, and are said « à confirmer ».
  await expect(page.getByText('2 / 32', { exact: true })).toBeVisible();
  await expect(page.getByText('dont 2 à confirmer')).toBeVisible();
  await expect(card(page).getByText('À confirmer')).toBeVisible();
  await expect(
    scale(page, /^Aisance/).getByRole('radio', { name: 'Je maîtrise', exact: true }),
  ).toBeChecked();

  await page.reload();
  await expect(page.getByText('dont 2 à confirmer')).toBeVisible();
  await expect(card(page).getByText('À confirmer')).toBeVisible();

  // Confirming the first one moves on; changing the second one confirms it too.
  await page.getByRole('button', { name: "C'est toujours vrai" }).click();
  await expect(card(page).getByRole('heading', { level: 2, name: 'Négociation' })).toBeVisible();
  await expect(page.getByText('dont 1 à confirmer')).toBeVisible();
  await scale(page, /^Aisance/)
    .getByRole('radio', { name: 'Je pratique avec appui', exact: true })
    .check();
  await expect(page.getByText(/à confirmer/)).toHaveCount(0);
  await expect(page.getByText('2 / 32', { exact: true })).toBeVisible();

  // The previous bilan is left as it was.
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Vos bilans' }).getByRole('listitem')).toHaveCount(2);
});
