import { describe, expect, it } from 'vitest';
import { COMPETENCIES } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TENSION_PAIRS,
} from '../content/postures';
import type { PostureValue } from '../assessment';
import { situationFitItemId, tensionItemId, tensionPairItemId, type PostureValues } from '../progress';
import { buildResponses } from '../../test/builders';
import { bilanContentVersion, compareBilans, type BilanData, type Change, type Comparison } from './compare';

const NEGO = 'competency.strategie.regulation.negociation';
const MED_R = 'competency.strategie.regulation.mediation';
const MAILLAGE = 'competency.animation.prospective.maillage';
const EVALUER = 'acrobat.arriere.evaluer';
const GROUPS = [
  'macros',
  'macroMobilisation',
  'cells',
  'competencies',
  'directions',
  'traits',
  'tensions',
] as const;

/** Every practice statement and tension at `fill`, then per-item overrides. */
function buildValues(
  fill: number | undefined,
  overrides: Record<string, PostureValue | undefined> = {},
): PostureValues {
  const ids = [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS].map((s) => s.id);
  const all = [...ids, ...TENSION_IDS.map(tensionItemId)].map((id) => [id, fill] as const);
  return { ...Object.fromEntries(all), ...overrides };
}

/** A fully answered bilan at the middle of every scale, content version 1, then overrides. */
function buildBilan(overrides: Partial<BilanData> = {}): BilanData {
  return {
    responses: buildResponses({ aisance: 2, mobilisation: 1 }),
    values: buildValues(2),
    contentVersion: 1,
    ...overrides,
  };
}

const EMPTY = buildBilan({ responses: buildResponses(undefined), values: buildValues(undefined) });

function changeIn(changes: readonly Change[], id: string): Change {
  const c = changes.find((x) => x.id === id);
  if (!c) throw new Error(`no change for ${id}`);
  return c;
}

const allChanges = (c: Comparison) => GROUPS.flatMap((g) => c[g]);

describe('compareBilans: shape', () => {
  it('gives one change per macro, cell (15, in grid order), competence, direction, trait and tension', () => {
    const c = compareBilans(buildBilan(), buildBilan());
    expect(c.macros.map((m) => m.id)).toEqual([
      'strategie',
      'connaissances',
      'aide-decision',
      'ingenierie',
      'animation',
    ]);
    expect(c.macroMobilisation).toHaveLength(5);
    expect(c.cells).toHaveLength(15);
    expect(c.cells[0]?.id).toBe('strategie.regulation');
    expect(c.cells[14]?.id).toBe('animation.prospective');
    expect(c.competencies.map((x) => x.id)).toEqual(COMPETENCIES.map((x) => x.id));
    expect(c.directions).toHaveLength(6);
    expect(c.traits).toHaveLength(4);
    expect(c.tensions.map((t) => t.id)).toEqual([...TENSION_IDS]);
  });
});

describe('compareBilans: identical bilans', () => {
  it.each([
    { name: 'fully answered', bilan: buildBilan(), status: 'same' },
    { name: 'empty', bilan: EMPTY, status: 'none' },
  ])('$name: every change is $status, nothing moved, nothing new', ({ bilan, status }) => {
    const c = compareBilans(bilan, bilan);
    expect(new Set(allChanges(c).map((x) => x.status))).toEqual(new Set([status]));
    expect(c.mostMoved).toEqual([]);
    expect(c.newContent).toEqual([]);
  });

  it('says how many answers each side rests on', () => {
    const c = compareBilans(buildBilan(), buildBilan());
    expect(changeIn(c.macros, 'strategie')).toMatchObject({
      before: 2,
      after: 2,
      delta: 0,
      nBefore: 8,
      nAfter: 8,
    });
    expect(changeIn(c.directions, 'haut')).toMatchObject({ nBefore: 3, nAfter: 3 });
  });
});

