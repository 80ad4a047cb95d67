import { describe, expect, it } from 'vitest';
import { computeCompetencyProfile, strongestMacros } from './competency';
import { buildResponses } from '../../test/builders';

const NEGO = 'competency.strategie.regulation.negociation';
const MED_R = 'competency.strategie.regulation.mediation';
const MED_E = 'competency.strategie.elargissement.mediation';
const MAILLAGE = 'competency.animation.prospective.maillage';

describe('computeCompetencyProfile: counts and means', () => {
  it.each([
    {
      name: 'empty assessment',
      responses: buildResponses(undefined),
      answered: 0,
      notConcerned: 0,
      strategieAisance: { mean: null, n: 0 },
    },
    {
      name: 'all "non concerné·e", even with stray ratings',
      responses: buildResponses({ notConcerned: true, aisance: 4, mobilisation: 3 }),
      answered: 32,
      notConcerned: 32,
      strategieAisance: { mean: null, n: 0 },
    },
    {
      name: 'all rated 2',
      responses: buildResponses({ aisance: 2, mobilisation: 1 }),
      answered: 32,
      notConcerned: 0,
      strategieAisance: { mean: 2, n: 8 },
    },
    {
      name: 'partial: two strategy items rated, one marked non concerné·e',
      responses: buildResponses(undefined, {
        [NEGO]: { aisance: 4 },
        [MED_R]: { aisance: 1 },
        [MED_E]: { notConcerned: true, aisance: 1 },
      }),
      answered: 3,
      notConcerned: 1,
      strategieAisance: { mean: 2.5, n: 2 },
    },
    {
      name: 'only a note or a wish does not count as answered',
      responses: buildResponses(undefined, { [NEGO]: { note: 'contexte', envie: true } }),
      answered: 0,
      notConcerned: 0,
      strategieAisance: { mean: null, n: 0 },
    },
  ])('$name', ({ responses, answered, notConcerned, strategieAisance }) => {
    const p = computeCompetencyProfile(responses);
    expect(p.total).toBe(32);
    expect(p.answered).toBe(answered);
    expect(p.notConcerned).toBe(notConcerned);
    expect(p.macros.find((m) => m.macro === 'strategie')?.aisance).toEqual(strategieAisance);
  });

  it('gives 5 macro results and 15 cells that together hold the 32 competences', () => {
    const p = computeCompetencyProfile(buildResponses(undefined));
    expect(p.macros.map((m) => m.macro)).toEqual([
      'strategie',
      'connaissances',
      'aide-decision',
      'ingenierie',
      'animation',
    ]);
    expect(p.cells).toHaveLength(15);
    expect(p.cells.flatMap((c) => c.competencyIds)).toHaveLength(32);
  });

  it('means a cell over its own answered items only', () => {
    const p = computeCompetencyProfile(
      buildResponses(undefined, { [NEGO]: { aisance: 3, mobilisation: 0 }, [MED_R]: { mobilisation: 3 } }),
    );
    const cell = p.cells.find((c) => c.macro === 'strategie' && c.modality === 'regulation');
    expect(cell?.aisance).toEqual({ mean: 3, n: 1 });
    expect(cell?.mobilisation).toEqual({ mean: 1.5, n: 2 });
  });
});

describe('computeCompetencyProfile: strengths and gaps', () => {
  it.each([
    // aisance, mobilisation -> in strengths, asked-not-at-ease, at-ease-not-asked
    { aisance: 1, mobilisation: 3, strength: false, asked: true, atEase: false },
    { aisance: 2, mobilisation: 2, strength: false, asked: true, atEase: false },
    { aisance: 2, mobilisation: 1, strength: false, asked: false, atEase: false },
    { aisance: 3, mobilisation: 2, strength: true, asked: false, atEase: false },
    { aisance: 3, mobilisation: 1, strength: true, asked: false, atEase: true },
    { aisance: 4, mobilisation: 0, strength: true, asked: false, atEase: true },
    { aisance: 4, mobilisation: undefined, strength: true, asked: false, atEase: false },
    { aisance: undefined, mobilisation: 3, strength: false, asked: false, atEase: false },
  ] as const)(
    'aisance $aisance, mobilisation $mobilisation',
    ({ aisance, mobilisation, strength, asked, atEase }) => {
      const p = computeCompetencyProfile(buildResponses(undefined, { [NEGO]: { aisance, mobilisation } }));
      expect(p.strengths.some((s) => s.id === NEGO)).toBe(strength);
      expect(p.askedNotAtEase.some((s) => s.id === NEGO)).toBe(asked);
      expect(p.atEaseNotAsked.some((s) => s.id === NEGO)).toBe(atEase);
    },
  );

  it('leaves "non concerné·e" items out of strengths and gaps', () => {
    const p = computeCompetencyProfile(
      buildResponses(undefined, { [NEGO]: { aisance: 4, mobilisation: 0, notConcerned: true } }),
    );
    expect(p.strengths).toEqual([]);
    expect(p.atEaseNotAsked).toEqual([]);
  });

  it('orders strengths most at ease first, then in grid order', () => {
    const p = computeCompetencyProfile(
      buildResponses(undefined, {
        [MAILLAGE]: { aisance: 4 },
        [NEGO]: { aisance: 3 },
        [MED_R]: { aisance: 3 },
      }),
    );
    expect(p.strengths.map((s) => s.id)).toEqual([MAILLAGE, MED_R, NEGO]);
  });

  it('orders a gap list largest gap first', () => {
    const p = computeCompetencyProfile(
      buildResponses(undefined, {
        [NEGO]: { aisance: 2, mobilisation: 2 },
        [MAILLAGE]: { aisance: 1, mobilisation: 3 },
      }),
    );
    expect(p.askedNotAtEase.map((s) => s.id)).toEqual([MAILLAGE, NEGO]);
  });
});

describe('computeCompetencyProfile: wishes and acquisition', () => {
  it('lists wishes and groups competences by how they were acquired', () => {
    const p = computeCompetencyProfile(
      buildResponses(undefined, {
        [NEGO]: { envie: true, acquisition: 'terrain' },
        [MED_R]: { acquisition: 'les-deux' },
        [MAILLAGE]: { envie: true, acquisition: 'terrain', notConcerned: true },
      }),
    );
    expect(p.wishes).toEqual([NEGO, MAILLAGE]);
    expect(p.acquisition.terrain).toEqual([NEGO, MAILLAGE]);
    expect(p.acquisition['les-deux']).toEqual([MED_R]);
    expect(p.acquisition.formation).toEqual([]);
  });
});

describe('strongestMacros', () => {
  it.each([
    { name: 'nothing rated', overrides: {}, expected: [] },
    {
      name: 'one clear strength',
      overrides: { [MAILLAGE]: { aisance: 4 }, [NEGO]: { aisance: 2 } },
      expected: ['animation'],
    },
    {
      name: 'a tie',
      overrides: { [MAILLAGE]: { aisance: 3 }, [NEGO]: { aisance: 3 } },
      expected: ['strategie', 'animation'],
    },
  ] as const)('$name', ({ overrides, expected }) => {
    const p = computeCompetencyProfile(buildResponses(undefined, overrides));
    expect(strongestMacros(p).map((m) => m.macro)).toEqual(expected);
  });
});
