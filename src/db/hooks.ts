// Owns the live queries components read through: they re-render on every change, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../domain/assessment';
import type { InstrumentId } from '../domain/content/postures';
import { instrumentProgress, type PostureValues, type Progress } from '../domain/progress';
import type { ResponsesById } from '../domain/scoring/competency';
import { db } from './database';

export interface AssessmentSummary extends Assessment {
  readonly progress: Readonly<Record<InstrumentId, Progress>>;
}

function group<R extends { assessmentId: string; itemId: string }, V>(
  rows: readonly R[],
  value: (r: R) => V,
) {
  const byAssessment = new Map<string, Record<string, V>>();
  for (const r of rows) {
    const entry = byAssessment.get(r.assessmentId) ?? {};
    entry[r.itemId] = value(r);
    byAssessment.set(r.assessmentId, entry);
  }
  return byAssessment;
}

/** All bilans, most recently changed first, with how far each instrument has got. */
export function useAssessmentSummaries(): readonly AssessmentSummary[] | undefined {
  return useLiveQuery(async () => {
    const [assessments, answers, postures] = await Promise.all([
      db.assessments.orderBy('updatedAt').reverse().toArray(),
      db.competencyAnswers.toArray(),
      db.postureAnswers.toArray(),
    ]);
    const responses = group(answers, (r) => r);
    const values = group(postures, (r) => r.value);
    return assessments.map((a) => ({
      ...a,
      progress: instrumentProgress(responses.get(a.id) ?? {}, values.get(a.id) ?? {}),
    }));
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

/** The bilan's posture answers keyed by item id; undefined while loading. */
export function usePostureValues(assessmentId: string | undefined): PostureValues | undefined {
  return useLiveQuery(async () => {
    if (!assessmentId) return {};
    const rows = await db.postureAnswers.where('assessmentId').equals(assessmentId).toArray();
    return Object.fromEntries(rows.map((r) => [r.itemId, r.value]));
  }, [assessmentId]);
}
