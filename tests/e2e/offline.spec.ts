// Offline first: once the service worker has precached the app, a bilan is started, answered and read
// with the network cut, in French and in English, and a deep link loads on its own.
import { expect, test, type Page } from '@playwright/test';
import { competencies, createBilan } from './app';

/** Opens the app until its service worker is active and controls the page, then shows it is ready. */
async function installForOffline(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The page loaded before the worker existed; it is claimed at once, else a reload puts it in charge.
  const controlled = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!controlled) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}

test('with the network cut, a bilan is started, answered and read in both languages', async ({
  page,
  context,
}) => {
  await installForOffline(page);
  const ready = page.getByText("L'application fonctionne maintenant hors connexion.");
  await expect(ready).toBeVisible();
  await page.getByRole('button', { name: 'Fermer' }).click();
  await expect(ready).toBeHidden();

  await context.setOffline(true);
  // The network really is cut: what the app did not precache cannot be fetched.
  const reachable = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}.txt`).then(
      () => true,
      () => false,
    ),
  );
  expect(reachable).toBe(false);

  const bilan = await createBilan(page);
  await page.getByRole('link', { name: 'Commencer « Grille de compétences »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stratégie' })).toBeVisible();
  const first = competencies(page).first();
  await first
    .getByRole('group', { name: /^Aisance/ })
    .getByRole('radio', { name: 'Je maîtrise', exact: true })
    .check();
  await first
    .getByRole('group', { name: /^Mobilisation/ })
    .getByRole('radio', { name: 'Souvent', exact: true })
    .check();
  // Stored: the progress counts what storage holds.
  await expect(page.getByText('1 / 32')).toBeVisible();

  // A deep link loaded from scratch, offline: the worker answers with the app's shell.
  await page.goto(bilan);
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
  await expect(page.getByText('1 réponse sur', { exact: false })).toBeVisible();

  // One practice of the strategist, so the profile has a chart to draw.
  await page.getByRole('link', { name: 'Commencer « Le·la stratège : ma vision élargie »' }).click();
  await page.getByRole('group').first().getByRole('radio', { name: 'Souvent', exact: true }).check();
  await expect(page.getByText(/^1 \/ \d+$/).first()).toBeVisible();

  await page.goto(`${bilan}/profil`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  // The charts' chunk was precached too.
  const chart = page.getByRole('img', {
    name: 'Fréquence moyenne des pratiques, par trait du·de la stratège',
  });
  await chart.scrollIntoViewIfNeeded();
  // Drawn as it comes into view, from the precached charts' chunk.
  await expect(chart.locator('.recharts-wrapper')).toBeVisible();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
});
