// The visual system in use: a compact phone header with a « Menu » disclosure, notices that leave every
// control reachable, the bilan page's actions in the order of what to do next, a working-time split kept
// as typed across navigation, and « Annuler » after « Effacer mes réponses ».
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allCompetencies, createBilan, startAssessment } from './app';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const OFFLINE_READY = "L'application fonctionne maintenant hors connexion.";

async function appReady(page: Page) {
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
}

/** The filled (primary) look of a button link: the accent background. */
async function isFilled(link: Locator): Promise<boolean> {
  return link.evaluate((el) => {
    const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
    const probe = document.createElement('span');
    probe.style.color = accent;
    document.body.append(probe);
    const accentRgb = getComputedStyle(probe).color;
    probe.remove();
    return getComputedStyle(el).backgroundColor === accentRgb;
  });
}

/** Whether `a` comes before `b` in the page. */
async function precedes(a: Locator, b: Locator): Promise<boolean> {
  const other = await b.elementHandle();
  return a.evaluate(
    (el, o) => Boolean(el.compareDocumentPosition(o!) & Node.DOCUMENT_POSITION_FOLLOWING),
    other,
  );
}

/**
 * Every button and link of the page's main content can be clicked where it is (Playwright's hit test,
 * no force), and once scrolled to the middle of the screen it is the element found at its centre.
 */
async function expectEveryControlReachable(page: Page, notice: Locator) {
  const controls = page.getByRole('main').locator('button:visible, a:visible, input:visible, select:visible');
  const count = await controls.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    await control.click({ trial: true, timeout: 3_000 });
    const hit = await control.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const found = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return found !== null && (el === found || el.contains(found) || found.contains(el));
    });
    expect(hit, await control.evaluate((el) => el.outerHTML.slice(0, 120))).toBe(true);
  }
  // At the end of the page the notice has its own room: it covers none of the last controls.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const box = (await notice.boundingBox())!;
  const overlapping = await controls.evaluateAll(
    (els, n) =>
      els.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > n.y && r.top < n.y + n.height && r.right > n.x && r.left < n.x + n.width;
      }).length,
    box,
  );
  expect(overlapping).toBe(0);
  await expect(notice).toBeVisible();
}

