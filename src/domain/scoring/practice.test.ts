import { describe, expect, it } from 'vitest';
import { ACROBAT_STATEMENTS, STRATEGIST_STATEMENTS, type PostureId } from '../content/postures';
import { computeAcrobat, computeStrategist, strongestDimensions, type PracticeResponses } from './practice';

/** Every statement of each listed direction or trait set to its value, then per-statement overrides. */
function buildPractice(
  byDimension: Partial<Record<PostureId, number>> = {},
  overrides: Record<string, number | undefined> = {},
): PracticeResponses {
  const base = [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS].flatMap((s) => {
    const v = byDimension[s.dimension];
    return v === undefined ? [] : [[s.id, v] as const];
  });
  return { ...Object.fromEntries(base), ...overrides };
}

const meanOfDimension = (p: ReturnType<typeof computeAcrobat>, id: string) =>
  p.dimensions.find((d) => d.id === id)?.mean;

describe('computeAcrobat: means', () => {
  it.each([
    {
      name: 'empty',
      responses: buildPractice(),
      haut: { mean: null, n: 0 },
      average: { mean: null, n: 0 },
      answered: 0,
    },
    {
      name: 'all answered 2',
      responses: buildPractice({ haut: 2, avant: 2, exterieur: 2, arriere: 2, cotes: 2, interieur: 2 }),
      haut: { mean: 2, n: 3 },
      average: { mean: 2, n: 6 },
      answered: 16,
    },
    {
      name: 'partial: one statement of haut left unanswered',
      responses: buildPractice({}, { 'acrobat.haut.appui': 4, 'acrobat.haut.rendre-compte': 1 }),
      haut: { mean: 2.5, n: 2 },
      average: { mean: 2.5, n: 1 },
      answered: 2,
    },
    {
      name: '0 is an answer, not a gap',
      responses: buildPractice({ haut: 2 }, { 'acrobat.haut.appui': 0 }),
      haut: { mean: 4 / 3, n: 3 },
      average: { mean: 4 / 3, n: 1 },
      answered: 3,
    },
    {
      name: 'average is over directions, not statements',
      responses: buildPractice({ haut: 4, cotes: 1 }),
      haut: { mean: 4, n: 3 },
      average: { mean: 2.5, n: 2 },
      answered: 5,
    },
    {
      name: 'a statement id outside the content is ignored',
      responses: buildPractice({ haut: 1 }, { 'acrobat.haut.inconnu': 4 }),
      haut: { mean: 1, n: 3 },
      average: { mean: 1, n: 1 },
      answered: 3,
    },
  ])('$name', ({ responses, haut, average, answered }) => {
    const p = computeAcrobat(responses);
    expect(p.total).toBe(16);
    expect(p.answered).toBe(answered);
    expect(meanOfDimension(p, 'haut')).toEqual(haut);
    expect(p.average).toEqual(average);
  });

  it.each([5, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'ignores the out-of-scale value %s',
    (value) => {
      const p = computeAcrobat(buildPractice({ haut: 2 }, { 'acrobat.haut.appui': value }));
      expect(meanOfDimension(p, 'haut')).toEqual({ mean: 2, n: 2 });
      expect(p.answered).toBe(2);
    },
  );

  it('gives the six directions in order', () => {
    expect(computeAcrobat(buildPractice()).dimensions.map((d) => d.id)).toEqual([
      'haut',
      'avant',
      'exterieur',
      'arriere',
      'cotes',
      'interieur',
    ]);
  });
});

describe('computeAcrobat: zones de vigilance', () => {
  it.each([
    { name: 'empty', responses: buildPractice(), vigilance: [] },
    {
      name: 'all-equal answers',
      responses: buildPractice({ haut: 3, avant: 3, exterieur: 3, arriere: 3, cotes: 3, interieur: 3 }),
      vigilance: [],
    },
    { name: 'only two directions with data', responses: buildPractice({ haut: 4, avant: 0 }), vigilance: [] },
    {
      name: 'three directions with data',
      responses: buildPractice({ haut: 4, avant: 4, exterieur: 0 }),
      vigilance: ['exterieur'],
    },
    {
      // average 2.75: arriere is exactly 0.75 below
      name: 'exactly 0.75 below counts',
      responses: buildPractice({ haut: 3, avant: 3, exterieur: 3, arriere: 2 }),
      vigilance: ['arriere'],
    },
    {
      // means 8/3, 8/3, 8/3 and 5/3: average 29/12, avant exactly 0.75 below (not exact in binary)
      name: 'exactly 0.75 below counts, with means in thirds',
      responses: buildPractice(
        { haut: 3, exterieur: 3, interieur: 3, avant: 2 },
        {
          'acrobat.haut.appui': 2,
          'acrobat.exterieur.partenaires': 2,
          'acrobat.interieur.recul': 2,
          'acrobat.avant.objectifs': 1,
        },
      ),
      vigilance: ['avant'],
    },
    {
      // means 1, 1, 1, 5/3 and 4: average 26/15, the three at 1 are 11/15 ≈ 0.733 below
      name: 'just under 0.75 below does not count',
      responses: buildPractice(
        { haut: 1, arriere: 1, cotes: 1, avant: 2, exterieur: 4 },
        { 'acrobat.avant.objectifs': 1 },
      ),
      vigilance: [],
    },
    {
      // average 13/6: cotes and interieur 13/6 below, arriere 7/6 below
      name: 'largest shortfall first, then direction order',
      responses: buildPractice({ haut: 4, avant: 4, exterieur: 4, arriere: 1, cotes: 0, interieur: 0 }),
      vigilance: ['cotes', 'interieur', 'arriere'],
    },
    {
      name: 'invalid values do not make a zone',
      responses: buildPractice({ haut: 3, avant: 3, exterieur: 3, arriere: -1 }),
      vigilance: [],
    },
  ])('$name', ({ responses, vigilance }) => {
    expect(computeAcrobat(responses).vigilance).toEqual(vigilance);
  });
});

describe('computeStrategist', () => {
  it.each([
    {
      name: 'empty',
      responses: buildPractice(),
      experimenter: { mean: null, n: 0 },
      average: { mean: null, n: 0 },
      answered: 0,
    },
    {
      name: 'all answered 1',
      responses: buildPractice({ experimenter: 1, 'jeux-acteurs': 1, officieux: 1, 'franchir-cadre': 1 }),
      experimenter: { mean: 1, n: 2 },
      average: { mean: 1, n: 4 },
      answered: 8,
    },
    {
      name: 'partial, with an invalid value ignored',
      responses: buildPractice(
        { officieux: 2 },
        { 'strategist.experimenter.voies-nouvelles': 4, 'strategist.officieux.alliances': 9 },
      ),
      experimenter: { mean: 4, n: 1 },
      average: { mean: 3, n: 2 },
      answered: 2,
    },
    {
      name: 'acrobat answers do not count',
      responses: buildPractice({ haut: 4, avant: 4 }),
      experimenter: { mean: null, n: 0 },
      average: { mean: null, n: 0 },
      answered: 0,
    },
  ])('$name', ({ responses, experimenter, average, answered }) => {
    const p = computeStrategist(responses);
    expect(p.total).toBe(8);
    expect(p.dimensions.map((d) => d.id)).toEqual([
      'experimenter',
      'jeux-acteurs',
      'officieux',
      'franchir-cadre',
    ]);
    expect(p.dimensions[0]?.mean).toEqual(experimenter);
    expect(p.average).toEqual(average);
    expect(p.answered).toBe(answered);
  });
});

describe('strongestDimensions', () => {
  it.each([
    { name: 'nothing answered', byDimension: {}, acrobat: [], strategist: [] },
    {
      name: 'one clear strength each',
      byDimension: { haut: 2, cotes: 4, officieux: 3, experimenter: 1 },
      acrobat: ['cotes'],
      strategist: ['officieux'],
    },
    {
      name: 'ties, in dimension order',
      byDimension: { cotes: 4, haut: 2, avant: 4, 'franchir-cadre': 0, 'jeux-acteurs': 0 },
      acrobat: ['avant', 'cotes'],
      strategist: ['jeux-acteurs', 'franchir-cadre'],
    },
    {
      name: 'all equal',
      byDimension: { experimenter: 2, 'jeux-acteurs': 2, officieux: 2, 'franchir-cadre': 2 },
      acrobat: [],
      strategist: ['experimenter', 'jeux-acteurs', 'officieux', 'franchir-cadre'],
    },
  ])('$name', ({ byDimension, acrobat, strategist }) => {
    const responses = buildPractice(byDimension);
    expect(strongestDimensions(computeAcrobat(responses))).toEqual(acrobat);
    expect(strongestDimensions(computeStrategist(responses))).toEqual(strategist);
  });
});
