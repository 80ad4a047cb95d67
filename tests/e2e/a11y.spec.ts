// axe-core (WCAG 2.1 A and AA) on every route, in French and in English, with real content on screen;
// and no route shows a raw translation key (each page's wording loads with it).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerCurrentPage, expectNoViolations, startAssessment } from './app';

// Every top-level key of every bundle: text such as « share.title » on screen is wording that did not load.
const LOCALES = 'src/i18n/locales/fr';
const TOP_KEYS = readdirSync(LOCALES).flatMap((file) =>
  Object.keys(JSON.parse(readFileSync(`${LOCALES}/${file}`, 'utf8')) as object),
);
const RAW_KEY = new RegExp(`\\b(?:${TOP_KEYS.join('|')})\\.[a-zA-Z]+`);

async function expectNoRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_KEY)?.[0], `untranslated key on ${where}`).toBeUndefined();
}

/** A bilan with some answers (so that charts show), in the language tested. */
async function answeredBilan(page: Page, lng: 'fr' | 'en') {
  await startAssessment(page);
  return answerAndSwitch(page, lng);
}

/** Answers the grid page shown and some posture questions, then switches to the language tested. */
async function answerAndSwitch(page: Page, lng: 'fr' | 'en') {
  await answerCurrentPage(page, {
    aisance: 'Je maîtrise',
    mobilisation: 'Souvent',
    acquisition: 'Les deux',
    envie: true,
  });
  const questionnaire = page.url();
  const bilan = questionnaire.replace(/\/grille\/.*/, '');
  await page.goto(`${bilan}/acrobate`);
  for (const group of await page.getByRole('group').all()) await group.getByRole('radio').nth(3).check();
  await page.goto(`${bilan}/situations`);
  for (const group of await page.getByRole('group').all()) await group.getByRole('radio').first().check();
  if (lng === 'en') {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  return { bilan, questionnaire };
}

async function expectRoutesClean(page: Page, urls: readonly string[], lng: string) {
  for (const url of urls) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, `${url} (${lng})`);
    await expectNoRawKeys(page, `${url} (${lng})`);
  }
}

// Each language in three parts, so that each part's pages get their own time.
for (const lng of ['fr', 'en'] as const) {
  test.describe(`no axe violation (${lng})`, () => {
    // A dozen pages each, analysed by axe: longer than a journey.
    test.describe.configure({ timeout: 240_000 });

    test(`the grid one competence at a time, a bilan and its questionnaires and profile (${lng})`, async ({
      page,
    }) => {
      await startAssessment(page);
      // The grid one competence at a time (the default), with a level's meanings open.
      await page.getByRole('article').locator('summary').last().click();
      await expectNoViolations(page, `grid, one competence at a time (${lng})`);
      const { bilan, questionnaire } = await answerAndSwitch(page, lng);
      const postures = ['acrobate', 'stratege', 'situations', 'tensions', 'temps', 'savoir-etre'].map(
        (p) => `${bilan}/${p}`,
      );
      await expectRoutesClean(page, ['/', bilan, questionnaire, ...postures, `${bilan}/profil`], lng);
    });

    test(`every other page (${lng})`, async ({ page }) => {
      const { bilan } = await answeredBilan(page, lng);
      await expectRoutesClean(
        page,
        [
          `${bilan}/plan`,
          `${bilan}/partager`,
          '/comparer',
          '/donnees',
          '/feuilles-de-route',
          '/recevoir',
          '/groupes',
          '/ateliers',
          '/ateliers/pro-action-cafe',
          '/atelier#i=abc',
          '/a-propos',
          '/accessibilite',
          '/nulle-part',
        ],
        lng,
      );
    });

    test(`a workshop, a group and a worksheet, filled (${lng})`, async ({ page }) => {
      await answeredBilan(page, lng);
      // A workshop: its join QR code and results.
      await page.goto('/ateliers');
      await page.getByRole('textbox').first().fill('Atelier a11y');
      await page.locator('form button[type=submit]').click();
      await expect(page.getByRole('img').first()).toBeVisible();
      await expectNoViolations(page, `workshop (${lng})`);
      // A group holding the person's own profile twice: members, side by side and the synthesis.
      await page.goto('/groupes');
      await page.getByRole('textbox').first().fill('Groupe a11y');
      await page.locator('form button[type=submit]').click();
      // The form to add one's own profile is folded, as are the charts' tables and the group's figures.
      const add = page.locator('details', {
        has: page.locator('summary', { hasText: /^(Ajouter mon propre profil|Add my own profile)/ }),
      });
      for (const alias of ['A', 'B']) {
        await add.locator('summary').click();
        await add.locator('select').selectOption({ index: 1 });
        await add.locator('input[type=text]').fill(alias);
        await add.locator('button[type=submit]').click();
        await expect(add.locator('[role=status]')).not.toBeEmpty();
        await add.locator('summary').click();
      }
      await expect(page.getByRole('table').first()).toBeVisible();
      await expectNoViolations(page, `group (${lng})`);
      // A worksheet, with its form.
      await page.goto('/feuilles-de-route');
      await page
        .getByRole('button')
        .filter({ hasText: /feuille de route|roadmap/i })
        .first()
        .click();
      await expect(page.getByRole('textbox').first()).toBeVisible();
      await expectNoViolations(page, `worksheet (${lng})`);
    });
  });
}

test('usable at 200 % zoom: pages reflow to 640 CSS pixels without scrolling sideways', async ({ page }) => {
  // 200 % zoom on a 1280-pixel-wide screen leaves 640 CSS pixels.
  await page.setViewportSize({ width: 640, height: 480 });
  await startAssessment(page);
  const questionnaire = page.url();
  const bilan = questionnaire.replace(/\/grille\/.*/, '');
  for (const url of [
    '/',
    bilan,
    questionnaire,
    `${bilan}/acrobate`,
    `${bilan}/temps`,
    `${bilan}/profil`,
    '/donnees',
  ]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  }
});