describe('compareBilans: status of a change (tensions)', () => {
  it.each([
    { name: 'unchanged', before: 2, after: 2, status: 'same', delta: 0 },
    { name: '0 is an answer', before: 0, after: 0, status: 'same', delta: 0 },
    { name: 'rising', before: 1, after: 3, status: 'up', delta: 2 },
    { name: 'falling', before: 3, after: 0, status: 'down', delta: -3 },
    { name: 'answered after only', before: undefined, after: 2, status: 'only-after', delta: null },
    { name: 'answered before only', before: 2, after: undefined, status: 'only-before', delta: null },
    { name: 'answered on neither side', before: undefined, after: undefined, status: 'none', delta: null },
    {
      name: 'a pull outside 0..4 is absent',
      before: 2,
      after: 7,
      shown: null,
      status: 'only-before',
      delta: null,
    },
  ])('$name', ({ before, after, shown, status, delta }) => {
    const key = tensionItemId('cadre-institutionnel');
    const c = compareBilans(
      buildBilan({ values: buildValues(2, { [key]: before }) }),
      buildBilan({ values: buildValues(2, { [key]: after }) }),
    );
    expect(changeIn(c.tensions, 'cadre-institutionnel')).toMatchObject({
      before: before ?? null,
      after: shown === undefined ? (after ?? null) : shown,
      delta,
      status,
    });
    expect(changeIn(c.tensions, 'politique-publique').status).toBe('same');
  });
});

describe('compareBilans: matching by id', () => {
  it('survives answers stored in reverse key order', () => {
    // Distinct ratings per competence, so matching by position would report changes.
    const responses = buildResponses(
      undefined,
      Object.fromEntries(COMPETENCIES.map((c, i) => [c.id, { aisance: ((i % 4) + 1) as 1 | 2 | 3 | 4 }])),
    );
    const values = buildValues(
      undefined,
      Object.fromEntries(ACROBAT_STATEMENTS.map((s, i) => [s.id, i % 5])),
    );
    const reversed = {
      responses: Object.fromEntries(Object.entries(responses).reverse()),
      values: Object.fromEntries(Object.entries(values).reverse()),
    };
    expect(Object.keys(reversed.responses)[0]).toBe(COMPETENCIES[COMPETENCIES.length - 1]?.id);

    const c = compareBilans(buildBilan({ responses, values }), buildBilan(reversed));
    expect(c.competencies.every((x) => x.status === 'same')).toBe(true);
    expect(c.directions.every((x) => x.status === 'same')).toBe(true);
    expect(c.mostMoved).toEqual([]);
  });
});

