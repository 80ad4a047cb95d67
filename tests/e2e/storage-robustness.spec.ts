// The stored data under an unlucky user's conditions. Two pages of
// one browser context share IndexedDB, as two tabs do; a raw IndexedDB connection stands for another
// version of the app, or holds a table to keep a write waiting.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createBilan, preferWholePage, storedCount } from './app';

const DB_NAME = 'quel-developpeur-euse';
const SAVED = 'Modifications enregistrées sur cet appareil.';

/**
 * Holds `store` in a read-write transaction from another page, so the app's writes to it wait, until
 * the returned function lets go.
 */
async function holdStore(context: BrowserContext, store: string): Promise<() => Promise<void>> {
  const holder = await context.newPage();
  await holder.goto('/a-propos');
  await holder.evaluate(
    ([name, table]) =>
      new Promise<void>((held, failed) => {
        const request = indexedDB.open(name);
        request.onerror = () => failed(request.error);
        request.onsuccess = () => {
          const connection = request.result;
          const transaction = connection.transaction(table, 'readwrite');
          const objects = transaction.objectStore(table);
          const flag = window as unknown as { release?: boolean };
          // A transaction stays open while it has requests: one after another, until released.
          const spin = () => {
            if (!flag.release) objects.get('none').onsuccess = spin;
          };
          spin();
          transaction.oncomplete = () => connection.close();
          held();
        };
      }),
    [DB_NAME, store] as const,
  );
  return async () => {
    await holder.evaluate(() => ((window as unknown as { release?: boolean }).release = true));
    await holder.close();
  };
}

async function newWorksheet(page: Page): Promise<string> {
  await page.goto('/feuilles-de-route');
  await page.getByRole('button', { name: 'Nouvelle feuille de route' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Feuille de route du/ })).toBeVisible();
  return page.url();
}

function saveStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /Enregistrement…|Modifications enregistrées/ });
}

test('« Enregistrement… » until the last change is stored', async ({ page, context }) => {
  await newWorksheet(page);
  await page.getByLabel("Sens de l'action et modalités").fill('Un diagnostic partagé');
  await expect(saveStatus(page)).toHaveText(SAVED);

  const release = await holdStore(context, 'worksheets');
  await page.getByLabel('Ma formule').fill('Même combat, même projet');
  // The earlier field is stored, this one is not yet: the page must not say it is.
  await expect(saveStatus(page)).toHaveText('Enregistrement…');
  await page.waitForTimeout(300);
  await expect(saveStatus(page)).toHaveText('Enregistrement…');

  await release();
  await expect(saveStatus(page)).toHaveText(SAVED);
  await page.reload();
  await expect(page.getByLabel('Ma formule')).toHaveValue('Même combat, même projet');
});

test('leaving while an answer is still being written is asked first, and not once it is stored', async ({
  page,
  context,
}) => {
  await preferWholePage(page);
  const bilan = await createBilan(page);
  await page.goto(`${bilan}/acrobate`);
  await expect(page.getByRole('group')).toHaveCount(16);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });

  const release = await holdStore(context, 'postureAnswers');
  const answer = page.getByRole('group').first().getByRole('radio', { name: 'Souvent', exact: true });
  await answer.check();
  // Closing the tab now would lose the answer: the browser asks first (dismissed: the tab stays).
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await release();
  await expect(page.getByText('1 sur 16', { exact: true }).first()).toBeVisible();
  // The count shows the answer given; the reload is tried once the database holds it.
  await expect.poll(() => storedCount(page, 'postureAnswers')).toBe(1);
  await page.reload();
  await expect(answer).toBeChecked();
  // Nothing waited any more: the reload asked nothing.
  expect(dialogs).toEqual(['beforeunload']);
});

test('two tabs choosing the same answer at once both end on the one stored', async ({ page, context }) => {
  const bilan = await createBilan(page);
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await preferWholePage(tab);
    await tab.goto(`${bilan}/acrobate`);
    await expect(tab.getByRole('group')).toHaveCount(16);
  }
  const first = (tab: Page) => tab.getByRole('group').first();

  // Both choices wait for the same table, then are stored one right after the other: this tab's
  // first, the other's last. This tab reads the database only after both.
  const release = await holdStore(context, 'postureAnswers');
  await first(page).getByRole('radio', { name: 'Rarement', exact: true }).check();
  await first(other).getByRole('radio', { name: 'Très souvent', exact: true }).check();
  await release();

  for (const tab of [page, other]) {
    await expect(first(tab).getByRole('radio', { name: 'Très souvent', exact: true })).toBeChecked();
  }
  await page.reload();
  await expect(first(page).getByRole('radio', { name: 'Très souvent', exact: true })).toBeChecked();
});

test('two tabs giving the same grid answer at once both end on the one stored', async ({ page, context }) => {
  const bilan = await createBilan(page);
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await preferWholePage(tab);
    await tab.goto(`${bilan}/grille/strategie`);
    await expect(tab.getByRole('article')).toHaveCount(8);
  }
  const aisance = (tab: Page, level: string) =>
    tab
      .getByRole('article')
      .first()
      .getByRole('group', { name: /^Aisance/ })
      .getByRole('radio', { name: level, exact: true });

  const release = await holdStore(context, 'competencyAnswers');
  await aisance(page, 'Je pratique avec appui').check();
  await aisance(other, 'Je maîtrise').check();
  await release();

  for (const tab of [page, other]) await expect(aisance(tab, 'Je maîtrise')).toBeChecked();
});

