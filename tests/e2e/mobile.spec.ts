// A 360 px wide phone: every page fits the width and a competence is answered by touch.
import { expect, test, type Page } from '@playwright/test';
import { startAssessment } from './app';

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('on a 360 px phone the questionnaire and the profile fit and answer by touch', async ({ page }) => {
  await startAssessment(page);
  await expectNoHorizontalScroll(page);

  const first = page.getByRole('article').first();
  await first.getByRole('radio', { name: 'Je peux transmettre', exact: true }).tap();
  await first.getByRole('radio', { name: 'Au cœur de mon poste', exact: true }).tap();
  await expect(first.getByRole('radio', { name: 'Je peux transmettre', exact: true })).toBeChecked();
  await expect(page.getByText('1 compétence renseignée sur 32').first()).toBeVisible();

  // Touch targets of the answers are at least 24 px high (WCAG 2.2 target size, minimum).
  const box = await first.getByRole('radio', { name: 'Je peux transmettre', exact: true }).boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);

  await page.goto(page.url().replace(/grille\/.*/, 'profil'));
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Ce que le poste demande × ce que je maîtrise' }),
  ).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto('/');
  await expectNoHorizontalScroll(page);
  await page.goto('/a-propos');
  await expectNoHorizontalScroll(page);
});
