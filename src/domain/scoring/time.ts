// Owns the working-time profile: actual and wished splits (percentages) over the FORS activities ->
// validity, the gap between them, and the share of meetings against the study's reference.
import { ACTIVITY_IDS, FORS_MEETING_SHARE, MEETING_ACTIVITIES, type ActivityId } from '../content/postures';

/** Activity id -> percentage of working time; a missing activity counts as 0. */
export type TimeSplit = Readonly<Partial<Record<ActivityId, number>>>;

export interface SplitCheck {
  /** Sum of the valid percentages (invalid ones are left out). */
  readonly total: number;
  readonly valid: boolean;
  readonly problem: 'not-100' | 'invalid-value' | null;
}

export interface TimeProfile {
  readonly activities: readonly {
    readonly id: ActivityId;
    readonly actual: number | null;
    readonly wished: number | null;
    readonly delta: number | null;
  }[];
  readonly meetings: {
    readonly actual: number | null;
    readonly wished: number | null;
    readonly reference: number;
  };
  readonly hasActual: boolean;
  readonly hasWished: boolean;
  /** activities the person wishes to grow most / shrink most (delta ≠ 0), largest first, at most 3 each */
  readonly wishMore: readonly ActivityId[];
  readonly wishLess: readonly ActivityId[];
}

const MAX_WISHES = 3;

const isPercentage = (v: number) => Number.isInteger(v) && v >= 0 && v <= 100;

export function checkSplit(split: TimeSplit): SplitCheck {
  const present = ACTIVITY_IDS.flatMap((id) => {
    const v = split[id];
    return v === undefined ? [] : [v];
  });
  const total = present.filter(isPercentage).reduce((sum, v) => sum + v, 0);
  if (!present.every(isPercentage)) return { total, valid: false, problem: 'invalid-value' };
  return total === 100 ? { total, valid: true, problem: null } : { total, valid: false, problem: 'not-100' };
}

/** The split as a full percentage per activity, or undefined when it is absent or does not check out. */
function usable(split: TimeSplit | undefined): Readonly<Record<ActivityId, number>> | undefined {
  if (split === undefined || !checkSplit(split).valid) return undefined;
  return Object.fromEntries(ACTIVITY_IDS.map((id) => [id, split[id] ?? 0])) as Record<ActivityId, number>;
}

const meetingShare = (split: Readonly<Record<ActivityId, number>> | undefined) =>
  split === undefined ? null : MEETING_ACTIVITIES.reduce((sum, id) => sum + split[id], 0);

export function computeTime(actual: TimeSplit | undefined, wished: TimeSplit | undefined): TimeProfile {
  const a = usable(actual);
  const w = usable(wished);
  const activities = ACTIVITY_IDS.map((id) => {
    const act = a?.[id] ?? null;
    const wish = w?.[id] ?? null;
    return { id, actual: act, wished: wish, delta: act !== null && wish !== null ? wish - act : null };
  });
  const deltas = activities.flatMap((x) => (x.delta === null ? [] : [{ id: x.id, delta: x.delta }]));
  // A delta of 0 has sign 0 and falls in neither list; sort is stable, so ties stay in ACTIVITY_IDS order.
  const top = (sign: 1 | -1) =>
    deltas
      .filter((d) => Math.sign(d.delta) === sign)
      .sort((x, y) => sign * (y.delta - x.delta))
      .slice(0, MAX_WISHES)
      .map((d) => d.id);

  return {
    activities,
    meetings: { actual: meetingShare(a), wished: meetingShare(w), reference: FORS_MEETING_SHARE },
    hasActual: a !== undefined,
    hasWished: w !== undefined,
    wishMore: top(1),
    wishLess: top(-1),
  };
}
