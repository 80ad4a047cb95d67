// The home page's « À revoir »: the plan items whose review day has come, earliest first.
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, deleteAssessment } from './assessments';
import { db } from './database';
import { useDuePlanItems } from './hooks';
import { addPlanItem, updatePlanItem } from './plans';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function planned(assessmentId: string, targetId: string, reviewOn: string) {
  const id = await addPlanItem(assessmentId, targetId);
  await updatePlanItem(id, { reviewOn });
  return id;
}

describe('useDuePlanItems', () => {
  it('lists the items due by today, earliest review first, with their bilan, and no other', async () => {
    const first = await createAssessment('Bilan de mars');
    const second = await createAssessment('Bilan de juin');
    const gone = await createAssessment('Bilan effacé');
    await planned(first, 'competency.a', '2026-11-30');
    await planned(second, 'competency.b', '2026-01-15');
    await planned(first, 'competency.c', '2026-12-01');
    await planned(first, 'competency.later', '2026-12-02');
    await planned(first, 'competency.none', '');
    await planned(gone, 'competency.gone', '2026-02-01');
    await deleteAssessment(gone);

    const { result } = renderHook(() => useDuePlanItems('2026-12-01'));
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.map((i) => [i.targetId, i.reviewOn, i.bilanName])).toEqual([
      ['competency.b', '2026-01-15', 'Bilan de juin'],
      ['competency.a', '2026-11-30', 'Bilan de mars'],
      ['competency.c', '2026-12-01', 'Bilan de mars'],
    ]);
  });
});
