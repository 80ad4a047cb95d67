import { describe, expect, it, vi } from 'vitest';
import type { CompetencyResponse } from '../assessment';
import { GRID_CELLS, type MacroId, type ModalityId } from '../content/grid';
import { ACROBAT_STATEMENTS, POSTURE_IDS } from '../content/postures';
import type { PostureValues } from '../progress';
import { buildResponses } from '../../test/builders';
import { displayAliases, distribution, memberProfile, synthesizeGroup, type GroupMember } from './group';
import { whoCanHelp } from './groupReading';
import { computeWholeProfile } from './wholeProfile';

// The real computation, counted: a member's profile is computed once, whichever reading asks for it.
vi.mock('./wholeProfile', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./wholeProfile')>();
  return { ...actual, computeWholeProfile: vi.fn(actual.computeWholeProfile) };
});

type CellKey = `${MacroId}.${ModalityId}`;

/** The same response for every competence of each given cell; the rest unanswered. */
function cellResponses(cells: Partial<Record<CellKey, CompetencyResponse>>) {
  const overrides = Object.fromEntries(
    GRID_CELLS.flatMap((cell) => {
      const r = cells[`${cell.macro}.${cell.modality}`];
      return r ? cell.competencies.map((c) => [c.id, { ...r }]) : [];
    }),
  );
  return buildResponses(undefined, overrides);
}

let nextId = 0;
function buildMember(overrides: Partial<GroupMember> = {}): GroupMember {
  nextId += 1;
  return {
    id: `m${nextId}`,
    alias: `Membre ${nextId}`,
    responses: buildResponses(undefined),
    values: {},
    ...overrides,
  };
}

const cellOf = (s: ReturnType<typeof synthesizeGroup>, key: CellKey) =>
  s.cells.find((c) => `${c.macro}.${c.modality}` === key);

const acrobatAll = (value: number): PostureValues =>
  Object.fromEntries(ACROBAT_STATEMENTS.map((st) => [st.id, value]));

const split = (meetings: number) => ({
  'reunions-collectivite': meetings,
  management: 100 - meetings,
});

