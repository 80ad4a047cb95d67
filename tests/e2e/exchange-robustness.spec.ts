// Exchanging profiles under bad luck or attack: a workshop whose group was deleted, result files given
// to the wrong workshop (or a backup), a profile reusing another's id, damaged codes, hidden characters
// in names, a huge paste, and the app refusing to be framed by another site.
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createBilan } from './app';
import { BACKUP_FORMAT } from '../../src/domain/exchange/backup';
import { profileFile } from '../../src/domain/exchange/profileFile';
import { encodeShareCode } from '../../src/domain/exchange/shareCode';
import type { ProfileSnapshot } from '../../src/domain/exchange/snapshot';

const snapshot = (o: Partial<ProfileSnapshot> = {}): ProfileSnapshot => ({
  version: 1,
  id: '0123456789abcdef',
  alias: 'Camille',
  createdAt: Date.UTC(2026, 2, 5, 10, 30, 12),
  contentVersion: 1,
  competencies: { 'competency.strategie.regulation.negociation': { aisance: 3 } },
  practice: { 'acrobat.haut.appui': 3 },
  situations: {},
  tensions: {},
  time: {},
  ...o,
});

const receiveLink = async (s: ProfileSnapshot) => `/recevoir#p=${await encodeShareCode(s)}`;

async function createWorkshop(page: Page, title: string): Promise<string> {
  await page.goto('/ateliers');
  await page.getByLabel("Titre de l'atelier").fill(title);
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The id of the group collecting a workshop's results (not listed in « Mes groupes »), read in storage. */
async function collectingGroupId(page: Page, workshopId: string): Promise<string> {
  return page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('quel-developpeur-euse');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const all = open.result.transaction('groups').objectStore('groups').getAll();
          all.onsuccess = () => {
            open.result.close();
            const groups = all.result as { id: string; workshopId?: string }[];
            resolve(groups.find((g) => g.workshopId === id)?.id ?? '');
          };
        };
      }),
    workshopId,
  );
}

async function deleteCollectingGroup(page: Page, workshopId: string) {
  const groupId = await collectingGroupId(page, workshopId);
  expect(groupId).not.toBe('');
  await page.goto(`/groupes/${groupId}`);
  await page.getByRole('button', { name: 'Supprimer ce groupe' }).click();
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes groupes' })).toBeVisible();
}

