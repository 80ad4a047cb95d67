// Dates that are no real day never blank a page, and buttons that create make one thing per press run.
import { expect, test, type Page } from '@playwright/test';

/** A join link as a trainer's app writes it: base64url of the invitation's JSON. */
function joinLink(invite: Record<string, unknown>): string {
  const json = JSON.stringify({ v: 1, id: 'abc123', title: 'Atelier', anonymous: false, ...invite });
  return `/atelier#i=${Buffer.from(json).toString('base64url')}`;
}

async function homeBilans(page: Page) {
  await page.goto('/');
  return page.getByRole('list', { name: 'Vos bilans' }).getByRole('listitem');
}

test('a workshop with an empty date is refused with a message, and « Mes ateliers » still works', async ({
  page,
}) => {
  await page.goto('/ateliers');
  await page.getByLabel("Titre de l'atelier").fill('Atelier sans date');
  await page.getByLabel('Date', { exact: true }).fill('');
  await page.getByRole('button', { name: "Créer l'atelier" }).click();

  await expect(page.getByRole('alert')).toHaveText(
    "Indiquez la date de l'atelier : un jour qui existe, avec une année à quatre chiffres.",
  );
  await expect(page).toHaveURL(/\/ateliers$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes ateliers' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Mes ateliers' })).toHaveCount(0);
});

test('a workshop stored with no real date (by an earlier version) is listed as « date inconnue »', async ({
  page,
}) => {
  await page.goto('/ateliers');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes ateliers' })).toBeVisible();
  // The page is painted from its HTML before the app runs: wait for the app to have taken it over
  // (its frame is inert until then) and to have made its database.
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((d) => d.name === 'quel-developpeur-euse' && (d.version ?? 0) >= 10),
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('quel-developpeur-euse');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('workshops', 'readwrite');
          const store = tx.objectStore('workshops');
          const base = { instruments: ['grid'], anonymous: true, createdAt: 1 };
          store.put({ ...base, id: 'vide', title: 'Atelier sans date', date: '' });
          store.put({ ...base, id: 'loin', title: 'Atelier en 20266', date: '20266-05-01' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  for (let i = 0; i < 2; i++) {
    await page.reload();
    const list = page.getByRole('list', { name: 'Mes ateliers' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByText('date inconnue')).toHaveCount(2);
    await expect(list.getByRole('link', { name: 'Atelier sans date' })).toBeVisible();
  }
});

for (const date of ['2026-13-45', '0000-00-00']) {
  test(`a join link dated ${date} is refused clearly`, async ({ page }) => {
    await page.goto(joinLink({ date, instruments: ['grid'] }));
    await expect(page.getByRole('heading', { level: 1, name: 'Rejoindre un atelier' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      "Ce lien d'invitation est incomplet ou abîmé. Demandez-le à nouveau au·à la formateur·rice.",
    );
    await expect(page.getByRole('button', { name: "Commencer mon bilan d'atelier" })).toHaveCount(0);
  });
}

test('a join link listing the same questionnaire six times is refused', async ({ page }) => {
  await page.goto(joinLink({ date: '2026-03-12', instruments: Array(6).fill('grid') }));
  await expect(page.getByRole('alert')).toContainText("Ce lien d'invitation est incomplet ou abîmé.");
});

test('three quick clicks on « Commencer un nouveau bilan » start one bilan', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Commencer un nouveau bilan' }).click({ clickCount: 3 });
  await expect(page.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
  await expect(await homeBilans(page)).toHaveCount(1);
});

test('three quick clicks on « Commencer mon bilan d’atelier » start one bilan', async ({ page }) => {
  // The page reads its invitation after `#`, which its prerendered HTML never had: no page error.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(joinLink({ date: '2026-03-12', instruments: ['grid', 'acrobat'] }));
  await expect(page.getByText('Le 12 mars 2026.')).toBeVisible();
  await page.getByRole('button', { name: "Commencer mon bilan d'atelier" }).click({ clickCount: 3 });
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
  await expect(await homeBilans(page)).toHaveCount(1);
});

test('three quick clicks on « Créer l’atelier » and « Créer le groupe » create one of each', async ({
  page,
}) => {
  await page.goto('/ateliers');
  await page.getByLabel("Titre de l'atelier").fill('Atelier pressé');
  await page.getByRole('button', { name: "Créer l'atelier" }).click({ clickCount: 3 });
  await expect(page.getByRole('heading', { level: 1, name: /Atelier pressé/ })).toBeVisible();
  await page.goto('/ateliers');
  await expect(page.getByRole('list', { name: 'Mes ateliers' }).getByRole('listitem')).toHaveCount(1);

  await page.goto('/groupes');
  await page.getByLabel('Nom du groupe').fill('Groupe pressé');
  await page.getByRole('button', { name: 'Créer le groupe' }).click({ clickCount: 3 });
  await expect(page.getByRole('heading', { level: 1, name: /Groupe pressé/ })).toBeVisible();
  await page.goto('/groupes');
  await expect(
    page.getByRole('list', { name: 'Mes groupes' }).getByRole('link', { name: /Groupe pressé/ }),
  ).toHaveCount(1);
});
