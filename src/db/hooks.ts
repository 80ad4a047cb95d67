// Owns the live queries components read through: they re-render on every change, in this tab or another.
import { startTransition, useEffect, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import type { Assessment } from '../domain/assessment';
import type { PlanItem } from '../domain/plan';
import type { Worksheet } from '../domain/worksheet';
import type { PeerGroup, ReceivedProfile } from '../domain/group';
import type { Workshop } from '../domain/workshop';
import type { InstrumentId } from '../domain/content/postures';
import { instrumentProgress, type PostureValues, type Progress } from '../domain/progress';
import type { ResponsesById } from '../domain/scoring/competency';
import { db, type AppDatabase, type StoredCompetencyAnswer, type StoredPostureAnswer } from './database';
import type { DatabaseHealth } from './health';
import { rememberPage } from './assessments';

/**
 * Dexie's live query (as `useLiveQuery` from dexie-react-hooks), whose answers render as a transition:
 * React renders what they change in slices, leaving the main thread free between two, rather than in
 * one task. A page's first answer renders its whole body.
 */
function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  return useObservable(() => {
    const query = liveQuery(querier);
    return {
      subscribe: (next: (value: T) => void, error?: (reason: unknown) => void) =>
        query.subscribe({ next: (value) => startTransition(() => next(value)), error }),
    };
  }, [...deps]);
}

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

/** Every bilan with how far each instrument has got, in the order of `assessments`. */
function summarize(
  assessments: readonly Assessment[],
  answers: readonly StoredCompetencyAnswer[],
  postures: readonly StoredPostureAnswer[],
): AssessmentSummary[] {
  const responses = group(answers, (r) => r);
  const values = group(postures, (r) => r.value);
  return assessments.map((a) => ({
    ...a,
    progress: instrumentProgress(responses.get(a.id) ?? {}, values.get(a.id) ?? {}),
  }));
}

/** All bilans, most recently changed first, with how far each instrument has got. */
export function useAssessmentSummaries(): readonly AssessmentSummary[] | undefined {
  return useLiveQuery(async () => {
    const [assessments, answers, postures] = await Promise.all([
      db.assessments.orderBy('updatedAt').reverse().toArray(),
      db.competencyAnswers.toArray(),
      db.postureAnswers.toArray(),
    ]);
    return summarize(assessments, answers, postures);
  }, []);
}

/** A plan item whose review day has come, with its bilan's name. */
export type DueReview = PlanItem & { readonly bilanName: string };

/** What the home page shows, read at once so that it fills in at once. */
export interface HomeData {
  /** Most recently changed first, with their progress. */
  readonly assessments: readonly AssessmentSummary[];
  /** The most recently started bilan with grid answers, the one a new bilan can start from; null if none. */
  readonly previous: Assessment | null;
  /** The plan items due by `today` (`YYYY-MM-DD`), earliest review first. */
  readonly due: readonly DueReview[];
}

/** The home page's bilans, the bilan to start from and the reviews due, in one query. */
export function useHome(today: string): HomeData | undefined {
  return useLiveQuery(async () => {
    const [assessments, answers, postures, due] = await Promise.all([
      db.assessments.orderBy('updatedAt').reverse().toArray(),
      db.competencyAnswers.toArray(),
      db.postureAnswers.toArray(),
      // In the index's order: the earliest review first.
      db.planItems.where('reviewOn').between('0000-01-01', today, true, true).toArray(),
    ]);
    const answered = new Set(answers.map((r) => r.assessmentId));
    const names = new Map(assessments.map((a) => [a.id, a.name]));
    return {
      assessments: summarize(assessments, answers, postures),
      previous: assessments
        .filter((a) => answered.has(a.id))
        .reduce<Assessment | null>(
          (latest, a) => (latest === null || a.createdAt > latest.createdAt ? a : latest),
          null,
        ),
      due: due.flatMap((i) => {
        const bilanName = names.get(i.assessmentId);
        return bilanName === undefined ? [] : [{ ...i, bilanName }];
      }),
    };
  }, [today]);
}

