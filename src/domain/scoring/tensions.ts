// Owns the tensions profile: how strongly each of the four forces pulls -> the forces in order and the
// strongest; and where the person stands when two forces pull apart -> pair by pair, which prevails, how
// many of its pairs each force wins, and the force(s) that prevail most often.
import {
  BALANCE,
  PULL_LEVELS,
  TENSION_IDS,
  TENSION_PAIRS,
  pairOutcome,
  type PairOutcome,
  type TensionId,
  type TensionPair,
} from '../content/postures';

/** Tension id -> pull 0..4; anything else counts as unanswered. */
export type TensionValues = Readonly<Record<string, number | undefined>>;
/** Pair item id (tensionPairItemId) -> outcome; anything else counts as unanswered. */
export type PairValues = readonly (PairOutcome | undefined)[];

export interface PairResult {
  readonly pair: TensionPair;
  /** The force that prevails, BALANCE when the person holds both, null when unanswered. */
  readonly outcome: PairOutcome | null;
}

export interface TensionsProfile {
  readonly forces: readonly { readonly id: TensionId; readonly value: number | null }[];
  readonly answered: number;
  readonly total: number;
  /** Force(s) with the highest pull among the answered ones; several when tied; [] when none. */
  readonly strongest: readonly TensionId[];
  /** Every pair, in TENSION_PAIRS order. */
  readonly pairs: readonly PairResult[];
  readonly pairsAnswered: number;
  /** Each force: how many of its three pairs it wins (of those answered). */
  readonly wins: readonly { readonly id: TensionId; readonly wins: number; readonly answered: number }[];
  /** Pairs where the person holds the balance. */
  readonly balanced: number;
  /** Force(s) that win most often, when at least one pair has a winner; several when tied. */
  readonly prevailing: readonly TensionId[];
}

const PULLS: readonly number[] = PULL_LEVELS;

/** `outcomes[i]` answers TENSION_PAIRS[i]; an outcome not of that pair counts as unanswered. */
export function computeTensions(values: TensionValues, outcomes: PairValues = []): TensionsProfile {
  const forces = TENSION_IDS.map((id) => {
    const v = values[id];
    return { id, value: v !== undefined && PULLS.includes(v) ? v : null };
  });
  const answered = forces.flatMap((f) => (f.value === null ? [] : [{ id: f.id, value: f.value }]));
  const best = Math.max(...answered.map((f) => f.value));

  const pairs = TENSION_PAIRS.map((pair, i): PairResult => {
    return { pair, outcome: pairOutcome(pair, outcomes[i]) ?? null };
  });
  const done = pairs.filter((p) => p.outcome !== null);
  const wins = TENSION_IDS.map((id) => ({
    id,
    wins: done.filter((p) => p.outcome === id).length,
    answered: done.filter((p) => p.pair.includes(id)).length,
  }));
  const most = Math.max(...wins.map((w) => w.wins));
  return {
    forces,
    answered: answered.length,
    total: TENSION_IDS.length,
    strongest: answered.filter((f) => f.value === best).map((f) => f.id),
    pairs,
    pairsAnswered: done.length,
    wins,
    balanced: done.filter((p) => p.outcome === BALANCE).length,
    prevailing: most > 0 ? wins.filter((w) => w.wins === most).map((w) => w.id) : [],
  };
}
