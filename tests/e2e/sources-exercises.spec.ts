// A trainer runs the Epstein exercise and a pro-action café on one of the cycle's real topics; the
// « À propos » page credits every author the content comes from.
import { expect, test } from '@playwright/test';

async function ready(page: import('@playwright/test').Page) {
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
}

test('a trainer runs the Epstein exercise from the workshops page, and the placement is kept', async ({
  page,
}) => {
  await page.goto('/ateliers');
  await ready(page);
  await page.getByRole('link', { name: 'Repères : Epstein et Muller, à projeter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Repères : Epstein et Muller' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Référentiel « politique de la ville » de Renaud Epstein' });
  await expect(table.getByRole('rowheader')).toHaveCount(4);
  await expect(table).toContainText('Quartier = solution (ressources potentielles)');

  await page.getByRole('button', { name: 'Mode projection' }).click();
  await expect(page.getByRole('button', { name: 'Mode projection' })).toHaveAttribute('aria-pressed', 'true');

  const jacobine = page.getByRole('group', { name: 'Jacobine', exact: true });
  await jacobine
    .getByRole('group', { name: /Dans ma pratique/ })
    .getByLabel('dominante')
    .check();
  await jacobine
    .getByRole('group', { name: /Dans ce que me demandent/ })
    .getByLabel('dominante')
    .check();
  const communautarienne = page.getByRole('group', { name: 'Communautarienne', exact: true });
  await communautarienne
    .getByRole('group', { name: /Dans ma pratique/ })
    .getByLabel('dominante')
    .check();
  await communautarienne
    .getByRole('group', { name: /Dans ce que me demandent/ })
    .getByLabel('absente')
    .check();

  await expect(page.getByText('Dominante dans votre pratique : Jacobine et Communautarienne.')).toBeVisible();
  await expect(page.getByText('Dominante dans ce qui vous est demandé : Jacobine.')).toBeVisible();
  await expect(page.getByText(/diffèrent pour : Communautarienne\./)).toBeVisible();
  await page
    .getByLabel('Ce que nous validons, notre feuille de route (facultatif)')
    .fill('Clarifier la base avec les élu·es');

  await page.reload();
  await ready(page);
  await expect(page.getByText('Dominante dans votre pratique : Jacobine et Communautarienne.')).toBeVisible();
  await expect(page.getByLabel('Ce que nous validons, notre feuille de route (facultatif)')).toHaveValue(
    'Clarifier la base avec les élu·es',
  );
});

test('a trainer runs a pro-action café on one of the real topics, to the closing reformulation', async ({
  page,
}) => {
  await page.goto('/ateliers/pro-action-cafe');
  await ready(page);
  const topics = page.getByRole('region', { name: 'Les cinq sujets du cycle, pour exemple' });
  await expect(topics.getByRole('button', { name: /^Prendre ce sujet/ })).toHaveCount(5);
  await topics
    .getByRole('button', {
      name: "Prendre ce sujet : Comment faire émerger un projet de recyclerie à l'échelle de plusieurs territoires ?",
    })
    .click();
  await expect(page.getByRole('textbox', { name: /Le sujet du porteur/ })).toHaveValue(
    "Comment faire émerger un projet de recyclerie à l'échelle de plusieurs territoires ?",
  );
  await expect(
    page.getByText(
      "Sujet : Comment faire émerger un projet de recyclerie à l'échelle de plusieurs territoires ?",
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Tour suivant' }).click();
  await page.getByRole('button', { name: 'Tour suivant' }).click();
  const third = page.getByRole('region', { name: 'Tour 3 : La synthèse' });
  await expect(third).toHaveAttribute('aria-current', 'step');
  await expect(
    third.getByText('Pour finir : comment reformuleriez-vous votre question de départ ?'),
  ).toBeVisible();
});

test('« À propos » credits every author the content comes from', async ({ page }) => {
  await page.goto('/a-propos');
  await ready(page);
  const sources = page.getByRole('region', { name: 'Sources' });
  for (const author of [
    'Caroline Oberlin',
    'Philippe Carbasse',
    'IRDSU',
    'DEIS',
    'Renaud Epstein',
    'P. Muller',
    'Gilles Jeannot',
    'FORS',
  ]) {
    await expect(sources).toContainText(author);
  }
});

test('the groups page names groups for what the synthesis calls « espaces de professionnalité »', async ({
  page,
}) => {
  await page.goto('/groupes');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await expect(page.getByText(/Un groupe est un espace de professionnalité/)).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByText(/A group is a space of professional practice/)).toBeVisible();
});
