// A backup holds everything the app stores: a bilan started from a workshop's invitation, a workshop with
// the result received for it, and a peer group come back whole after « Tout effacer ».
import { expect, test } from '@playwright/test';

const WORKSHOP = 'Atelier sauvegarde';
const EVERYTHING = '1 bilan, 1 réponse ou note, 2 groupes, 1 profil reçu et 1 atelier';

test('a bilan from a workshop invitation, a workshop and a group: exported, erased, imported, all back', async ({
  page,
}, testInfo) => {
  // The trainer's workshop, and its invitation opened on the same device.
  await page.goto('/ateliers');
  await page.getByLabel("Titre de l'atelier").fill(WORKSHOP);
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORKSHOP })).toBeVisible();
  const workshopPage = page.url();
  const join = await page.getByLabel("Lien d'invitation", { exact: true }).inputValue();
  await page.goto(join.replace(/^https?:\/\/[^/]+/, ''));
  await page.getByRole('button', { name: "Commencer mon bilan d'atelier" }).click();
  await expect(page.getByRole('link', { name: 'Envoyer au formateur' })).toBeVisible();
  const bilan = page.url();

  // One answer, sent back to the workshop and received there.
  await page.goto(`${bilan}/acrobate`);
  await page.getByRole('group').first().getByRole('radio', { name: 'Souvent', exact: true }).check();
  await expect(page.getByText('1 sur 16').first()).toBeVisible();
  await page.goto(bilan);
  await page.getByRole('link', { name: 'Envoyer au formateur' }).click();
  await page.getByLabel('Pseudonyme').fill('Dominique');
  await page.getByRole('button', { name: "Préparer l'envoi au formateur" }).click();
  const sent = await page.getByLabel('Lien de partage', { exact: true }).inputValue();
  await page.goto(sent.replace(/^https?:\/\/[^/]+/, ''));
  await page.getByRole('button', { name: 'Garder ce profil' }).click();
  await expect(page.getByRole('status')).toContainText('a été ajouté');

  // A peer group of its own.
  await page.goto('/groupes');
  await page.getByLabel('Nom du groupe').fill('Réseau DSU');
  await page.getByRole('button', { name: 'Créer le groupe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réseau DSU' })).toBeVisible();

  // Export: the file says what it holds.
  await page.goto('/donnees');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click();
  const file = testInfo.outputPath('sauvegarde.json');
  await (await downloading).saveAs(file);
  await expect(
    page.getByRole('status').filter({ hasText: `Sauvegarde téléchargée. Elle contient : ${EVERYTHING}.` }),
  ).toBeVisible();

  // « Tout effacer »: the dialog lists exactly what goes.
  await page.getByRole('button', { name: 'Tout effacer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tout effacer de cet appareil ?' });
  await expect(dialog).toContainText(`Ce qui sera effacé de ce navigateur : ${EVERYTHING}.`);
  await dialog.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Toutes vos données ont été effacées de cet appareil.' }),
  ).toBeVisible();
  await page.goto('/');
  await expect(page.getByText("Vous n'avez pas encore de bilan.", { exact: false })).toBeVisible();
  await page.goto('/groupes');
  await expect(page.getByRole('link', { name: 'Réseau DSU' })).toHaveCount(0);
  await page.goto('/ateliers');
  await expect(page.getByRole('link', { name: WORKSHOP })).toHaveCount(0);

  // Import: the preview lists everything, then all of it is back.
  await page.goto('/donnees');
  await page.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Contenu de « sauvegarde.json »' });
  await expect(preview).toContainText(`Ce fichier contient : ${EVERYTHING}.`);
  await expect(preview).toContainText('Groupe « Réseau DSU » : 0 profil reçu');
  await expect(preview).toContainText(`Résultats de l'atelier « ${WORKSHOP} » : 1 profil reçu`);
  await expect(preview).toContainText(`Atelier « ${WORKSHOP} »`);
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Import terminé. Ajouté sur cet appareil : ${EVERYTHING}.` }),
  ).toBeVisible();

  // The bilan, still the workshop's; the workshop with its result; the group.
  await page.goto(bilan);
  await expect(page.getByRole('link', { name: 'Envoyer au formateur' })).toBeVisible();
  await page.goto(`${bilan}/acrobate`);
  await expect(page.getByText('1 sur 16').first()).toBeVisible();
  await page.goto(workshopPage);
  await expect(page.getByRole('heading', { level: 1, name: WORKSHOP })).toBeVisible();
  await expect(page.getByText('1 résultat reçu').first()).toBeVisible();
  await page.goto('/groupes');
  await expect(page.getByRole('link', { name: 'Réseau DSU' })).toBeVisible();
});

test('a « Repères » placement and its note: exported, erased with everything, imported, back', async ({
  page,
}, testInfo) => {
  const PLACEMENT = '1 placement Repères';
  await page.goto('/reperes');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  const jacobine = page.getByRole('group', { name: 'Jacobine', exact: true });
  await jacobine
    .getByRole('group', { name: "Dans ma pratique, l'approche Jacobine est…" })
    .getByRole('radio', { name: 'dominante' })
    .check();
  await page
    .getByLabel('Ce que nous validons, notre feuille de route (facultatif)')
    .fill('Clarifier la base');
  await expect(page.getByText('Dominante dans votre pratique : Jacobine.')).toBeVisible();

  await page.goto('/donnees');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click();
  const file = testInfo.outputPath('sauvegarde.json');
  await (await downloading).saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: `Elle contient : ${PLACEMENT}.` })).toBeVisible();

  await page.getByRole('button', { name: 'Tout effacer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tout effacer de cet appareil ?' });
  await expect(dialog).toContainText(`Ce qui sera effacé de ce navigateur : ${PLACEMENT}.`);
  await dialog.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Toutes vos données ont été effacées' }),
  ).toBeVisible();
  await page.goto('/reperes');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await expect(page.getByText('Placez votre pratique pour lire où elle se situe.')).toBeVisible();
  await expect(page.getByLabel('Ce que nous validons, notre feuille de route (facultatif)')).toHaveValue('');

  await page.goto('/donnees');
  await page.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Contenu de « sauvegarde.json »' });
  await expect(preview).toContainText(`Ce fichier contient : ${PLACEMENT}.`);
  await expect(preview).toContainText('Placement Repères (Epstein), modifié le');
  await preview.getByRole('button', { name: 'Importer' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Ajouté sur cet appareil : ${PLACEMENT}.` }),
  ).toBeVisible();

  await page.goto('/reperes');
  await expect(page.getByText('Dominante dans votre pratique : Jacobine.')).toBeVisible();
  await expect(page.getByLabel('Ce que nous validons, notre feuille de route (facultatif)')).toHaveValue(
    'Clarifier la base',
  );
});
