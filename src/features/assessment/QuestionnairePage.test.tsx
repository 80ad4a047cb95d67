import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { db } from '../../db/database';
import { createAssessment, saveCompetencyResponse } from '../../db/assessments';
import { competenciesOf } from '../../domain/content/grid';
import { QuestionnairePage } from './QuestionnairePage';
import { GRID_VIEW_KEY } from '../../components/questionView';

function renderGridPage(id: string, macro: string, search = '') {
  return render(
    <MemoryRouter initialEntries={[`/bilans/${id}/grille/${macro}${search}`]}>
      <Routes>
        <Route path="/bilans/:id/grille/:macro?" element={<QuestionnairePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

// A grid page's items arrive over several painted frames: slow on a busy machine.
const SLOW = 20_000;

describe('QuestionnairePage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => localStorage.clear());

  it(
    'shows one competence at a time by default, the first still to answer, and moves on by itself',
    async () => {
      const id = await createAssessment('Bilan de test');
      const [mediation] = competenciesOf('strategie');
      await saveCompetencyResponse(id, mediation!.id, {
        aisance: 3,
        mobilisation: 2,
        acquisition: 'terrain',
      });
      renderGridPage(id, 'strategie');
      expect(await screen.findByRole('heading', { level: 2, name: 'Négociation' })).toBeInTheDocument();
      expect(screen.getAllByRole('article')).toHaveLength(1);
      expect(screen.getByText('Compétence 2 sur 32')).toBeInTheDocument();
      expect(screen.getByText('1 / 32')).toBeInTheDocument();
      fireEvent.click(screen.getByRole('radio', { name: 'Je découvre' }));
      fireEvent.click(screen.getByRole('radio', { name: 'Rarement' }));
      fireEvent.click(screen.getByRole('radio', { name: 'En formation' }));
      const next = await screen.findByRole('heading', { level: 2, name: 'Médiation' }, { timeout: 15_000 });
      // The competence that came takes the focus, and a status line names it.
      await waitFor(() => expect(next).toHaveFocus());
      expect(screen.getByText('Compétence 3 sur 32 : Médiation')).toHaveAttribute('role', 'status');
      expect(await screen.findByText('2 / 32', {}, { timeout: 15_000 })).toBeInTheDocument();
      // « Précédente » goes back to the one just answered.
      fireEvent.click(screen.getByRole('button', { name: 'Précédente' }));
      expect(await screen.findByRole('heading', { level: 2, name: 'Négociation' })).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: 'Je découvre' })).toBeChecked();
    },
    SLOW,
  );

  it(
    'remembers the choice of the whole page',
    async () => {
      const id = await createAssessment('Bilan de test');
      const first = renderGridPage(id, 'strategie');
      fireEvent.click(await screen.findByRole('button', { name: 'Voir toute la page' }));
      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8), { timeout: 15_000 });
      first.unmount();
      renderGridPage(id, 'connaissances');
      expect(await screen.findByRole('button', { name: 'Une compétence à la fois' })).toBeInTheDocument();
      expect(localStorage.getItem(GRID_VIEW_KEY)).toBe('page');
    },
    SLOW,
  );

  it(
    'shows the title at once, then every competence of the page, and says the list is filling until then',
    async () => {
      const id = await createAssessment('Bilan de test');
      await saveCompetencyResponse(id, 'competency.strategie.regulation.negociation', { aisance: 3 });
      localStorage.setItem(GRID_VIEW_KEY, 'page');
      renderGridPage(id, 'strategie');

      expect(screen.getByRole('heading', { level: 1, name: 'Stratégie' })).toBeInTheDocument();
      // The first competence comes while the others are still on their way.
      const first = await screen.findByRole('article');
      expect(first.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
      expect(screen.queryByRole('link', { name: 'Page suivante' })).not.toBeInTheDocument();

      // Then all eight, in the reference's order, with the stored answer, and the way on.
      await screen.findByRole('link', { name: 'Page suivante' }, { timeout: 15_000 });
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
    },
    SLOW,
  );

  it(
    'saves an answer given on a competence shown in a later step',
    async () => {
      const id = await createAssessment('Bilan de test');
      localStorage.setItem(GRID_VIEW_KEY, 'page');
      renderGridPage(id, 'animation');
      // The last page ends on the way to the profile.
      await screen.findByRole('link', { name: 'Voir mon profil' }, { timeout: 15_000 });
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
    },
    SLOW,
  );
  it(
    'keeps the bilan read from one page of the grid to the next: the next page shows its answers at once',
    async () => {
      const id = await createAssessment('Bilan de test');
      const [first] = competenciesOf('connaissances');
      await saveCompetencyResponse(id, first!.id, { aisance: 4, mobilisation: 3, acquisition: 'les-deux' });
      renderGridPage(id, 'strategie');
      expect(await screen.findByRole('link', { name: 'Bilan de test' })).toBeInTheDocument();
      fireEvent.click(screen.getByRole('link', { name: /^Production de connaissances/ }));
      // No waiting: the page that comes already knows the bilan and its answers.
      expect(screen.getByRole('heading', { level: 1, name: /^Production de connaissances/ })).toBeVisible();
      expect(screen.queryByText('Chargement…')).toBeNull();
      expect(screen.getByRole('link', { name: 'Bilan de test' })).toBeInTheDocument();
      // Its one answer counted, and the competence shown is the first still to answer.
      expect(screen.getByText('1 / 32')).toBeInTheDocument();
      expect(screen.getByText('Compétence 10 sur 32')).toBeInTheDocument();
    },
    SLOW,
  );
});