describe('compareBilans: absent answers', () => {
  it.each([
    {
      name: '"non concerné·e" before',
      before: { notConcerned: true, aisance: 2 as const },
      after: { aisance: 2 as const },
      status: 'only-after',
      nBefore: 0,
      nAfter: 1,
    },
    {
      name: '"non concerné·e" after',
      before: { aisance: 2 as const },
      after: { notConcerned: true, aisance: 2 as const },
      status: 'only-before',
      nBefore: 1,
      nAfter: 0,
    },
    {
      name: 'unanswered before',
      before: undefined,
      after: { aisance: 2 as const },
      status: 'only-after',
      nBefore: 0,
      nAfter: 1,
    },
    {
      name: '"non concerné·e" on both sides',
      before: { notConcerned: true },
      after: { notConcerned: true },
      status: 'none',
      nBefore: 0,
      nAfter: 0,
    },
  ])(
    '$name: the competence and its one-item cell are $status',
    ({ before, after, status, nBefore, nAfter }) => {
      const c = compareBilans(
        buildBilan({ responses: buildResponses({ aisance: 2 }, { [MAILLAGE]: before }) }),
        buildBilan({ responses: buildResponses({ aisance: 2 }, { [MAILLAGE]: after }) }),
      );
      for (const change of [changeIn(c.competencies, MAILLAGE), changeIn(c.cells, 'animation.prospective')]) {
        expect(change).toMatchObject({ status, delta: null, nBefore, nAfter });
      }
      // the absent side is left out of the macro mean, never counted as 0
      expect(changeIn(c.macros, 'animation')).toMatchObject({
        status: 'same',
        nBefore: 4 + nBefore,
        nAfter: 4 + nAfter,
      });
    },
  );

  it.each([
    { name: 'a value of 9', value: 9, haut: { after: 2, nAfter: 2 } },
    { name: 'a negative value', value: -1, haut: { after: 2, nAfter: 2 } },
    { name: 'a non-integer', value: 2.5, haut: { after: 2, nAfter: 2 } },
    { name: 'a string', value: '4', haut: { after: 2, nAfter: 2 } },
    { name: 'a valid value, for contrast', value: 4, haut: { after: 8 / 3, nAfter: 3 } },
  ])('a practice statement with $name counts only if it is a frequency 0..4', ({ value, haut }) => {
    const c = compareBilans(
      buildBilan(),
      buildBilan({ values: buildValues(2, { 'acrobat.haut.appui': value }) }),
    );
    expect(changeIn(c.directions, 'haut')).toMatchObject({ nBefore: 3, ...haut });
  });

  it('a direction whose statements all hold 9 is absent, never 0', () => {
    const nines = Object.fromEntries(
      ACROBAT_STATEMENTS.filter((s) => s.dimension === 'haut').map((s) => [s.id, 9]),
    );
    const c = compareBilans(buildBilan(), buildBilan({ values: buildValues(2, nines) }));
    expect(changeIn(c.directions, 'haut')).toMatchObject({ after: null, status: 'only-before', nAfter: 0 });
  });
});

describe('compareBilans: a change is called only from one level', () => {
  // « Vers le haut » has three statements, all at « Parfois » (2) in the older bilan.
  it.each([
    { name: 'one statement up a level: a third of a level, stable', values: [3, 2, 2], status: 'same' },
    { name: 'two statements up a level: two thirds, stable', values: [3, 3, 2], status: 'same' },
    { name: 'all three up a level: a change', values: [3, 3, 3], status: 'up' },
    { name: 'one statement up two levels, one up one: a change', values: [4, 3, 2], status: 'up' },
    { name: 'all three down a level: a change', values: [1, 1, 1], status: 'down' },
  ])('$name', ({ values, status }) => {
    const [a = 2, b = 2, c = 2] = values;
    const after = buildValues(2, {
      'acrobat.haut.aide-decision': a,
      'acrobat.haut.appui': b,
      'acrobat.haut.rendre-compte': c,
    });
    const comparison = compareBilans(buildBilan(), buildBilan({ values: after }));
    expect(changeIn(comparison.directions, 'haut').status).toBe(status);
    expect(comparison.mostMoved.map((m) => m.id)).toEqual(status === 'same' ? [] : ['haut']);
  });

  it('counts in the headline (mostMoved) only what moved a level or more', () => {
    const c = compareBilans(
      buildBilan(),
      buildBilan({ values: buildValues(2, { 'acrobat.haut.aide-decision': 3 }) }),
    );
    // « Vers le haut » has three statements: one of them up a level moves the mean by a third.
    expect(changeIn(c.directions, 'haut')).toMatchObject({ status: 'same' });
    expect(c.mostMoved).toEqual([]);
  });
});

