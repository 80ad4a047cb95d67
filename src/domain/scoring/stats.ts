// Owns the small statistics every instrument shares: a mean that says how many answers it rests on.

export interface Mean {
  /** null when no answer counts: never 0 in place of "nothing". */
  readonly mean: number | null;
  readonly n: number;
}

export function meanOf(values: readonly number[]): Mean {
  if (values.length === 0) return { mean: null, n: 0 };
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, n: values.length };
}

/** Position of a mean on its scale, 0 (lowest level) to 1 (highest); null stays null. */
export function shareOfScale(m: Mean, min: number, max: number): number | null {
  return m.mean === null ? null : (m.mean - min) / (max - min);
}

/** The scale's level nearest a mean (halves go up), within min..max; null stays null. */
export function nearestLevel(mean: number | null, min: number, max: number): number | null {
  return mean === null ? null : Math.min(max, Math.max(min, Math.round(mean)));
}
