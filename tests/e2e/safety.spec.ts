// Names and notes that arrive from elsewhere are shown as text, never run as markup.
import { expect, test } from '@playwright/test';
import { createBilan } from './app';

const MARKUP = '<img src=x onerror="window.__pwned=1">';

test('an alias and a group name that look like markup are shown as text', async ({ page }) => {
  const bilan = await createBilan(page);
  await page.goto(`${bilan}/tensions`);
  await page.getByRole('group').first().getByRole('radio', { name: 'Fortement', exact: true }).check();
  await expect(page.getByText('1 sur 10', { exact: true }).first()).toBeVisible();
  await page.goto(`${bilan}/partager`);
  await page.getByLabel('Pseudonyme').fill(MARKUP.slice(0, 40));
  await page.getByRole('button', { name: 'Créer le lien de partage' }).click();
  const link = await page.getByLabel('Lien de partage', { exact: true }).inputValue();

  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: `Profil de « ${MARKUP.slice(0, 40)} »` })).toBeVisible();
  await page.getByLabel('Nom du nouveau groupe').fill('<script>window.__pwned=2</script>');
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await page.getByRole('link', { name: 'Ouvrir le groupe' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: '<script>window.__pwned=2</script>' }),
  ).toBeVisible();
  await expect(page.getByText(MARKUP.slice(0, 40), { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
});

test('the Content-Security-Policy allows only the app itself, and no page breaks it', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).host));
  const bilan = await createBilan(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  await page.goto(`${bilan}/acrobate`);
  await page.getByRole('group').first().getByRole('radio', { name: 'Souvent', exact: true }).check();
  await expect(page.getByText('1 sur 16', { exact: true }).first()).toBeVisible();
  for (const path of [
    `${bilan}/profil`,
    `${bilan}/partager`,
    '/ateliers/pro-action-cafe',
    '/donnees',
    '/reperes',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto(`${bilan}/partager`);
  await page.getByLabel('Pseudonyme').fill('Sacha');
  await page.getByRole('button', { name: 'Créer le lien de partage' }).click();
  await expect(page.getByRole('img', { name: 'QR code du lien de partage' })).toBeVisible();
  expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp ?? [])).toEqual([]);
  expect([...new Set(requests)]).toEqual([new URL(page.url()).host]);
});