test.describe('on a 390 × 844 phone', () => {
  test.use(PHONE);

  test('the header is one short line; the navigation opens from « Menu » by touch', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    const header = page.getByRole('banner');
    const height = (await header.boundingBox())!.height;
    expect(height).toBeLessThanOrEqual(844 * 0.1);
    // The title on one line, named in full.
    const title = page.getByRole('link', { name: 'Quel·le développeur·euse êtes-vous ?' });
    // What shows is the short form (innerText leaves out what is not displayed).
    expect(await title.innerText()).toBe('Quel·le développeur·euse ?');
    expect((await title.boundingBox())!.height).toBeLessThanOrEqual(44);

    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Ateliers' })).toBeHidden();
    await menu.tap();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const controlled = await menu.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controlled}"]`)).toBeVisible();
    // Touch targets of the navigation: at least 44 px high.
    for (const link of await nav.getByRole('link').all())
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await nav.getByRole('link', { name: 'Ateliers' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes ateliers' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Ateliers' })).toBeHidden();

    // A tap elsewhere closes it too.
    await menu.tap();
    await expect(nav.getByRole('link', { name: 'Groupes' })).toBeVisible();
    await page.touchscreen.tap(195, 780);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('the menu works by keyboard: Enter opens, Tab enters, Escape closes and returns the focus', async ({
    page,
  }) => {
    await page.goto('/');
    await appReady(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Mes bilans' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Groupes' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(page.getByRole('link', { name: 'Groupes' })).toBeHidden();
    await page.keyboard.press('Space');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Mes groupes' })).toBeVisible();
  });

  test('with the offline notice shown, every control of a bilan page and of /ateliers is reachable', async ({
    page,
  }) => {
    await createBilan(page);
    const notice = page.getByText(OFFLINE_READY).locator('..');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    // Small: well under the sixth of the screen it used to take.
    expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(844 * 0.1);
    await expectEveryControlReachable(page, notice);

    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('link', { name: 'Ateliers' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes ateliers' })).toBeVisible();
    await expect(notice).toBeVisible();
    await expectEveryControlReachable(page, notice);
    await page.getByRole('button', { name: "Créer l'atelier" }).tap();
  });
});

test.describe('on a laptop', () => {
  test('the whole navigation shows, with no menu button', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const name of ['Mes bilans', 'Groupes', 'Ateliers', 'Feuilles de route', 'Mes données', 'À propos'])
      await expect(nav.getByRole('link', { name })).toBeVisible();
    expect(await page.getByRole('link', { name: 'Quel·le développeur·euse êtes-vous ?' }).innerText()).toBe(
      'Quel·le développeur·euse êtes-vous ?',
    );
  });

  test('with the offline notice shown, every control of a bilan page and of /ateliers is reachable', async ({
    page,
  }) => {
    await createBilan(page);
    const notice = page.getByText(OFFLINE_READY).locator('..');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expectEveryControlReachable(page, notice);
    await page.getByRole('link', { name: 'Ateliers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes ateliers' })).toBeVisible();
    await expect(notice).toBeVisible();
    await expectEveryControlReachable(page, notice);
  });

  test('the bilan page leads with the questionnaires before any answer, with the profile once answered', async ({
    page,
  }) => {
    const bilan = await createBilan(page);
    const profile = page.getByRole('link', { name: 'Voir mon profil' });
    const share = page.getByRole('link', { name: 'Partager' });
    const firstStart = page.getByRole('link', { name: 'Commencer « Grille de compétences »' });
    expect(await precedes(firstStart, profile)).toBe(true);
    expect(
      await precedes(page.getByRole('link', { name: 'Commencer « Mon temps de travail »' }), profile),
    ).toBe(true);
    expect(await isFilled(profile)).toBe(false);
    expect(await isFilled(share)).toBe(false);
    expect(await isFilled(firstStart)).toBe(true);
    await expect(profile).toHaveAccessibleDescription(/prendront forme dès vos premières réponses/);
    await expect(page.getByText(/prendront forme dès vos premières réponses/)).toBeVisible();

    await firstStart.click();
    const first = (await allCompetencies(page)).first();
    await first
      .getByRole('group', { name: /^Aisance/ })
      .getByRole('radio', { name: 'Je maîtrise', exact: true })
      .check();
    await expect(page.getByText('1 compétence renseignée sur 32').first()).toBeVisible();

    await page.goto(bilan);
    await expect(page.getByText('1 réponse sur 77')).toBeVisible();
    expect(
      await precedes(profile, page.getByRole('link', { name: 'Continuer « Grille de compétences »' })),
    ).toBe(true);
    expect(await isFilled(profile)).toBe(true);
    expect(await isFilled(share)).toBe(false);
    await expect(page.getByText(/prendront forme dès vos premières réponses/)).toHaveCount(0);
  });

  test('a working-time split typed but not at 100 % survives leaving the page, and counts only once saved', async ({
    page,
  }) => {
    const bilan = await createBilan(page);
    await page.getByRole('link', { name: 'Commencer « Mon temps de travail »' }).click();
    const actual = page.getByRole('form', { name: "Mon temps tel qu'il est" });
    await actual.getByLabel('Management, encadrement').fill('30');
    await actual.getByLabel('Réunions avec les partenaires locaux').fill('15');
    await expect(actual.getByText('Total : 45 % — il manque 55 %.')).toBeVisible();
    await expect(actual.getByText(/^Brouillon conservé sur cet appareil/)).toBeVisible();

    // Away through the app, and back.
    await page.getByRole('link', { name: /^Bilan du / }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
    // Not an answer yet.
    await expect(page.getByText('0 réponse sur 77')).toBeVisible();
    await page.getByRole('link', { name: 'Commencer « Mon temps de travail »' }).click();
    await expect(actual.getByLabel('Management, encadrement')).toHaveValue('30');
    await expect(actual.getByLabel('Réunions avec les partenaires locaux')).toHaveValue('15');
    await expect(actual.getByText('Total : 45 % — il manque 55 %.')).toBeVisible();

    // Across a reload too, then completed and saved: an answer, no draft left.
    await page.reload();
    await expect(actual.getByLabel('Management, encadrement')).toHaveValue('30');
    await actual.getByLabel('Concertation avec les habitant·e·s').fill('55');
    await actual.getByRole('button', { name: 'Enregistrer mon temps actuel' }).click();
    await expect(actual.getByRole('status')).toHaveText('Répartition enregistrée.');
    await expect(actual.getByText(/^Brouillon conservé/)).toHaveCount(0);
    await page.goto(bilan);
    await expect(page.getByText('1 réponse sur 77')).toBeVisible();
    await page.getByRole('link', { name: 'Continuer « Mon temps de travail »' }).click();
    await expect(actual.getByLabel('Concertation avec les habitant·e·s')).toHaveValue('55');
    await expect(actual.getByText(/^Brouillon conservé/)).toHaveCount(0);
  });

  test('« Effacer mes réponses » can be undone with « Annuler », by keyboard, and the answers come back stored', async ({
    page,
  }) => {
    await startAssessment(page);
    const first = (await allCompetencies(page)).first();
    const ease = first
      .getByRole('group', { name: /^Aisance/ })
      .getByRole('radio', { name: 'Je maîtrise', exact: true });
    const often = first
      .getByRole('group', { name: /^Mobilisation/ })
      .getByRole('radio', { name: 'Souvent', exact: true });
    await ease.check();
    await often.check();
    await first.getByLabel('Mon contexte (facultatif)').fill('Quartier prioritaire');
    await expect(page.getByText('1 compétence renseignée sur 32').first()).toBeVisible();

    const clear = first.getByRole('button', { name: /^Effacer mes réponses pour/ });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect(first.getByText('Réponses effacées.')).toBeVisible();
    await expect(ease).not.toBeChecked();
    await expect(page.getByText('0 compétence renseignée sur 32').first()).toBeVisible();
    // Announced: the notice is inside a polite live region.
    await expect(first.locator('[aria-live="polite"]').getByText('Réponses effacées.')).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(first.getByRole('button', { name: /^Annuler l'effacement/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ease).toBeChecked();
    await expect(often).toBeChecked();
    await expect(first.getByLabel('Mon contexte (facultatif)')).toHaveValue('Quartier prioritaire');
    await expect(first.getByText('Réponses effacées.')).toHaveCount(0);
    await expect(clear).toBeFocused();
    await expect(page.getByText('1 compétence renseignée sur 32').first()).toBeVisible();

    await page.reload();
    const again = (await allCompetencies(page)).first();
    await expect(
      again.getByRole('group', { name: /^Aisance/ }).getByRole('radio', { name: 'Je maîtrise', exact: true }),
    ).toBeChecked();
    await expect(again.getByLabel('Mon contexte (facultatif)')).toHaveValue('Quartier prioritaire');
  });
});
