// Owns the live queries components read through: they re-render on every change, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { isAnswered, type Assessment } from '../domain/assessment';
import type { ResponsesById } from '../domain/scoring/competency';
import { db } from './database';

export interface AssessmentSummary extends Assessment {
  readonly answeredCount: number;
}

/** All bilans, most recently changed first, with how many competences each has answered. */
export function useAssessmentSummaries(): readonly AssessmentSummary[] | undefined {
  return useLiveQuery(async () => {
    const [assessments, answers] = await Promise.all([
      db.assessments.orderBy('updatedAt').reverse().toArray(),
      db.competencyAnswers.toArray(),
    ]);
    const counts = new Map<string, number>();
    for (const a of answers) {
      if (isAnswered(a)) counts.set(a.assessmentId, (counts.get(a.assessmentId) ?? 0) + 1);
    }
    return assessments.map((a) => ({ ...a, answeredCount: counts.get(a.id) ?? 0 }));
  }, []);
}

/** The bilan, null when it does not exist, undefined while loading. */
export function useAssessment(id: string | undefined): Assessment | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.assessments.get(id)) ?? null) : null), [id]);
}

/** The bilan's competency answers keyed by competence id; undefined while loading. */
export function useCompetencyResponses(assessmentId: string | undefined): ResponsesById | undefined {
  return useLiveQuery(async () => {
    if (!assessmentId) return {};
    const rows = await db.competencyAnswers.where('assessmentId').equals(assessmentId).toArray();
    return Object.fromEntries(rows.map((r) => [r.itemId, r]));
  }, [assessmentId]);
}
