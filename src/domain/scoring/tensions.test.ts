import { describe, expect, it } from 'vitest';
import { BALANCE, TENSION_IDS, TENSION_PAIRS, type PairOutcome } from '../content/postures';
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

describe('computeTensions: which force prevails when two pull apart', () => {
  const outcomes = (o: Record<string, PairOutcome>): PairOutcome[] =>
    TENSION_PAIRS.map(([a, b]) => o[`${a}.${b}`] ?? (undefined as unknown as PairOutcome));

  it('has no pair answered and no prevailing force at first', () => {
    const t = computeTensions(buildTensions(undefined));
    expect(t.pairsAnswered).toBe(0);
    expect(t.prevailing).toEqual([]);
    expect(t.pairs.every((p) => p.outcome === null)).toBe(true);
  });

  it('counts the wins of each force over the pairs it is in', () => {
    const t = computeTensions(
      buildTensions(undefined),
      outcomes({
        'politique-publique.public-usagers': 'public-usagers',
        'culture-professionnelle.public-usagers': 'public-usagers',
        'cadre-institutionnel.public-usagers': 'cadre-institutionnel',
        'politique-publique.culture-professionnelle': BALANCE,
      }),
    );
    expect(t.pairsAnswered).toBe(4);
    expect(t.balanced).toBe(1);
    expect(t.wins.find((w) => w.id === 'public-usagers')).toEqual({
      id: 'public-usagers',
      wins: 2,
      answered: 3,
    });
    expect(t.wins.find((w) => w.id === 'cadre-institutionnel')).toEqual({
      id: 'cadre-institutionnel',
      wins: 1,
      answered: 1,
    });
    expect(t.prevailing).toEqual(['public-usagers']);
  });

  it('names every tied force, and none when every answer is the balance', () => {
    const tied = computeTensions(
      buildTensions(undefined),
      outcomes({
        'politique-publique.cadre-institutionnel': 'politique-publique',
        'culture-professionnelle.public-usagers': 'culture-professionnelle',
      }),
    );
    expect(tied.prevailing).toEqual(['politique-publique', 'culture-professionnelle']);
    const balanced = computeTensions(
      buildTensions(undefined),
      TENSION_PAIRS.map(() => BALANCE),
    );
    expect(balanced.pairsAnswered).toBe(6);
    expect(balanced.prevailing).toEqual([]);
  });

  it('counts an outcome outside its pair as no answer', () => {
    const t = computeTensions(
      buildTensions(undefined),
      outcomes({ 'politique-publique.culture-professionnelle': 'public-usagers' }),
    );
    expect(t.pairsAnswered).toBe(0);
  });
});
