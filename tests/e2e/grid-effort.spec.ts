// The grid's effort on a 390 × 844 phone, one competence at a time by touch: taps, screens of scrolling
// and whether each competence's name, statement and three scales fit in one viewport. Prints the figures
// and fails when a budget is missed (≤ 100 taps, ≤ 40 screens, every competence fits).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { COMPETENCIES } from '../../src/domain/content/grid';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

const BUDGET = { taps: 100, screens: 40 };

interface Fit {
  /** Name, statement and three scales are no taller than the screen below the sticky progress. */
  readonly fits: boolean;
  /** They are all in view, below the sticky progress, when the competence comes. */
  readonly inView: boolean;
  /** How far they go past it (negative: room left), in CSS pixels. */
  readonly over: number;
}

async function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const card = document.querySelector('article.competency');
    const heading = card?.querySelector('h2')?.getBoundingClientRect();
    const scales = card?.querySelector('.scales')?.getBoundingClientRect();
    const bar = document.querySelector('.grid-sticky')?.getBoundingClientRect();
    const sticky = bar?.height ?? 0;
    const stuckBottom = bar?.bottom ?? 0;
    if (!heading || !scales) return { fits: false, inView: false, over: Infinity };
    return {
      over: Math.round(scales.bottom - heading.top - (window.innerHeight - sticky)),
      fits: scales.bottom - heading.top <= window.innerHeight - sticky,
      inView: heading.top >= stuckBottom && scales.bottom <= window.innerHeight,
    };
  });
}

test('the whole grid on a phone: ≤ 100 taps, ≤ 40 screens of scrolling, each competence in one viewport', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Every scroll, by the page or by the person, counted as distance travelled.
  await page.addInitScript(() => {
    const w = window as { scrolled?: number };
    w.scrolled = 0;
    let last = 0;
    addEventListener('scroll', () => {
      w.scrolled = (w.scrolled ?? 0) + Math.abs(scrollY - last);
      last = scrollY;
    });
  });
  let taps = 0;
  // A finger's tap: when the target is out of sight (or under the sticky progress), the person first
  // scrolls just enough to see it, and that scroll is counted; Playwright's own scrolling is not used.
  // `advances`: the tap completes the competence, which gives way to the next one a moment later; what
  // the person then sees taken is the progress, checked by the caller.
  const tap = async (target: Locator, { advances = false } = {}) => {
    await target.waitFor();
    const box = async () => {
      const b = await target.boundingBox();
      if (!b) throw new Error('nothing to tap');
      return b;
    };
    let b = await box();
    const isRadio = await target.evaluate((el) => el.getAttribute('type') === 'radio');
    const top = await page.evaluate(
      () => document.querySelector('.grid-sticky')?.getBoundingClientRect().bottom ?? 0,
    );
    const height = page.viewportSize()?.height ?? 844;
    const by = b.y + b.height > height ? b.y + b.height - height + 16 : b.y < top ? b.y - top - 16 : 0;
    if (by !== 0) {
      await page.evaluate((dy) => window.scrollBy(0, dy), by);
      b = await box();
    }
    // Something over the target (the « works offline » notice) is closed first, with a tap of its own.
    const covered = await target.evaluate(
      (el, [x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return hit !== null && hit !== el && !el.contains(hit);
      },
      [b.x + b.width / 2, b.y + b.height / 2],
    );
    if (covered) {
      const close = page.getByRole('button', { name: 'Fermer' });
      await expect(close, 'the target is covered by something that cannot be closed').toBeVisible();
      const c = await close.boundingBox();
      if (c) await page.touchscreen.tap(c.x + c.width / 2, c.y + c.height / 2);
      taps++;
      await expect(close).toBeHidden();
      b = await box();
    }
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    taps++;
    // The person sees the answer taken before the next tap.
    if (isRadio && !advances) await expect(target, `tap ${taps} taken`).toBeChecked();
  };

  await page.goto('/');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await tap(page.getByRole('button', { name: 'Commencer un nouveau bilan' }));
  await tap(page.getByRole('link', { name: 'Commencer « Grille de compétences »' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Stratégie' })).toBeVisible();

  const fits: Fit[] = [];
  for (let i = 1; i <= COMPETENCIES.length; i++) {
    await expect(page.getByText(`Compétence ${i} sur 32`, { exact: true })).toBeVisible();
    const card = page.getByRole('article');
    await expect(card).toHaveCount(1);
    fits.push(await measureFit(page));
    await tap(
      card.getByRole('group', { name: /^Aisance/ }).getByRole('radio', { name: 'Je maîtrise', exact: true }),
    );
    await tap(
      card.getByRole('group', { name: /^Mobilisation/ }).getByRole('radio', { name: 'Souvent', exact: true }),
    );
    await tap(
      card.getByRole('group', { name: /^Acquisition/ }).getByRole('radio', { name: 'Les deux', exact: true }),
      { advances: true },
    );
    await expect(page.getByText(`${i} / 32`, { exact: true }), `competence ${i} taken`).toBeVisible();
  }
  await expect(page.getByText('32 / 32')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voir mon profil' })).toBeFocused();

  const scrolled = await page.evaluate(() => (window as { scrolled?: number }).scrolled ?? 0);
  const screens = scrolled / 844;
  const figures = {
    taps,
    screens: Math.round(screens * 10) / 10,
    fits: `${fits.filter((f) => f.fits).length} / ${fits.length}`,
    inView: `${fits.filter((f) => f.inView).length} / ${fits.length}`,
    tightest: Math.max(...fits.map((f) => f.over)),
  };
  console.log(`grid effort (390 × 844, one at a time, touch): ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: 'grid effort', description: JSON.stringify(figures) });

  expect(taps).toBeLessThanOrEqual(BUDGET.taps);
  expect(screens).toBeLessThanOrEqual(BUDGET.screens);
  expect(fits.every((f) => f.fits)).toBe(true);
});