describe('compareBilans: mostMoved', () => {
  it.each([
    {
      name: 'one cell rising by 2 shows first, a direction rising by 1 next',
      responses: { [NEGO]: { aisance: 4 as const }, [MED_R]: { aisance: 4 as const } },
      values: { 'acrobat.haut.aide-decision': 3, 'acrobat.haut.appui': 3, 'acrobat.haut.rendre-compte': 3 },
      ids: ['strategie.regulation', 'haut'],
      deltas: [2, 1],
    },
    {
      name: 'capped at 5, largest |delta| first, ties in cells, directions, traits, tensions order',
      responses: {
        'competency.connaissances.regulation.evaluation': { aisance: 1 as const },
        'competency.connaissances.regulation.capitalisation': { aisance: 1 as const },
        'competency.ingenierie.prospective.conception': { aisance: 4 as const },
      },
      values: {
        [tensionItemId('politique-publique')]: 4,
        [tensionItemId('culture-professionnelle')]: 1,
        'acrobat.avant.objectifs': 0,
        'acrobat.avant.phases': 0,
        'acrobat.avant.societe-civile': 0,
        'acrobat.cotes.cohesion': 3,
        'strategist.officieux.sous-main': 3,
        'strategist.officieux.alliances': 3,
      },
      ids: ['ingenierie.prospective', 'avant', 'politique-publique', 'connaissances.regulation', 'officieux'],
      deltas: [2, -2, 2, -1, 1],
    },
  ])('$name', ({ responses, values, ids, deltas }) => {
    const c = compareBilans(
      buildBilan(),
      buildBilan({
        responses: buildResponses({ aisance: 2, mobilisation: 1 }, responses),
        values: buildValues(2, values),
      }),
    );
    expect(c.mostMoved.map((x) => x.id)).toEqual(ids);
    expect(c.mostMoved.map((x) => x.delta)).toEqual(deltas);
  });

  it('leaves macros and single competences out, though they moved too', () => {
    const c = compareBilans(
      buildBilan(),
      buildBilan({
        responses: buildResponses({ aisance: 2 }, { [NEGO]: { aisance: 4 }, [MED_R]: { aisance: 4 } }),
      }),
    );
    expect(changeIn(c.competencies, NEGO).status).toBe('up');
    expect(changeIn(c.cells, 'strategie.regulation').status).toBe('up');
    expect(c.mostMoved.map((x) => x.id)).toEqual(['strategie.regulation']);
  });
});

describe('compareBilans: new content', () => {
  const since = { [MAILLAGE]: 2, [EVALUER]: 2 };
  // Maillage did not exist for the older bilan; the newer one rates it, and rates evaluer higher.
  const older = buildBilan({
    responses: buildResponses({ aisance: 2, mobilisation: 1 }, { [MAILLAGE]: undefined }),
  });
  const newer = buildBilan({
    contentVersion: 2,
    responses: buildResponses(
      { aisance: 2, mobilisation: 1 },
      { [MAILLAGE]: { aisance: 4, mobilisation: 3 } },
    ),
    values: buildValues(2, { [EVALUER]: 4 }),
  });

  it('marks a competence introduced after the older bilan as new, and its one-item cell too', () => {
    const c = compareBilans(older, newer, since);
    expect(c.newContent).toEqual([MAILLAGE, EVALUER]);
    expect(changeIn(c.competencies, MAILLAGE)).toEqual({
      id: MAILLAGE,
      before: null,
      after: 4,
      delta: null,
      status: 'new',
      nBefore: 0,
      nAfter: 1,
    });
    expect(changeIn(c.cells, 'animation.prospective')).toMatchObject({
      status: 'new',
      before: null,
      after: 4,
    });
  });

  it('compares aggregates over the content the older bilan had, so new content is no change from zero', () => {
    const c = compareBilans(older, newer, since);
    expect(changeIn(c.macros, 'animation')).toMatchObject({
      status: 'same',
      delta: 0,
      nBefore: 4,
      nAfter: 4,
    });
    expect(changeIn(c.macroMobilisation, 'animation')).toMatchObject({
      status: 'same',
      nBefore: 4,
      nAfter: 4,
    });
    expect(changeIn(c.directions, 'arriere')).toMatchObject({ status: 'same', nBefore: 1, nAfter: 1 });
    expect(c.mostMoved).toEqual([]);
  });

  it.each([
    {
      name: 'older bilan at version 1: new',
      olderVersion: 1,
      maillage: 'new',
      animation: 'same',
      newContent: 2,
    },
    {
      name: 'older bilan at version 2: compared',
      olderVersion: 2,
      maillage: 'only-after',
      // 2 -> 2.4: less than one level, so stable
      animation: 'same',
      newContent: 0,
    },
  ])('$name', ({ olderVersion, maillage, animation, newContent }) => {
    const c = compareBilans({ ...older, contentVersion: olderVersion }, newer, since);
    expect(changeIn(c.competencies, MAILLAGE).status).toBe(maillage);
    expect(changeIn(c.macros, 'animation').status).toBe(animation);
    expect(c.newContent).toHaveLength(newContent);
  });

  it('without a since map, nothing is new yet', () => {
    const c = compareBilans(older, newer);
    expect(c.newContent).toEqual([]);
    expect(changeIn(c.competencies, MAILLAGE).status).toBe('only-after');
  });
});

