import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { buildSnapshot } from '../../domain/exchange/snapshot';
import { CONTENT_VERSION } from '../../domain/content/version';
import { createAssessment, saveCompetencyResponse } from '../../db/assessments';
import { countAll, eraseAll, exportAll } from '../../db/backup';
import { db } from '../../db/database';
import { addReceivedProfile, createGroup, createWorkshop } from '../../db/groups';
import { DataPage } from './DataPage';

const NEGO = 'competency.strategie.regulation.negociation';
const INVITE = {
  id: 'k1',
  title: 'Postures — réseau DSU',
  instruments: ['acrobat' as const],
  anonymous: true,
};

// jsdom has no showModal: open and close as the attribute.
beforeEach(async () => {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  await eraseAll();
  await i18n.changeLanguage('fr');
});
afterEach(async () => {
  await eraseAll();
  await i18n.changeLanguage('fr');
});

/** A bilan started from a workshop invitation, with one answer; a group holding one received profile; a workshop. */
async function fill() {
  const bilan = await createAssessment('Atelier DSU', undefined, INVITE);
  await saveCompetencyResponse(bilan, NEGO, { aisance: 3, note: 'Avec la DDETS' });
  await createWorkshop({
    id: 'k2',
    title: 'Mon atelier',
    date: '2026-03-12',
    instruments: ['grid'],
    anonymous: false,
  });
  const group = await createGroup('Pairs');
  await addReceivedProfile(
    group,
    buildSnapshot({
      responses: {},
      values: { 'acrobat.haut.1': 3 },
      alias: 'Camille',
      includeNotes: false,
      now: Date.UTC(2026, 2, 1),
      contentVersion: CONTENT_VERSION,
      randomId: () => '00000000000000d1',
    }),
  );
}

async function choose(text: string, label = 'Fichier de sauvegarde (.json)') {
  await userEvent.upload(
    screen.getByLabelText(label),
    new File([text], 'sauvegarde.json', { type: 'application/json' }),
  );
}

describe('DataPage', () => {
  it('names the field a damaged backup fails on, in the reader’s language, and imports nothing', async () => {
    await fill();
    const backup = await exportAll();
    await eraseAll();
    const damaged = JSON.stringify({
      ...backup,
      assessments: [{ ...backup.assessments[0], colour: 'bleu' }],
    });
    render(<DataPage />);
    await choose(damaged);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Cette sauvegarde est abîmée : le champ « bilans[0].colour » n'existe pas dans ce format. Rien n'a été importé.",
    );
    await i18n.changeLanguage('en');
    await choose(
      JSON.stringify({ ...backup, workshops: [{ ...backup.workshops[0], date: '2026-13-45' }] }),
      'Backup file (.json)',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This backup is damaged: the field “workshops[0].date” has an invalid value. Nothing was imported.',
    );
    expect(Object.values(await countAll())).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('restores a version 1 backup holding a bilan started from a workshop', async () => {
    const id = await createAssessment('Atelier DSU', undefined, INVITE);
    await saveCompetencyResponse(id, NEGO, { aisance: 3 });
    // As version 1 wrote it: no groups, no workshops, no placement.
    const v1: Record<string, unknown> = { ...(await exportAll()), version: 1 };
    delete v1.groups;
    delete v1.workshops;
    delete v1.reperes;
    await eraseAll();
    render(<DataPage />);
    await choose(JSON.stringify(v1));
    const preview = await screen.findByRole('region', { name: 'Contenu de « sauvegarde.json »' });
    expect(preview).toHaveTextContent('Ce fichier contient : 1 bilan et 1 réponse ou note.');
    await userEvent.click(within(preview).getByRole('button', { name: 'Importer' }));
    await waitFor(() =>
      expect(
        screen.getByText('Import terminé. Ajouté sur cet appareil : 1 bilan et 1 réponse ou note.'),
      ).toBeVisible(),
    );
    expect(await db.assessments.get(id)).toMatchObject({ name: 'Atelier DSU', workshop: INVITE });
  });

  it('says what the file holds, then what « Tout effacer » erases, counted from the database', async () => {
    await fill();
    render(<DataPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger une sauvegarde' }));
    await waitFor(() =>
      expect(
        screen.getByText(
          'Sauvegarde téléchargée. Elle contient : 1 bilan, 1 réponse ou note, 2 groupes, 1 profil reçu et 1 atelier.',
        ),
      ).toBeVisible(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tout effacer…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tout effacer de cet appareil ?' });
    expect(dialog).toHaveTextContent(
      'Ce qui sera effacé de ce navigateur : 1 bilan, 1 réponse ou note, 2 groupes, 1 profil reçu et 1 atelier. Cette action est définitive.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Oui, tout effacer' }));
    await waitFor(() =>
      expect(screen.getByText('Toutes vos données ont été effacées de cet appareil.')).toBeVisible(),
    );
    expect(Object.values(await countAll())).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
