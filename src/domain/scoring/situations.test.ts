import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTURE_IDS, SITUATIONS, type PostureId, type SituationFit } from '../content/postures';
import { optionOrder } from '../optionOrder';
import {
  adaptationLevel,
  computeSituations,
  fitLeaning,
  type SituationChoices,
  type SituationFits,
} from './situations';

const RECYCLERIE = 'situation.recyclerie';
const LEGITIMITE = 'situation.legitimite';

/** `fill` chosen in every situation that offers it, then per-situation overrides. */
function buildChoices(
  fill: PostureId | undefined,
  overrides: Record<string, string | undefined> = {},
): SituationChoices {
  const base = SITUATIONS.flatMap((s) =>
    fill !== undefined && s.options.includes(fill) ? [[s.id, fill]] : [],
  );
  return { ...Object.fromEntries(base), ...overrides };
}

const rateOf = (choices: SituationChoices, id: PostureId) =>
  computeSituations(choices).rates.find((r) => r.id === id);

describe('computeSituations: choice rates and preferred postures', () => {
  it('says nothing for no answer', () => {
    const s = computeSituations({});
    expect(s.answered).toBe(0);
    expect(s.total).toBe(9);
    expect(s.preferred).toEqual([]);
    expect(s.rates.every((r) => r.offered === 0 && r.rate === null)).toBe(true);
    expect(s.adaptation).toBeNull();
  });

  it('counts a posture offered only in the answered situations', () => {
    // The recyclerie offers six postures: each offered once, the chosen one at 100 %.
    const s = computeSituations(buildChoices(undefined, { [RECYCLERIE]: 'officieux' }));
    expect(s.answered).toBe(1);
    expect(s.preferred).toEqual(['officieux']);
    expect(rateOf({ [RECYCLERIE]: 'officieux' }, 'officieux')).toEqual({
      id: 'officieux',
      chosen: 1,
      offered: 1,
      rate: 1,
    });
    expect(rateOf({ [RECYCLERIE]: 'officieux' }, 'exterieur')).toMatchObject({
      chosen: 0,
      offered: 1,
      rate: 0,
    });
    expect(rateOf({ [RECYCLERIE]: 'officieux' }, 'haut')).toMatchObject({ offered: 0, rate: null });
    // Two acrobat directions and four strategist moves are offered there.
    expect(s.strategist).toEqual({ chosen: 1, offered: 4 });
    expect(s.acrobat).toEqual({ chosen: 0, offered: 2 });
  });

  it('gives the same posture wherever offered a rate of 100 %, out of five', () => {
    const s = computeSituations(buildChoices('haut'));
    expect(s.answered).toBe(5);
    expect(s.preferred).toEqual(['haut']);
    expect(s.rates.find((r) => r.id === 'haut')).toMatchObject({ chosen: 5, offered: 5, rate: 1 });
  });

  it('prefers the higher rate, not the higher count', () => {
    // Both chosen twice: « Vers le haut » out of 4 offers, « Vers l'extérieur » out of 3.
    const choices = {
      'situation.nouvelle-equipe-transition': 'haut',
      'situation.nouvel-elu': 'haut',
      'situation.feuille-de-route': 'exterieur',
      'situation.sortir-isolement': 'exterieur',
      [LEGITIMITE]: 'interieur',
    };
    const s = computeSituations(choices);
    expect(s.rates.find((r) => r.id === 'haut')).toMatchObject({ chosen: 2, offered: 4, rate: 0.5 });
    expect(s.rates.find((r) => r.id === 'exterieur')).toMatchObject({ chosen: 2, offered: 3 });
    expect(s.preferred).toEqual(['exterieur']);
  });

  it('leaves out a choice the situation does not offer, and unknown situations', () => {
    const s = computeSituations({ [LEGITIMITE]: 'haut', 'situation.inconnue': 'haut', x: 'y' });
    expect(s.answered).toBe(0);
    expect(s.preferred).toEqual([]);
  });
});