describe('bilanContentVersion', () => {
  it.each([
    { versions: [], expected: 1 },
    { versions: [1, 1], expected: 1 },
    { versions: [1, 3, 2], expected: 3 },
  ])('$versions -> $expected', ({ versions, expected }) => {
    expect(bilanContentVersion(versions)).toBe(expected);
  });
});

describe('compareBilans: adaptation and pairs of forces', () => {
  /** The first `n` situations answered with their first option, `departures` of them « what it calls for ». */
  const fits = (n: number, departures: number): Record<string, PostureValue> =>
    Object.fromEntries(
      SITUATIONS.slice(0, n).flatMap((s, i) => [
        [s.id, s.options[0] ?? ''],
        [situationFitItemId(s.id), i < departures ? 'situation' : 'habit'],
      ]),
    );
  const [P0, P1, P2] = TENSION_PAIRS;
  const pairs = (outcomes: Record<number, string>): Record<string, PostureValue> =>
    Object.fromEntries(
      Object.entries(outcomes).map(([i, o]) => [tensionPairItemId(TENSION_PAIRS[Number(i)]!), o]),
    );

  it('says the adaptation before and after, and that it went up a level in words', () => {
    const c = compareBilans(
      buildBilan({ values: buildValues(2, fits(6, 1)) }),
      buildBilan({ values: buildValues(2, fits(6, 5)) }),
    );
    expect(c.adaptation.before).toMatchObject({ answered: 6, departures: 1, level: 'rarely' });
    expect(c.adaptation.after).toMatchObject({ answered: 6, departures: 5, level: 'often' });
    expect(c.adaptation.status).toBe('more');
  });

  it('reads less, the same, or nothing to compare when a side is unsaid', () => {
    const at = (n: number, d: number) => buildBilan({ values: buildValues(2, fits(n, d)) });
    expect(compareBilans(at(4, 4), at(4, 0)).adaptation.status).toBe('less');
    expect(compareBilans(at(6, 3), at(4, 2)).adaptation.status).toBe('same');
    expect(compareBilans(EMPTY, at(4, 2)).adaptation).toMatchObject({ before: null, status: 'none' });
  });

  it('names the pairs whose outcome changed, not those answered on one side only', () => {
    const c = compareBilans(
      buildBilan({ values: buildValues(2, pairs({ 0: P0![0], 1: 'equilibre', 2: P2![1] })) }),
      buildBilan({ values: buildValues(2, pairs({ 0: P0![1], 1: 'equilibre', 3: 'equilibre' })) }),
    );
    expect(c.pairs).toHaveLength(TENSION_PAIRS.length);
    expect(c.pairs[0]).toEqual({ pair: P0, before: P0![0], after: P0![1], changed: true });
    expect(c.pairs[1]).toMatchObject({ pair: P1, before: 'equilibre', after: 'equilibre', changed: false });
    expect(c.pairs[2]).toMatchObject({ before: P2![1], after: null, changed: false });
    expect(c.pairs[3]).toMatchObject({ before: null, after: 'equilibre', changed: false });
    expect(c.pairs.filter((p) => p.changed)).toHaveLength(1);
  });
});