describe('distribution', () => {
  it.each([
    { name: 'empty', values: [], expected: { n: 0, median: null, min: null, max: null, q1: null, q3: null } },
    { name: 'one value', values: [3], expected: { n: 1, median: 3, min: 3, max: 3, q1: 3, q3: 3 } },
    {
      name: 'four values (even count)',
      values: [1, 2, 3, 4],
      expected: { n: 4, median: 2.5, min: 1, max: 4, q1: 1.75, q3: 3.25 },
    },
    {
      name: 'three unsorted values (odd count)',
      values: [5, 1, 3],
      expected: { n: 3, median: 3, min: 1, max: 5, q1: 2, q3: 4 },
    },
    {
      name: 'six values (even count)',
      values: [6, 1, 5, 2, 4, 3],
      expected: { n: 6, median: 3.5, min: 1, max: 6, q1: 2.25, q3: 4.75 },
    },
    {
      name: 'five values with repeats (odd count)',
      values: [2, 2, 2, 4, 4],
      expected: { n: 5, median: 2, min: 2, max: 4, q1: 2, q3: 4 },
    },
  ])('$name', ({ values, expected }) => {
    expect(distribution(values)).toEqual(expected);
  });

  it('leaves its input in the order it was given', () => {
    const values = [3, 1, 2];
    distribution(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('synthesizeGroup: the competency grid', () => {
  const group = [
    buildMember({
      responses: cellResponses({
        'strategie.regulation': { aisance: 4, mobilisation: 3 },
        'connaissances.regulation': { aisance: 1, mobilisation: 3 },
        'animation.prospective': { aisance: 2, mobilisation: 2 },
        'ingenierie.prospective': { aisance: 3, mobilisation: 0 },
      }),
    }),
    buildMember({
      responses: cellResponses({
        'strategie.regulation': { aisance: 3, mobilisation: 2 },
        'connaissances.regulation': { aisance: 2, mobilisation: 2 },
        'animation.prospective': { aisance: 2, mobilisation: 3 },
        'ingenierie.prospective': { aisance: 4, mobilisation: 1 },
      }),
    }),
    buildMember({
      responses: cellResponses({
        'strategie.regulation': { aisance: 2, mobilisation: 1 },
        'connaissances.regulation': { aisance: 1, mobilisation: 3 },
        'animation.prospective': { aisance: 4, mobilisation: 1 },
        'ingenierie.prospective': { notConcerned: true, aisance: 1, mobilisation: 3 },
      }),
    }),
  ];
  const s = synthesizeGroup(group);

  it('counts the members and keeps every cell and macro in grid order', () => {
    expect(s.size).toBe(3);
    expect(s.cells.map((c) => `${c.macro}.${c.modality}`)).toEqual(
      GRID_CELLS.map((c) => `${c.macro}.${c.modality}`),
    );
    expect(s.macros.map((m) => m.macro)).toEqual([
      'strategie',
      'connaissances',
      'aide-decision',
      'ingenierie',
      'animation',
    ]);
  });

  it.each([
    { cell: 'strategie.regulation', aisance: { n: 3, median: 3 }, mobilisation: { n: 3, median: 2 } },
    { cell: 'connaissances.regulation', aisance: { n: 3, median: 1 }, mobilisation: { n: 3, median: 3 } },
    { cell: 'animation.prospective', aisance: { n: 3, median: 2 }, mobilisation: { n: 3, median: 2 } },
    // the third member is "non concerné·e" there: left out, not counted as zero
    { cell: 'ingenierie.prospective', aisance: { n: 2, median: 3.5 }, mobilisation: { n: 2, median: 0.5 } },
    {
      cell: 'aide-decision.regulation',
      aisance: { n: 0, median: null },
      mobilisation: { n: 0, median: null },
    },
  ] as const)('medians of $cell', ({ cell, aisance, mobilisation }) => {
    expect(cellOf(s, cell)?.aisance).toMatchObject(aisance);
    expect(cellOf(s, cell)?.mobilisation).toMatchObject(mobilisation);
  });

  it('spreads each macro over the members who answered in it', () => {
    const strategie = s.macros.find((m) => m.macro === 'strategie');
    expect(strategie?.aisance).toEqual({ n: 3, median: 3, min: 2, max: 4, q1: 2.5, q3: 3.5 });
  });

  it('lists the cells the group is collectively at ease with, highest median first', () => {
    expect(s.atEase).toEqual([
      { macro: 'ingenierie', modality: 'prospective', median: 3.5 },
      { macro: 'strategie', modality: 'regulation', median: 3 },
    ]);
  });

  it('lists the cells the group is asked for but not yet at ease with, largest gap first', () => {
    expect(s.lacking).toEqual([
      { macro: 'connaissances', modality: 'regulation', median: 1 },
      { macro: 'animation', modality: 'prospective', median: 2 },
    ]);
  });

  it("counts each member's cell mean as one value", () => {
    const twoItems = synthesizeGroup([
      buildMember({
        responses: buildResponses(undefined, {
          'competency.strategie.regulation.mediation': { aisance: 4 },
          'competency.strategie.regulation.negociation': { aisance: 1 },
        }),
      }),
    ]);
    expect(cellOf(twoItems, 'strategie.regulation')?.aisance).toMatchObject({ n: 1, median: 2.5 });
  });

  it('gives an empty synthesis for an empty group', () => {
    const empty = synthesizeGroup([]);
    expect(empty.size).toBe(0);
    expect(empty.cells.every((c) => c.aisance.n === 0 && c.aisance.median === null)).toBe(true);
    expect(empty.atEase).toEqual([]);
    expect(empty.lacking).toEqual([]);
    expect(empty.meetings.n).toBe(0);
  });
});

describe('synthesizeGroup: preferred postures', () => {
  it('counts a tie for each tied posture, and lists every posture in order', () => {
    const s = synthesizeGroup([
      // one answer each for avant and interieur: both preferred
      buildMember({ values: { 'situation.feuille-de-route': 'avant', 'situation.nouvel-elu': 'interieur' } }),
      buildMember({ values: { 'situation.feuille-de-route': 'avant' } }),
      // a choice the situation does not offer is no answer: no preferred posture
      buildMember({ values: { 'situation.feuille-de-route': 'officieux' } }),
    ]);
    expect(s.preferred.map((p) => p.posture)).toEqual(POSTURE_IDS);
    expect(
      Object.fromEntries(s.preferred.filter((p) => p.members > 0).map((p) => [p.posture, p.members])),
    ).toEqual({ avant: 2, interieur: 1 });
  });
});

describe('synthesizeGroup: members with missing instruments', () => {
  const s = synthesizeGroup([
    buildMember({
      values: { ...acrobatAll(3), 'tension.politique-publique': 4, 'time.actual': split(40) },
    }),
    buildMember({
      values: { ...acrobatAll(1), 'strategist.experimenter.voies-nouvelles': 2, 'time.actual': split(20) },
    }),
    // answered nothing but an invalid time split (does not add up to 100)
    buildMember({ values: { 'time.actual': { 'reunions-etat': 50 } } }),
  ]);

  it.each([
    {
      name: 'acrobat direction',
      get: () => s.directions.find((d) => d.id === 'haut')?.frequency,
      n: 2,
      median: 2,
    },
    {
      name: 'strategist trait',
      get: () => s.traits.find((t) => t.id === 'experimenter')?.frequency,
      n: 1,
      median: 2,
    },
    {
      name: 'unanswered strategist trait',
      get: () => s.traits.find((t) => t.id === 'officieux')?.frequency,
      n: 0,
      median: null,
    },
    {
      name: 'tension',
      get: () => s.tensions.find((t) => t.id === 'politique-publique')?.pull,
      n: 1,
      median: 4,
    },
    { name: 'meetings, from valid splits only', get: () => s.meetings, n: 2, median: 30 },
    {
      name: 'competency cell',
      get: () => cellOf(s, 'strategie.regulation')?.aisance,
      n: 0,
      median: null,
    },
  ])('$name: n counts only the members who answered', ({ get, n, median }) => {
    expect(get()).toMatchObject({ n, median });
  });

  it('keeps all directions, traits and tensions in content order', () => {
    expect(s.directions.map((d) => d.id)).toEqual([
      'haut',
      'avant',
      'exterieur',
      'arriere',
      'cotes',
      'interieur',
    ]);
    expect(s.traits.map((t) => t.id)).toEqual([
      'experimenter',
      'jeux-acteurs',
      'officieux',
      'franchir-cadre',
    ]);
    expect(s.tensions.map((t) => t.id)).toEqual([
      'politique-publique',
      'culture-professionnelle',
      'cadre-institutionnel',
      'public-usagers',
    ]);
  });
});

describe('displayAliases', () => {
  const people = (...aliases: string[]) => aliases.map((alias, i) => ({ id: `id${i}`, alias }));

  it.each([
    {
      name: 'anonymous: P1…Pn in the given order, whatever the aliases',
      members: people('Zoé', 'Ana', 'Zoé'),
      anonymous: true,
      expected: ['P1', 'P2', 'P3'],
    },
    {
      name: 'distinct aliases are kept as they are',
      members: people('Zoé', 'Ana'),
      anonymous: false,
      expected: ['Zoé', 'Ana'],
    },
    {
      name: 'repeated aliases get (2), (3)',
      members: people('Ana', 'Bob', 'Ana', 'Ana'),
      anonymous: false,
      expected: ['Ana', 'Bob', 'Ana (2)', 'Ana (3)'],
    },
    {
      name: 'a suffix never collides with an alias that already reads that way',
      members: people('Ana (2)', 'Ana', 'Ana'),
      anonymous: false,
      expected: ['Ana (2)', 'Ana', 'Ana (3)'],
    },
    { name: 'an empty group', members: people(), anonymous: true, expected: [] },
  ])('$name', ({ members, anonymous, expected }) => {
    const names = displayAliases(members, anonymous);
    expect(members.map((m) => names.get(m.id))).toEqual(expected);
    expect(names.size).toBe(expected.length);
  });
});

describe('memberProfile', () => {
  it('computes each member’s whole profile once for the synthesis and who can help whom', () => {
    const members = [
      buildMember({ responses: cellResponses({ 'strategie.regulation': { aisance: 4, mobilisation: 1 } }) }),
      buildMember({ responses: cellResponses({ 'strategie.regulation': { aisance: 1, mobilisation: 3 } }) }),
    ];
    vi.mocked(computeWholeProfile).mockClear();
    synthesizeGroup(members);
    expect(whoCanHelp(members)).toHaveLength(1);
    synthesizeGroup(members);
    expect(computeWholeProfile).toHaveBeenCalledTimes(2);
    expect(memberProfile(members[0]!)).toBe(memberProfile(members[0]!));
    expect(computeWholeProfile).toHaveBeenCalledTimes(2);
  });

  it('computes again for a member with new answers', () => {
    const before = buildMember({ values: acrobatAll(1) });
    const after = { ...before, values: acrobatAll(4) };
    expect(memberProfile(after)).not.toEqual(memberProfile(before));
  });
});
