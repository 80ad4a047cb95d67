// The home page's data, read in one query: the bilans, the one to start from, the reviews due; and where
// a person left off in a bilan, kept without writing it again.
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment, deleteAssessment, rememberPage, saveCompetencyResponse } from './assessments';
import { db } from './database';
import { useAssessment, useHome, useRememberPage } from './hooks';
import { addPlanItem, updatePlanItem } from './plans';

const COMPETENCE = 'competency.strategie.regulation.negociation';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function planned(assessmentId: string, targetId: string, reviewOn: string) {
  const id = await addPlanItem(assessmentId, targetId);
  await updatePlanItem(id, { reviewOn });
  return id;
}

/** Creates a bilan at a given time, so that dates order them. */
async function bilanAt(name: string, time: number) {
  vi.setSystemTime(time);
  return createAssessment(name);
}

async function home(today: string) {
  const { result } = renderHook(() => useHome(today));
  await waitFor(() => expect(result.current).toBeDefined());
  return result.current!;
}

describe('useHome', () => {
  // Only the clock is faked: Dexie's and the hook's own timers run.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the reviews due by today, earliest first, with their bilan, and no other', async () => {
    const first = await bilanAt('Bilan de mars', Date.UTC(2026, 2, 1));
    const second = await bilanAt('Bilan de juin', Date.UTC(2026, 5, 1));
    const gone = await bilanAt('Bilan effacé', Date.UTC(2026, 6, 1));
    await planned(first, 'competency.a', '2026-11-30');
    await planned(second, 'competency.b', '2026-01-15');
    await planned(first, 'competency.c', '2026-12-01');
    await planned(first, 'competency.later', '2026-12-02');
    await planned(first, 'competency.none', '');
    await planned(gone, 'competency.gone', '2026-02-01');
    await deleteAssessment(gone);

    const { due } = await home('2026-12-01');
    expect(due.map((i) => [i.targetId, i.reviewOn, i.bilanName])).toEqual([
      ['competency.b', '2026-01-15', 'Bilan de juin'],
      ['competency.a', '2026-11-30', 'Bilan de mars'],
      ['competency.c', '2026-12-01', 'Bilan de mars'],
    ]);
  });

  it('offers the latest bilan with grid answers to start from, and lists every bilan, last changed first', async () => {
    const older = await bilanAt('Ancien', Date.UTC(2026, 0, 1));
    const answered = await bilanAt('Répondu', Date.UTC(2026, 3, 1));
    await bilanAt('Vide', Date.UTC(2026, 8, 1));
    expect((await home('2026-12-01')).previous).toBeNull();

    vi.setSystemTime(Date.UTC(2026, 9, 1));
    await saveCompetencyResponse(answered, COMPETENCE, { aisance: 2 });
    vi.setSystemTime(Date.UTC(2026, 10, 1));
    await saveCompetencyResponse(older, COMPETENCE, { aisance: 1 });

    const { previous, assessments } = await home('2026-12-01');
    expect(previous?.name).toBe('Répondu');
    expect(assessments.map((a) => [a.name, a.progress.grid.answered])).toEqual([
      ['Ancien', 1],
      ['Répondu', 1],
      ['Vide', 0],
    ]);
  });
});

describe('useRememberPage', () => {
  // Each test waits a moment after the bilan is read again, long enough for an effect's write to start.
  /** The bilan as a page reads it, kept as where the person is once read. */
  function onPage(id: string, page: string) {
    return renderHook(() => {
      const assessment = useAssessment(id);
      useRememberPage(assessment, page);
      return assessment;
    });
  }

  it('keeps the page the person is on, and writes nothing more when the bilan changes otherwise', async () => {
    const id = await createAssessment('Bilan');
    const update = vi.spyOn(db.assessments, 'update');
    try {
      const { result, unmount } = onPage(id, 'grille/strategie');
      await waitFor(() => expect(result.current?.lastPage).toBe('grille/strategie'));
      expect(update).toHaveBeenCalledTimes(1);

      // An answer changes the bilan (its date): the page read again is the same, so nothing is written.
      await saveCompetencyResponse(id, COMPETENCE, { aisance: 2 });
      const changed = (await db.assessments.get(id))?.updatedAt;
      await waitFor(() => expect(result.current?.updatedAt).toBe(changed));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(update.mock.calls.filter(([, changes]) => 'lastPage' in changes)).toHaveLength(1);
      unmount();
    } finally {
      update.mockRestore();
    }
  });

  it('writes nothing when the person comes back to the page the bilan already names', async () => {
    const id = await createAssessment('Bilan');
    await rememberPage(id, 'acrobate');
    const update = vi.spyOn(db.assessments, 'update');
    try {
      const { result, unmount } = onPage(id, 'acrobate');
      await waitFor(() => expect(result.current?.lastPage).toBe('acrobate'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(update).not.toHaveBeenCalled();
      unmount();
    } finally {
      update.mockRestore();
    }
  });
});
