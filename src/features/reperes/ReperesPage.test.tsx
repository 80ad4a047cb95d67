import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { db } from '../../db/database';
import { LEGACY_PLACEMENT_KEY, savePlacement } from '../../db/reperes';
import { PLACEMENT_ROW_ID } from '../../domain/content/reperes';
import { ReperesPage } from './ReperesPage';

function renderPage() {
  return render(
    <MemoryRouter>
      <ReperesPage />
    </MemoryRouter>,
  );
}

const approach = (name: string) => screen.getByRole('group', { name });
const view = (approachName: string, legend: RegExp) =>
  within(approach(approachName)).getByRole('group', { name: legend });
const PRACTICE = /^Dans ma pratique/;
const ASKED = /^Dans ce que me demandent/;
const NOTE = 'Ce que nous validons, notre feuille de route (facultatif)';

beforeEach(async () => {
  await i18n.changeLanguage('fr');
  await db.reperes.clear();
});
afterEach(() => localStorage.removeItem(LEGACY_PLACEMENT_KEY));

describe('ReperesPage', () => {
  it('invites a placement until one is made, then reads it in a sentence and stores it', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByText('Placez votre pratique pour lire où elle se situe.')).toBeInTheDocument();
    await user.click(within(view('Jacobine', PRACTICE)).getByRole('radio', { name: 'dominante' }));
    expect(screen.getByText('Dominante dans votre pratique : Jacobine.')).toBeInTheDocument();
    await user.click(within(view('Jacobine', ASKED)).getByRole('radio', { name: 'absente' }));
    expect(
      screen.getByText(/^Votre pratique et ce qui vous est demandé diffèrent pour : Jacobine\./),
    ).toBeVisible();
    await waitFor(async () =>
      expect((await db.reperes.get(PLACEMENT_ROW_ID))?.placement).toEqual({
        pratique: { jacobine: 2 },
        commande: { jacobine: 0 },
      }),
    );
  });

  it('names the approaches dominant together, and says when none is', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(within(view('Jacobine', PRACTICE)).getByRole('radio', { name: 'dominante' }));
    await user.click(within(view('Réformiste', PRACTICE)).getByRole('radio', { name: 'dominante' }));
    expect(screen.getByText('Dominante dans votre pratique : Jacobine et Réformiste.')).toBeInTheDocument();
    await user.click(within(view('Néo-conservatrice', ASKED)).getByRole('radio', { name: 'présente' }));
    expect(
      screen.getByText("Aucune approche n'est dominante dans ce qui vous est demandé."),
    ).toBeInTheDocument();
  });

  it('is placed with the keyboard alone: Tab to a scale, arrows to change the level', async () => {
    const user = userEvent.setup();
    renderPage();
    const first = within(view('Jacobine', PRACTICE)).getByRole('radio', { name: 'absente' });
    first.focus();
    await user.keyboard(' ');
    expect(first).toBeChecked();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(view('Jacobine', PRACTICE)).getByRole('radio', { name: 'dominante' })).toBeChecked();
    expect(screen.getByText('Dominante dans votre pratique : Jacobine.')).toBeInTheDocument();
    await user.tab();
    expect(within(view('Jacobine', ASKED)).getByRole('radio', { name: 'absente' })).toHaveFocus();
  });

  it('shows the placement stored on this device, and one an earlier version kept in localStorage', async () => {
    await savePlacement({ placement: { commande: { communautarienne: 2 } }, note: 'Base clarifiée' });
    const { unmount } = renderPage();
    expect(
      await screen.findByText('Dominante dans ce qui vous est demandé : Communautarienne.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(NOTE)).toHaveValue('Base clarifiée');
    unmount();

    await db.reperes.clear();
    localStorage.setItem(
      LEGACY_PLACEMENT_KEY,
      JSON.stringify({ placement: { pratique: { neoConservatrice: 2 } }, note: '' }),
    );
    renderPage();
    expect(await screen.findByText('Dominante dans votre pratique : Néo-conservatrice.')).toBeInTheDocument();
    expect(localStorage.getItem(LEGACY_PLACEMENT_KEY)).toBeNull();
  });

  it('clears the placement and its note, here and in storage', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(within(view('Jacobine', PRACTICE)).getByRole('radio', { name: 'présente' }));
    await user.type(screen.getByLabelText(NOTE), 'À revoir');
    await user.click(screen.getByRole('button', { name: 'Effacer ce placement' }));
    expect(screen.getByLabelText(NOTE)).toHaveValue('');
    expect(screen.getByText('Placez votre pratique pour lire où elle se situe.')).toBeInTheDocument();
    await waitFor(async () => expect(await db.reperes.count()).toBe(0));
  });
});