test('a workshop whose group was deleted still shows, and still keeps the results sent to it', async ({
  page,
}) => {
  const workshopId = await createWorkshop(page, 'Postures — réseau DSU');
  await deleteCollectingGroup(page, workshopId);

  // A participant's result arrives by link: « Garder ce profil » keeps it.
  await page.goto(await receiveLink(snapshot({ alias: 'Dominique', workshopId })));
  await expect(page.getByText('Résultat pour votre atelier « Postures — réseau DSU »')).toBeVisible();
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(page.getByRole('status')).toContainText('Le profil de « Dominique » a été ajouté.');
  await page.goto(`/ateliers/${workshopId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Postures — réseau DSU' })).toBeVisible();
  await expect(page.getByText('1 résultat reçu').first()).toBeVisible();

  // Deleted again, then the workshop's own page: the workshop is there, with no result yet.
  await deleteCollectingGroup(page, workshopId);
  await page.goto(`/ateliers/${workshopId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Postures — réseau DSU' })).toBeVisible();
  await expect(page.getByText('0 résultat reçu').first()).toBeVisible();
  await expect(page.getByText("Cet atelier n'existe pas sur cet appareil.")).toHaveCount(0);
});

test("the workshop's file input refuses another workshop's results and recognises a backup", async ({
  page,
}, testInfo) => {
  const april = await createWorkshop(page, "Atelier d'avril");
  const march = await createWorkshop(page, 'Atelier de mars');
  const dir = testInfo.outputPath('fichiers');
  await mkdir(dir, { recursive: true });
  const files = {
    'mars.json': profileFile(snapshot({ alias: 'Camille', workshopId: march })),
    'avril.json': profileFile(snapshot({ id: '1111111111111111', alias: 'Sacha', workshopId: april })),
    'ailleurs.json': profileFile(snapshot({ id: '2222222222222222', alias: 'Alex', workshopId: 'x9' })),
    'sauvegarde.json': JSON.stringify({ format: BACKUP_FORMAT, version: 1, assessments: [] }),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(`${dir}/${name}`, text);

  await page
    .getByLabel('Ajouter des fichiers de résultats (.json, plusieurs possibles)')
    .setInputFiles(Object.keys(files).map((name) => `${dir}/${name}`));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 ajouté, 0 déjà reçu, 3 fichiers refusés.');
  await expect(alert.getByRole('listitem')).toHaveText([
    "« avril.json » est un résultat de l'atelier « Atelier d'avril », pas de celui-ci.",
    "« ailleurs.json » est un résultat d'un autre atelier (identifiant x9), pas de celui-ci.",
    "« sauvegarde.json » est une sauvegarde de l'application, pas un résultat : importez-la dans « Mes données ».",
  ]);
  await expect(page.getByText('1 résultat reçu').first()).toBeVisible();
  await alert.getByRole('link', { name: 'Ouvrir « Mes données »' }).click();
  await expect(page).toHaveURL(/\/donnees$/);

  // The receiving page says the same of a backup.
  await page.goto('/recevoir');
  await page.getByLabel('Fichier de profil (.json)').setInputFiles(`${dir}/sauvegarde.json`);
  await expect(page.getByRole('alert')).toHaveText(
    "Ce fichier est une sauvegarde de l'application, pas un profil partagé : importez-la dans « Mes données ». Rien n'a été ajouté.",
  );
});

test('a second profile reusing an id with other answers is kept; the same profile again is not', async ({
  page,
}) => {
  await page.goto(await receiveLink(snapshot()));
  await page.getByLabel('Nom du nouveau groupe').fill('Réseau');
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(page.getByRole('status')).toContainText('Le profil de « Camille » a été ajouté.');

  const reusing = snapshot({ alias: 'Dominique', practice: { 'acrobat.haut.appui': 0 } });
  await page.goto(await receiveLink(reusing));
  await page.getByLabel('Où garder ce profil ?').selectOption({ label: 'Réseau' });
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(page.getByRole('status')).toContainText('Le profil de « Dominique » a été ajouté.');

  await page.goto(await receiveLink(snapshot()));
  await page.getByLabel('Où garder ce profil ?').selectOption({ label: 'Réseau' });
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(page.getByRole('status')).toContainText(
    "Le profil de « Camille » était déjà dans ce groupe : rien n'a été ajouté.",
  );
  await page.getByRole('link', { name: 'Ouvrir le groupe' }).click();
  await expect(page.getByRole('heading', { name: 'Profils du groupe (2)' })).toBeVisible();
});

test('a damaged code is refused, never read as another profile', async ({ page }) => {
  const code = await encodeShareCode(snapshot());
  // One character changed by one bit, in the middle of the answers.
  const at = Math.floor(code.length / 2);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const changed = code.slice(0, at) + alphabet[alphabet.indexOf(code[at] ?? 'A') ^ 1] + code.slice(at + 1);
  await page.goto('/recevoir');
  await page.getByLabel('Lien ou code reçu').fill(changed);
  await page.getByRole('button', { name: 'Lire' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    "Ce code est abîmé et ne peut pas être lu. Rien n'a été ajouté.",
  );
  await expect(page.getByRole('heading', { name: /^Profil de/ })).toHaveCount(0);
});

test('names are shown without control, bidi-override or invisible characters', async ({ page }) => {
  // A received alias with an override, a bell and a zero-width space.
  await page.goto(await receiveLink(snapshot({ alias: '\u202ECa\u200Bmi\u0007lle' })));
  await expect(page.getByRole('heading', { name: 'Profil de « Camille »' })).toBeVisible();
  // A group name of invisible characters only is no name.
  await page.getByLabel('Nom du nouveau groupe').fill('\u200B\u202E\u2060');
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(page.getByRole('alert')).toHaveText('Donnez un nom au groupe.');

  // Sharing: an invisible alias is refused, a dirty one is shown as it will leave.
  const bilan = await createBilan(page);
  await page.goto(`${bilan}/partager`);
  await page.getByLabel('Pseudonyme').fill('\u200B\u202E\u2066');
  await page.getByRole('button', { name: 'Créer le lien de partage' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choisissez un pseudonyme.');
  await page.getByLabel('Pseudonyme').fill('\u202EZoé\u001B\u200B');
  await expect(page.getByText('Le pseudonyme « Zoé »')).toBeVisible();
});

test('a huge paste in the receiving field is refused at once, and the page stays responsive', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/recevoir');
  const field = page.getByLabel('Lien ou code reçu');
  await expect(field).toHaveAttribute('maxlength', '10048');
  // The page is painted from its HTML first; its field can be typed in once the app runs.
  await expect(field).toBeEnabled();
  await page.evaluate(() => navigator.clipboard.writeText('A'.repeat(1024 * 1024)));
  await field.focus();
  const started = Date.now();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('alert')).toHaveText(
    "Le texte collé est bien trop long pour être un lien ou un code de profil : il n'a pas été collé. Collez seulement le lien ou le code reçu.",
  );
  await expect(field).toHaveValue('');
  expect(Date.now() - started).toBeLessThan(3000);

  // A real link is still pasted.
  const link = `http://127.0.0.1/recevoir#p=${await encodeShareCode(snapshot())}`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), link);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(field).toHaveValue(link);
  await page.getByRole('button', { name: 'Lire' }).click();
  await expect(page.getByRole('heading', { name: 'Profil de « Camille »' })).toBeVisible();
});

test('the app cannot be shown inside another site’s frame', async ({ page, request }) => {
  for (const path of ['/', '/recevoir', '/ateliers/x']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }
  // Framed by another page, the browser refuses to show the app: the frame holds its error page.
  await page.goto('/a-propos');
  const blocked = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
  await page.setContent(`<iframe title="cadre" src="${new URL('/', page.url()).href}"></iframe>`);
  await blocked;
  const framed = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => framed?.url()).toMatch(/^chrome-error:/);
});
