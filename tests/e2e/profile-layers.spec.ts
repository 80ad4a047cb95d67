// The profile in layers: a summary card that fits a phone screen, each chart with its table folded (and
// unfolded in print), values read in the scales' words, and a printed profile that fits A4 with the
// bilan's name on every page. The bilan is imported from a backup file, answered in full.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pdfPageTexts } from './pdfText';
import { backupFile, ID, NAME } from './profileFixture';

async function importBilan(page: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'profile-layers-'));
  const file = join(dir, 'sauvegarde.json');
  writeFileSync(file, backupFile());
  await page.goto('/donnees');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await page.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(file);
  await page
    .getByRole('region', { name: 'Contenu de « sauvegarde.json »' })
    .getByRole('button', { name: 'Importer' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé' })).toBeVisible();
  await page.goto(`/bilans/${ID}/profil`);
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  // The title is in the page's HTML; the profile shows once the bilan is read.
  await expect(page.getByRole('heading', { level: 2, name: 'En bref' })).toBeVisible();
}

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the summary card comes first and fits one screen', async ({ page }) => {
    await importBilan(page);
    const card = page.getByRole('region', { name: 'En bref' });
    await expect(card).toBeVisible();
    // It comes before the portrait and every section.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toBe('En bref');
    await card.scrollIntoViewIfNeeded();
    const box = await card.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height).toBeLessThanOrEqual(844);
    await expect(card).toBeInViewport({ ratio: 0.99 });
    // Three of each, and a way to see them all.
    for (const title of ["Mes points d'appui", "Demandé, pas encore à l'aise", "À l'aise, peu demandé"]) {
      const group = card
        .locator('.summary-group')
        .filter({ has: page.getByRole('heading', { name: title }) });
      await expect(group.getByRole('listitem')).toHaveCount(3);
    }
    await expect(card.getByRole('link', { name: /^Voir les \d+$/ }).first()).toBeVisible();
    // « Mes points d'appui » lists the strongest five; the others are folded.
    const strengths = page.getByRole('region', { name: "Mes points d'appui" });
    await expect(strengths.getByRole('listitem').filter({ visible: true })).toHaveCount(5);
    await expect(strengths.getByText(/^Voir les \d+ autres points d'appui$/)).toBeVisible();
  });

  test('the heat map says it scrolls sideways, and no chart label is cut', async ({ page }) => {
    await importBilan(page);
    const heat = page.getByRole('region', {
      name: "Aisance moyenne par macro-compétence et modalité d'intervention, défile sur le côté",
    });
    await heat.scrollIntoViewIfNeeded();
    await expect(heat).toBeVisible();
    await expect(heat.locator('xpath=preceding-sibling::p[1]')).toHaveText(
      "↔ Le tableau est plus large que l'écran : faites-le défiler sur le côté.",
    );
    // The acrobat's radar is wide enough, and its labels stay inside it and are 14 px or more.
    const radar = page.getByRole('img', {
      name: "Fréquence moyenne des pratiques, par direction de l'acrobate",
    });
    await radar.scrollIntoViewIfNeeded();
    const svg = radar.locator('svg.recharts-surface');
    await expect(svg).toBeVisible();
    const frame = (await svg.boundingBox())!;
    expect(frame.width).toBeGreaterThanOrEqual(320);
    const labels = radar.locator('.recharts-polar-angle-axis text');
    await expect(labels).toHaveCount(6);
    for (const label of await labels.all()) {
      const b = (await label.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(Number(await label.getAttribute('font-size'))).toBeGreaterThanOrEqual(14);
    }
  });
});

test('each chart shows its summary with its table folded; values read in the scales’ words', async ({
  page,
}) => {
  await importBilan(page);
  const quadrant = page.getByRole('region', { name: 'Ce que le poste demande × ce que je maîtrise' });
  await expect(quadrant.getByRole('heading', { name: /^Demandé et maîtrisé \(\d+\)$/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Aisance et mobilisation de chaque compétence notée' });
  // Present, folded: hidden until its summary is opened.
  await expect(
    page.getByRole('table', {
      name: 'Aisance et mobilisation de chaque compétence notée',
      includeHidden: true,
    }),
  ).toBeAttached();
  await expect(table).toBeHidden();
  await quadrant.getByText('Voir les données du graphique').click();
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /^Négociation/ })).toContainText('(');

  // No « x / 4 » and no « la plus affirmée » where the page reads to the person (tables folded).
  const readable = await page.locator('main').evaluate((main) => {
    const clone = main.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('details').forEach((d) => d.remove());
    return clone.innerText;
  });
  expect(readable).not.toMatch(/\d\s*\/\s*4\b/);
  expect(readable).not.toMatch(/sur 4\b/);
  expect(readable).not.toContain('affirmée');
  expect(readable).toContain("Là où vous êtes le plus à l'aise");

  // Where both appear, the posture chosen in situations and the acrobat's direction are told apart.
  await expect(
    page.getByText(/La posture de prédilection dit ce que vous choisissez face à des situations précises/),
  ).toBeVisible();
});

test('printed: tables unfolded, no chart wider than the page, the bilan name on every A4 page', async ({
  page,
}) => {
  await importBilan(page);
  const details = page.locator('details.chart-data');
  expect(await details.count()).toBeGreaterThan(5);
  await page.emulateMedia({ media: 'print' });
  // Every folded table is open for the print.
  await expect(
    page.getByRole('table', { name: 'Aisance et mobilisation de chaque compétence notée' }),
  ).toBeVisible();
  await expect(page.locator('details.chart-data:not([open])')).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: "Fréquence moyenne des pratiques, par direction de l'acrobate" }),
  ).toBeVisible();

  // An A4 page less its 14 mm margins is 182 mm, 688 CSS px: every chart fits inside.
  await page.setViewportSize({ width: 688, height: 1000 });
  const charts = page.locator('.chart-area .recharts-wrapper > svg.recharts-surface');
  await expect(charts.first()).toBeVisible();
  const widths = await charts.evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right));
  expect(widths.length).toBeGreaterThan(3);
  for (const right of widths) expect(right).toBeLessThanOrEqual(688 + 0.5);

  // Every printed page carries the bilan's name: an `@page` margin box, in force while the profile shows.
  const runningHeads = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
  );
  expect(
    runningHeads.some((rule) => rule.includes('@top-center') && rule.includes(`Mon profil — ${NAME}`)),
  ).toBe(true);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPageTexts(pdf);
  expect(pages.length).toBeGreaterThan(3);
  for (const text of pages) expect(text).toContain(`Mon profil — ${NAME}`);
});
