// Page model for the end-to-end specs: what a person does, by roles, labels and visible French text.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const MACROS_FR = [
  'Stratégie',
  'Production de connaissances sur le territoire',
  'Aide à la décision',
  'Ingénierie et conduite de projet',
  'Animation',
] as const;

/** Creates a bilan from the home page and lands on its own page; returns that page's URL. */
export async function createBilan(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Commencer un nouveau bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
  return page.url();
}

/** Creates a bilan and opens the first page of its competency grid. */
export async function startAssessment(page: Page): Promise<void> {
  await createBilan(page);
  await page.getByRole('link', { name: 'Commencer « Grille de compétences »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stratégie' })).toBeVisible();
}

/**
 * Opens grid pages whole (every competence of the page at once) instead of one competence at a time,
 * as a person who chose « Voir toute la page » before: the choice is remembered on the device.
 */
export async function preferWholePage(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('qdee.gridView', 'page'));
}

/**
 * Switches the page shown (a grid page, the acrobat's or the strategist's) to the whole page, if it
 * shows one question at a time.
 */
export async function showWholePage(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Voir toute la page' });
  const single = page.getByRole('button', { name: /^Une (compétence|pratique) à la fois$/ });
  await expect(button.or(single)).toBeVisible();
  if (await button.isVisible()) await button.click();
}

export function competencies(page: Page): Locator {
  return page.getByRole('article');
}

/**
 * The current questionnaire page's competences, once they are all there: they arrive one per frame,
 * the list being `aria-busy` until the last.
 */
export async function allCompetencies(page: Page): Promise<Locator> {
  const items = competencies(page);
  await items.first().waitFor();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  return items;
}

export interface PageAnswers {
  aisance: string;
  mobilisation: string;
  acquisition?: string;
  envie?: boolean;
}

/** Answers every competence of the current questionnaire page the same way. */
export async function answerCurrentPage(page: Page, answers: PageAnswers): Promise<number> {
  await showWholePage(page);
  // The page's title shows first; its competences once the answers are read.
  const items = await allCompetencies(page);
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    await item
      .getByRole('group', { name: /^Aisance/ })
      .getByRole('radio', { name: answers.aisance, exact: true })
      .check();
    await item
      .getByRole('group', { name: /^Mobilisation/ })
      .getByRole('radio', { name: answers.mobilisation, exact: true })
      .check();
    if (answers.acquisition) {
      await item
        .getByRole('group', { name: /^Acquisition/ })
        .getByRole('radio', { name: answers.acquisition, exact: true })
        .check();
    }
    if (answers.envie) await item.getByRole('checkbox', { name: "J'ai envie de la développer" }).check();
  }
  return count;
}

export async function nextPage(page: Page, heading: string): Promise<void> {
  await page.getByRole('link', { name: 'Page suivante' }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

export function progressText(page: Page, answered: number): Locator {
  return page.getByText(`${answered} compétences renseignées sur 32`).first();
}

/** The « Vers l'extérieur » option of each of the five situations that offer it. */
const EXTERIEUR =
  /^(Je sollicite la CAF|Je propose des temps d'échange|Je recense les acteur·rice·s du réemploi|Je m'appuie sur les réseaux de l'État|Je vais au-devant des partenaires)/;

/**
 * On the situations page: « Vers l'extérieur » wherever it is offered, the first option shown elsewhere
 * (the order is drawn per bilan); each move said to be `fit`, when given. Waits until all nine are stored.
 */
export async function chooseOutwards(
  page: Page,
  fit?: 'Mon réflexe habituel' | 'Ce que cette situation demande',
) {
  const moves = page.getByRole('group', { name: 'Par où commenceriez-vous ?' });
  await expect(moves).toHaveCount(9);
  for (let i = 0; i < 9; i++) {
    const outward = moves.nth(i).getByRole('radio', { name: EXTERIEUR });
    if ((await outward.count()) > 0) await outward.check();
    else await moves.nth(i).getByRole('radio').first().check();
    if (fit !== undefined)
      await page
        .getByRole('group', { name: "Ce choix, c'est plutôt…" })
        .nth(i)
        .getByRole('radio', { name: fit })
        .check();
  }
  await expect(page.getByText('9 sur 9', { exact: true }).first()).toBeVisible();
  if (fit !== undefined) {
    // The fits are not counted in the progress: read them back from storage, leaving the page and
    // coming back within the app (a reload could cut the last answer's write short).
    await expect(async () => {
      await page.getByRole('link', { name: 'Mes bilans', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mes bilans' })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('radio', { name: fit, checked: true })).toHaveCount(9, { timeout: 2000 });
    }).toPass();
  }
}

/** Opens every chart's folded table in `scope`, as a reader clicking « Voir les données du graphique ». */
export async function unfoldChartData(scope: Page | Locator): Promise<void> {
  const summaries = scope.getByText('Voir les données du graphique', { exact: true });
  // The page's content shows once its data is read: its charts are there once the first one is.
  await expect(summaries.first()).toBeVisible();
  for (const summary of await summaries.all()) await summary.click();
}

/** No axe violation (WCAG 2.1 A and AA) on the page as it is, every chart drawn first. */
export async function expectNoViolations(page: Page, where: string) {
  // Charts are drawn as they come near the screen: bring each one there, so axe checks them too.
  // A page may still be adding charts as its data comes: count again until every one is drawn.
  await expect(async () => {
    const areas = await page.locator('.chart-area').all();
    for (const area of areas) await area.scrollIntoViewIfNeeded();
    await expect(page.locator('.chart-area .recharts-wrapper')).toHaveCount(areas.length, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** How many rows `store` holds, read by a connection of its own, as another tab would. */
export function storedCount(page: Page, store: string): Promise<number> {
  return page.evaluate(
    ([name, table]) =>
      new Promise<number>((counted, failed) => {
        const request = indexedDB.open(name);
        request.onerror = () => failed(request.error);
        request.onsuccess = () => {
          const connection = request.result;
          const count = connection.transaction(table).objectStore(table).count();
          count.onsuccess = () => {
            connection.close();
            counted(count.result);
          };
          count.onerror = () => failed(count.error);
        };
      }),
    ['quel-developpeur-euse', store] as const,
  );
}
