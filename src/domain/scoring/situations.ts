// Owns the situations profile: the posture chosen in each situation -> counts per posture, the
// preferred posture(s), how much the choices adapt to the situation, and directions versus traits.
import { DIRECTION_IDS, POSTURE_IDS, SITUATIONS, type PostureId } from '../content/postures';

/** Situation id -> chosen posture id. */
export type SituationChoices = Readonly<Record<string, string | undefined>>;

export interface SituationsProfile {
  readonly counts: Readonly<Record<PostureId, number>>;
  readonly answered: number;
  readonly total: number;
  /** posture(s) chosen most often; several when tied; [] when none */
  readonly preferred: readonly PostureId[];
  /** 0 = the same posture in every situation, 1 = a different one each time; null with fewer than 2 answers */
  readonly adaptation: number | null;
  readonly acrobatChoices: number;
  readonly strategistChoices: number;
}

const DIRECTIONS: readonly string[] = DIRECTION_IDS;

export function computeSituations(choices: SituationChoices): SituationsProfile {
  const counts = Object.fromEntries(POSTURE_IDS.map((p) => [p, 0])) as Record<PostureId, number>;
  let answered = 0;
  let acrobatChoices = 0;
  for (const situation of SITUATIONS) {
    // A choice the situation does not offer (stale or tampered data) counts as no answer.
    const chosen = situation.options.find((o) => o === choices[situation.id]);
    if (chosen === undefined) continue;
    counts[chosen] += 1;
    answered += 1;
    if (DIRECTIONS.includes(chosen)) acrobatChoices += 1;
  }

  const best = Math.max(...POSTURE_IDS.map((p) => counts[p]));
  return {
    counts,
    answered,
    total: SITUATIONS.length,
    preferred: best > 0 ? POSTURE_IDS.filter((p) => counts[p] === best) : [],
    adaptation: adaptation(counts, answered),
    acrobatChoices,
    strategistChoices: answered - acrobatChoices,
  };
}

// Normalised Shannon entropy: H = -Σ p ln p, divided by the most entropy that many answers could reach.
// H is computed as ln n - Σ c ln c / n (the same value) so the ends come out exact: all different
// gives exactly ln n, hence 1; the clamp absorbs the rounding left when every choice is the same.
function adaptation(counts: Readonly<Record<PostureId, number>>, answered: number): number | null {
  if (answered < 2) return null;
  const sum = POSTURE_IDS.reduce(
    (acc, p) => (counts[p] > 0 ? acc + counts[p] * Math.log(counts[p]) : acc),
    0,
  );
  const entropy = Math.log(answered) - sum / answered;
  return Math.min(1, Math.max(0, entropy / Math.log(Math.min(answered, POSTURE_IDS.length))));
}

export function adaptationLevel(a: number | null): 'low' | 'medium' | 'high' | null {
  if (a === null) return null;
  if (a < 0.4) return 'low';
  return a < 0.7 ? 'medium' : 'high';
}