/** The bilan, null when it does not exist, undefined while loading. */
export function useAssessment(id: string | undefined): Assessment | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.assessments.get(id)) ?? null) : null), [id]);
}

/**
 * Keeps the page of a bilan the person is on as its `lastPage` (where « Reprendre » leads), once the
 * bilan is read. Nothing is written when the bilan already says so, as when the person came back
 * through « Reprendre », nor when something else of the bilan changes, as with every answer.
 */
export function useRememberPage(assessment: Assessment | null | undefined, page: string): void {
  const id = assessment?.id;
  const lastPage = assessment?.lastPage;
  useEffect(() => {
    if (id !== undefined && lastPage !== page) void rememberPage(id, page).catch(() => undefined);
  }, [id, lastPage, page]);
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

export interface GroupSummary extends PeerGroup {
  readonly members: number;
}

/** Peer groups (not the ones behind workshops), newest first, with their member counts. */
export function useGroups(): readonly GroupSummary[] | undefined {
  return useLiveQuery(async () => {
    const [groups, profiles] = await Promise.all([db.groups.toArray(), db.receivedProfiles.toArray()]);
    const counts = new Map<string, number>();
    for (const p of profiles) counts.set(p.groupId, (counts.get(p.groupId) ?? 0) + 1);
    return groups
      .filter((g) => !g.workshopId)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((g) => ({ ...g, members: counts.get(g.id) ?? 0 }));
  }, []);
}

export function useGroup(id: string | undefined): PeerGroup | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.groups.get(id)) ?? null) : null), [id]);
}

/** The profiles of a group, in the order they arrived. */
export function useGroupProfiles(groupId: string | undefined): readonly ReceivedProfile[] | undefined {
  return useLiveQuery(async () => {
    if (!groupId) return [];
    const rows = await db.receivedProfiles.where('groupId').equals(groupId).toArray();
    // Ids are ASCII: compared by code unit, with no collator to load.
    return rows.sort((a, b) => a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }, [groupId]);
}

export function useWorkshops(): readonly Workshop[] | undefined {
  return useLiveQuery(() => db.workshops.orderBy('createdAt').reverse().toArray(), []);
}

/** The workshop and the group collecting its results; null when unknown. */
export function useWorkshop(
  id: string | undefined,
): { workshop: Workshop; group: PeerGroup } | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const workshop = await db.workshops.get(id);
    const group = await db.groups.where('workshopId').equals(id).first();
    return workshop && group ? { workshop, group } : null;
  }, [id]);
}

/** The database's health for the app's banner, and the replay of the writes that failed. */
export function useDatabaseHealth(database: AppDatabase = db): {
  readonly status: DatabaseHealth;
  /** How many failed writes wait to be retried. */
  readonly unsaved: number;
  readonly retry: () => Promise<void>;
} {
  const { health } = database;
  const status = useSyncExternalStore(health.subscribe, health.getSnapshot, health.getSnapshot);
  const unsaved = useSyncExternalStore(health.subscribe, health.unsavedCount, health.unsavedCount);
  return { status, unsaved, retry: health.retry };
}

/**
 * Where the person's changes stand: `saving` while a write is under way; `unsaved` while a failed one
 * is neither stored since nor replaced by a newer stored one. Re-renders only when either changes.
 */
export function useSaveState(database: AppDatabase = db): {
  readonly saving: boolean;
  readonly unsaved: boolean;
} {
  const { health } = database;
  const saving = useSyncExternalStore(health.subscribe, health.isWriting, health.isWriting);
  const unsaved = useSyncExternalStore(
    health.subscribe,
    () => health.unsavedCount() > 0,
    () => health.unsavedCount() > 0,
  );
  return { saving, unsaved };
}
