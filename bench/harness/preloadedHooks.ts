// Benchmark harness only. vite.bench.config.ts serves this module wherever the app imports
// src/db/hooks.ts, so the profile page reads the bilan that main.tsx loaded beforehand, synchronously,
// instead of through Dexie's useLiveQuery (which answers a few tasks later). Rendering the real page
// this way times what it computes and renders, not IndexedDB reads. Every other hook is the app's own.
import type { Assessment } from '../../src/domain/assessment';
import type { PlanItem } from '../../src/domain/plan';
import type { PostureValues } from '../../src/domain/progress';
import type { ResponsesById } from '../../src/domain/scoring/competency';

export * from '../../src/db/hooks';

export interface PreloadedBilan {
  readonly assessment: Assessment;
  readonly responses: ResponsesById;
  readonly values: PostureValues;
  readonly planItems: readonly PlanItem[];
}

let preloaded: PreloadedBilan | undefined;

/** The bilan the hooks below answer with, until the next call. */
export function preload(bilan: PreloadedBilan): void {
  preloaded = bilan;
}

const isPreloaded = (id: string | undefined) => preloaded !== undefined && id === preloaded.assessment.id;

export function useAssessment(id: string | undefined): Assessment | null | undefined {
  return isPreloaded(id) ? preloaded?.assessment : null;
}

export function useCompetencyResponses(assessmentId: string | undefined): ResponsesById | undefined {
  return isPreloaded(assessmentId) ? preloaded?.responses : {};
}

export function usePostureValues(assessmentId: string | undefined): PostureValues | undefined {
  return isPreloaded(assessmentId) ? preloaded?.values : {};
}

export function usePlanItems(assessmentId: string | undefined): readonly PlanItem[] | undefined {
  return isPreloaded(assessmentId) ? preloaded?.planItems : [];
}
