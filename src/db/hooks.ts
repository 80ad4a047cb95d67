// Owns the live queries components read through: they re-render on every change, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../domain/assessment';
import type { PlanItem } from '../domain/plan';
import type { Worksheet } from '../domain/worksheet';
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

/** The bilan's development plan, oldest first; undefined while loading. */
export function usePlanItems(assessmentId: string | undefined): readonly PlanItem[] | undefined {
  return useLiveQuery(async () => {
    if (!assessmentId) return [];
    const items = await db.planItems.where('assessmentId').equals(assessmentId).toArray();
    return items.sort((a, b) => a.createdAt - b.createdAt);
  }, [assessmentId]);
}

/** Plan items of every bilan whose review date has come, with their bilan's name. */
export function useDuePlanItems(
  today: string,
): readonly (PlanItem & { readonly bilanName: string })[] | undefined {
  return useLiveQuery(async () => {
    const due = await db.planItems.where('reviewOn').between('0000-01-01', today, true, true).toArray();
    const names = new Map((await db.assessments.toArray()).map((a) => [a.id, a.name]));
    return due
      .filter((i) => names.has(i.assessmentId))
      .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn))
      .map((i) => ({ ...i, bilanName: names.get(i.assessmentId) ?? '' }));
  }, [today]);
}

export function useWorksheets(): readonly Worksheet[] | undefined {
  return useLiveQuery(() => db.worksheets.orderBy('updatedAt').reverse().toArray(), []);
}

export function useWorksheet(id: string | undefined): Worksheet | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.worksheets.get(id)) ?? null) : null), [id]);
}

export interface BilanAnswers {
  readonly responses: ResponsesById;
  readonly values: PostureValues;
  /** The newest content version among its answers; 1 when it has none. */
  readonly contentVersion: number;
}

/** Everything a bilan answered, for comparisons; null when the bilan is unknown, undefined while loading. */
export function useBilanAnswers(assessmentId: string | undefined): BilanAnswers | null | undefined {
  return useLiveQuery(async () => {
    if (!assessmentId || !(await db.assessments.get(assessmentId))) return null;
    const [answers, postures] = await Promise.all([
      db.competencyAnswers.where('assessmentId').equals(assessmentId).toArray(),
      db.postureAnswers.where('assessmentId').equals(assessmentId).toArray(),
    ]);
    const versions = [...answers, ...postures].map((a) => a.contentVersion);
    return {
      responses: Object.fromEntries(answers.map((r) => [r.itemId, r])),
      values: Object.fromEntries(postures.map((r) => [r.itemId, r.value])),
      contentVersion: versions.length > 0 ? Math.max(...versions) : 1,
    };
  }, [assessmentId]);
}
