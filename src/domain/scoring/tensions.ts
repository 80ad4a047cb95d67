// Owns the tensions profile: how strongly each of the four forces pulls -> the forces in order and the strongest.
import { PULL_LEVELS, TENSION_IDS, type TensionId } from '../content/postures';

/** Tension id -> pull 0..4; anything else counts as unanswered. */
export type TensionValues = Readonly<Record<string, number | undefined>>;

export interface TensionsProfile {
  readonly forces: readonly { readonly id: TensionId; readonly value: number | null }[];
  readonly answered: number;
  readonly total: number;
  /** Force(s) with the highest pull among the answered ones; several when tied; [] when none. */
  readonly strongest: readonly TensionId[];
}

const PULLS: readonly number[] = PULL_LEVELS;

export function computeTensions(values: TensionValues): TensionsProfile {
  const forces = TENSION_IDS.map((id) => {
    const v = values[id];
    return { id, value: v !== undefined && PULLS.includes(v) ? v : null };
  });
  const answered = forces.flatMap((f) => (f.value === null ? [] : [{ id: f.id, value: f.value }]));
  const best = Math.max(...answered.map((f) => f.value));
  return {
    forces,
    answered: answered.length,
    total: TENSION_IDS.length,
    strongest: answered.filter((f) => f.value === best).map((f) => f.id),
  };
}
