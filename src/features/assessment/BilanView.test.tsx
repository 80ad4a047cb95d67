// The bilan's page from fixture data alone: no database, as any view.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n, { loadNamespaces } from '../../i18n';
import { ACROBAT_STATEMENTS } from '../../domain/content/postures';
import { buildResponses } from '../../test/builders';
import { bilanOverview } from './bilanOverview';
import { BilanView } from './BilanView';

const BILAN = { id: 'b1', name: 'Bilan de printemps', createdAt: 0, updatedAt: 0 };

function renderView(assessment: Parameters<typeof BilanView>[0]['assessment'], values = {}) {
  return render(
    <MemoryRouter>
      <BilanView
        assessment={assessment}
        overview={bilanOverview(assessment, buildResponses(undefined), values)}
        planCount={2}
      />
    </MemoryRouter>,
  );
}

describe('BilanView', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('fr');
    await loadNamespaces(['pages', 'content', 'postures']);
  });

  it('before any answer: the questionnaires lead, the profile waits below and says why', () => {
    renderView(BILAN);
    expect(screen.getByRole('heading', { level: 1, name: 'Bilan de printemps' })).toBeInTheDocument();
    const starts = screen.getAllByRole('link', { name: /^Commencer « / });
    expect(starts).toHaveLength(7);
    const profile = screen.getByRole('link', { name: 'Voir mon profil' });
    expect(profile).toHaveAccessibleDescription(/.+/);
    expect(starts[0]!.compareDocumentPosition(profile) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Facultatif')).toBeInTheDocument();
  });

  it('once answered: « Voir mon profil » comes before the questionnaires', () => {
    renderView(BILAN, { [ACROBAT_STATEMENTS[0]!.id]: 2 });
    const profile = screen.getByRole('link', { name: 'Voir mon profil' });
    const cont = screen.getByRole('link', { name: /^Continuer « / });
    expect(profile.compareDocumentPosition(cont) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("a workshop's bilan: its questionnaires only, and « send to the trainer »", () => {
    renderView({
      ...BILAN,
      workshop: {
        id: 'w1',
        title: 'Atelier de mars',
        instruments: ['acrobat', 'tensions'],
        anonymous: false,
      },
    });
    expect(screen.getAllByRole('link', { name: /^Commencer « / })).toHaveLength(2);
    expect(screen.queryByText('Facultatif')).not.toBeInTheDocument();
    expect(screen.getByText(/Atelier de mars/)).toBeInTheDocument();
  });
});
