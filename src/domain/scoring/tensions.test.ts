import { describe, expect, it } from 'vitest';
import { TENSION_IDS } from '../content/postures';
import { computeTensions, type TensionValues } from './tensions';

/** `fill` for every force, then per-force overrides. */
function buildTensions(
  fill: number | undefined,
  overrides: Record<string, number | undefined> = {},
): TensionValues {
  return { ...Object.fromEntries(TENSION_IDS.map((id) => [id, fill])), ...overrides };
}

describe('computeTensions', () => {
  it.each([
    { name: 'empty', values: buildTensions(undefined), forces: [null, null, null, null], strongest: [] },
    {
      name: 'partial',
      values: buildTensions(undefined, { 'politique-publique': 3, 'public-usagers': 1 }),
      forces: [3, null, null, 1],
      strongest: ['politique-publique'],
    },
    {
      name: 'all equal: every force is strongest',
      values: buildTensions(2),
      forces: [2, 2, 2, 2],
      strongest: [...TENSION_IDS],
    },
    {
      name: 'all 0: 0 is an answer',
      values: buildTensions(0),
      forces: [0, 0, 0, 0],
      strongest: [...TENSION_IDS],
    },
    {
      name: 'a tie, in force order',
      values: buildTensions(undefined, {
        'cadre-institutionnel': 4,
        'culture-professionnelle': 2,
        'politique-publique': 4,
      }),
      forces: [4, 2, 4, null],
      strongest: ['politique-publique', 'cadre-institutionnel'],
    },
    {
      name: 'out-of-range and non-integer values are unanswered',
      values: buildTensions(1, {
        'politique-publique': 5,
        'culture-professionnelle': -1,
        'cadre-institutionnel': 2.5,
      }),
      forces: [null, null, null, 1],
      strongest: ['public-usagers'],
    },
    {
      name: 'unknown ids are ignored',
      values: buildTensions(undefined, { 'tension.inconnue': 4, 'public-usagers': 0 }),
      forces: [null, null, null, 0],
      strongest: ['public-usagers'],
    },
  ])('$name', ({ values, forces, strongest }) => {
    const p = computeTensions(values);
    expect(p.total).toBe(4);
    expect(p.forces.map((f) => f.id)).toEqual([...TENSION_IDS]);
    expect(p.forces.map((f) => f.value)).toEqual(forces);
    expect(p.answered).toBe(forces.filter((f) => f !== null).length);
    expect(p.strongest).toEqual(strongest);
  });
});