test('a note changed in another tab while typed here is shown, never overwritten silently', async ({
  page,
  context,
}) => {
  const url = await newWorksheet(page);
  const other = await context.newPage();
  await other.goto(url);

  const mine = page.getByLabel('Ma formule');
  await mine.fill('texte A');
  await expect(saveStatus(page)).toHaveText(SAVED);
  await expect(other.getByLabel('Ma formule')).toHaveValue('texte A');

  await other.getByLabel('Ma formule').fill('texte B');
  await expect(saveStatus(other)).toHaveText(SAVED);

  const notice = page.getByRole('alert').filter({ hasText: 'modifié dans un autre onglet' });
  await expect(notice).toContainText(
    "Ce texte vient d'être modifié dans un autre onglet. Votre version n'est plus enregistrée tant que vous n'avez pas choisi.",
  );
  await expect(notice).toContainText("Texte de l'autre onglet : « texte B »");
  // Typing on here does not erase the other tab's text.
  await mine.pressSequentially(' et la suite');
  await expect(mine).toHaveValue('texte A et la suite');
  await other.reload();
  await expect(other.getByLabel('Ma formule')).toHaveValue('texte B');

  await notice.getByRole('button', { name: "Reprendre le texte de l'autre onglet" }).click();
  await expect(mine).toHaveValue('texte B');
  await expect(notice).toHaveCount(0);

  // Keeping one's own text is a choice too: then it is stored, and the other tab follows.
  await mine.fill('texte A');
  await expect(saveStatus(page)).toHaveText(SAVED);
  await expect(other.getByLabel('Ma formule')).toHaveValue('texte A');
});

test('a database a newer version of the app upgraded is neither read nor written, and the page says so', async ({
  page,
  context,
}) => {
  // This version creates its database, then a newer version upgrades it (Dexie version 20 = 200).
  await page.goto('/');
  await expect(page.getByText("Vous n'avez pas encore de bilan.", { exact: false })).toBeVisible();
  await page.close();
  const newer = await context.newPage();
  await newer.goto('/a-propos');
  await newer.evaluate(
    (name) =>
      new Promise<void>((done, failed) => {
        const request = indexedDB.open(name, 200);
        request.onupgradeneeded = () => request.result.createObjectStore('future', { keyPath: 'id' });
        request.onsuccess = () => {
          request.result.close();
          done();
        };
        request.onerror = () => failed(request.error);
      }),
    DB_NAME,
  );

  const app = await context.newPage();
  await app.goto('/');
  await expect(app.getByRole('alert')).toContainText(
    "Vos données ont été enregistrées par une version plus récente de l'application. Pour ne pas les abîmer, cette page ne les lit pas et n'enregistre rien.",
  );
  await expect(app.getByRole('alert').getByRole('button', { name: 'Recharger' })).toBeVisible();
  await app.goto('/feuilles-de-route');
  await expect(app.getByRole('alert')).toContainText('version plus récente');

  const stored = await app.evaluate(
    (name) =>
      new Promise<{ version: number; rows: number }>((done) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const connection = request.result;
          const names = [...connection.objectStoreNames].filter((n) => n !== 'future');
          const transaction = connection.transaction(names);
          let rows = 0;
          for (const n of names) {
            transaction.objectStore(n).count().onsuccess = (event) =>
              (rows += (event.target as IDBRequest<number>).result);
          }
          transaction.oncomplete = () => {
            connection.close();
            done({ version: connection.version, rows });
          };
        };
      }),
    DB_NAME,
  );
  expect(stored).toEqual({ version: 200, rows: 0 });
});

test('an upgrade another tab blocks tells the person to close it, then carries on', async ({
  page,
  context,
}) => {
  // An older version's tab: it holds version 1 and ignores the request to let go.
  await page.goto('/a-propos');
  await page.evaluate(
    (name) =>
      new Promise<void>((done, failed) => {
        const request = indexedDB.open(name, 1);
        request.onsuccess = () => {
          (window as unknown as { held?: IDBDatabase }).held = request.result;
          done();
        };
        request.onerror = () => failed(request.error);
      }),
    DB_NAME,
  );

  const app = await context.newPage();
  await app.goto('/');
  const banner = app.getByRole('alert');
  await expect(banner).toContainText(
    "L'application est ouverte dans un autre onglet avec une version plus ancienne, qui empêche de préparer vos données. Fermez les autres onglets de l'application : cette page continuera d'elle-même.",
  );
  await app.getByRole('button', { name: 'Commencer un nouveau bilan' }).click();
  await expect(banner).toBeVisible();

  await page.evaluate(() => (window as unknown as { held?: IDBDatabase }).held?.close());
  await expect(app.getByRole('heading', { level: 1, name: /^Bilan du / })).toBeVisible();
  await expect(banner).toHaveCount(0);
});