describe('computeSituations: adaptation from habit or situation', () => {
  const allAnswered = Object.fromEntries(SITUATIONS.map((s) => [s.id, s.options[0]]));
  const fits = (n: number, departures: number): SituationFits =>
    Object.fromEntries(
      SITUATIONS.slice(0, n).map((s, i): [string, SituationFit] => [
        s.id,
        i < departures ? 'situation' : 'habit',
      ]),
    );

  it.each([
    [9, 0, 'never'],
    [9, 1, 'rarely'],
    [9, 3, 'rarely'],
    [9, 4, 'sometimes'],
    [9, 5, 'sometimes'],
    [9, 6, 'often'],
    [9, 8, 'often'],
    [9, 9, 'always'],
    [1, 1, 'always'],
  ] as const)('%i situations, %i departures: %s', (n, departures, level) => {
    expect(computeSituations(allAnswered, fits(n, departures)).adaptation).toEqual({
      answered: n,
      departures,
      level,
    });
  });

  it('ignores a fit given without a move, and a fit that is neither answer', () => {
    expect(computeSituations({}, fits(9, 9)).adaptation).toBeNull();
    expect(computeSituations(allAnswered, { [LEGITIMITE]: 'parfois' as SituationFit }).adaptation).toBeNull();
  });

  it('words every share of departures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(50), (answered, d) => {
        const departures = Math.min(d, answered);
        const level = adaptationLevel(departures, answered);
        if (departures === 0) expect(level).toBe('never');
        else if (departures === answered) expect(level).toBe('always');
        else expect(['rarely', 'sometimes', 'often']).toContain(level);
      }),
    );
  });
});

describe('the instrument gives no posture for free', () => {
  /** Postures named preferred, counted over many bilans, each ties counting for every tied posture. */
  function preferredCounts(pick: (bilanId: string, situation: (typeof SITUATIONS)[number]) => PostureId) {
    const counts = new Map<PostureId, number>(POSTURE_IDS.map((p) => [p, 0]));
    const rateSums = new Map<PostureId, number>(POSTURE_IDS.map((p) => [p, 0]));
    const runs = 4000;
    for (let i = 0; i < runs; i++) {
      const bilanId = `bilan-${i}`;
      const s = computeSituations(Object.fromEntries(SITUATIONS.map((sit) => [sit.id, pick(bilanId, sit)])));
      for (const p of s.preferred) counts.set(p, (counts.get(p) ?? 0) + 1 / s.preferred.length);
      for (const r of s.rates) rateSums.set(r.id, (rateSums.get(r.id) ?? 0) + (r.rate ?? 0));
    }
    return { counts: [...counts.values()], rates: [...rateSums.values()].map((v) => v / runs), runs };
  }

  const expectNoSystematicPosture = ({ counts, rates, runs }: ReturnType<typeof preferredCounts>) => {
    // Each posture is « de prédilection » about one time in ten (ties shared), within 15 % of that.
    for (const c of counts) expect(Math.abs(c / runs - 0.1)).toBeLessThan(0.015);
    // And no posture's mean choice rate stands above the others.
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    for (const r of rates) expect(Math.abs(r - mean)).toBeLessThan(0.01);
  };

  it('for someone always taking the first option shown', () => {
    expectNoSystematicPosture(
      preferredCounts((bilanId, s) => optionOrder(s.options, bilanId, s.id)[0] ?? 'haut'),
    );
  });

  it('for someone choosing at random', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0 || 1;
        const random = () => {
          state ^= state << 13;
          state ^= state >>> 17;
          state ^= state << 5;
          return (state >>> 0) / 4294967296;
        };
        expectNoSystematicPosture(
          preferredCounts((_, s) => s.options[Math.floor(random() * s.options.length)] ?? 'haut'),
        );
      }),
      { numRuns: 3 },
    );
  });
});

describe('fitLeaning', () => {
  it('says which way a person leans, an even split named as such', () => {
    expect(fitLeaning({ answered: 5, departures: 3, level: 'sometimes' })).toBe('situation');
    expect(fitLeaning({ answered: 5, departures: 2, level: 'sometimes' })).toBe('habit');
    expect(fitLeaning({ answered: 4, departures: 2, level: 'sometimes' })).toBe('even');
    expect(fitLeaning({ answered: 1, departures: 0, level: 'never' })).toBe('habit');
  });
});
