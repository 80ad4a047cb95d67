import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { db } from '../../db/database';
import { createAssessment, saveCompetencyResponse } from '../../db/assessments';
import { competenciesOf } from '../../domain/content/grid';
import { QuestionnairePage } from './QuestionnairePage';

function renderGridPage(id: string, macro: string) {
  return render(
    <MemoryRouter initialEntries={[`/bilans/${id}/grille/${macro}`]}>
      <Routes>
        <Route path="/bilans/:id/grille/:macro?" element={<QuestionnairePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('QuestionnairePage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('shows the title at once, then every competence of the page, and says the list is filling until then', async () => {
    const id = await createAssessment('Bilan de test');
    await saveCompetencyResponse(id, 'competency.strategie.regulation.negociation', { aisance: 3 });
    renderGridPage(id, 'strategie');

    expect(screen.getByRole('heading', { level: 1, name: 'Stratégie' })).toBeInTheDocument();
    // The first competence comes while the others are still on their way.
    const first = await screen.findByRole('article');
    expect(first.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('link', { name: 'Page suivante' })).not.toBeInTheDocument();

    // Then all eight, in the reference's order, with the stored answer, and the way on.
    await screen.findByRole('link', { name: 'Page suivante' }, { timeout: 5000 });
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(competenciesOf('strategie').length);
    expect(items).toHaveLength(8);
    expect(first.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
    const negotiation = items[1];
    if (!negotiation) throw new Error('no second competence');
    expect(within(negotiation).getByRole('heading', { level: 3 })).toHaveTextContent('Négociation');
    expect(within(negotiation).getByRole('radio', { name: 'Je maîtrise' })).toBeChecked();
    // Three modality sections, each named.
    expect(screen.getAllByRole('region')).toHaveLength(3);
  });

  it('saves an answer given on a competence shown in a later step', async () => {
    const id = await createAssessment('Bilan de test');
    renderGridPage(id, 'animation');
    // The last page ends on the way to the profile.
    await screen.findByRole('link', { name: 'Voir mon profil' }, { timeout: 5000 });
    const last = screen.getAllByRole('article').at(-1);
    if (!last) throw new Error('no competence');
    fireEvent.click(within(last).getByRole('radio', { name: 'Je peux transmettre' }));
    await waitFor(async () => {
      const stored = await db.competencyAnswers.where('assessmentId').equals(id).toArray();
      expect(stored.map((a) => [a.itemId, a.aisance])).toEqual([
        ['competency.animation.prospective.maillage', 4],
      ]);
    });
    expect(within(last).getByRole('radio', { name: 'Je peux transmettre' })).toBeChecked();
  });
});
