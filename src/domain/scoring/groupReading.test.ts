import { describe, expect, it } from 'vitest';
import type { CompetencyResponse } from '../assessment';
import { GRID_CELLS, type MacroId, type ModalityId } from '../content/grid';
import { ACROBAT_STATEMENTS, SITUATIONS, TENSION_IDS, TENSION_PAIRS } from '../content/postures';
import { situationFitItemId, tensionItemId, tensionPairItemId } from '../progress';
import { buildResponses } from '../../test/builders';
import { distribution, synthesizeGroup, type GroupMember } from './group';
import {
  adaptationLeaders,
  groupPairWins,
  instrumentsWithData,
  leaders,
  readPairSplit,
  readSpread,
  whoCanHelp,
} from './groupReading';

type CellKey = `${MacroId}.${ModalityId}`;
const [FIRST, SECOND] = GRID_CELLS;
const key = (c: (typeof GRID_CELLS)[number] | undefined) => `${c?.macro}.${c?.modality}` as CellKey;

function member(id: string, cells: Partial<Record<CellKey, CompetencyResponse>>, values = {}): GroupMember {
  const overrides = Object.fromEntries(
    GRID_CELLS.flatMap((cell) => {
      const r = cells[`${cell.macro}.${cell.modality}`];
      return r ? cell.competencies.map((c) => [c.id, { ...r }]) : [];
    }),
  );
  return { id, alias: id, responses: buildResponses(undefined, overrides), values };
}

describe('leaders', () => {
  it('keeps every row tied at the top, in order', () => {
    const rows = [
      { l: 'avant', n: 1 },
      { l: 'haut', n: 1 },
      { l: 'bas', n: 0 },
      { l: 'arriere', n: 1 },
    ];
    expect(leaders(rows, (r) => r.n).map((r) => r.l)).toEqual(['avant', 'haut', 'arriere']);
  });
  it('names one leader when there is one, none when nothing is above zero', () => {
    expect(leaders([{ n: 2 }, { n: 3 }], (r) => r.n)).toEqual([{ n: 3 }]);
    expect(leaders([{ n: 0 }, { n: null }], (r) => r.n)).toEqual([]);
  });
});

describe('readSpread', () => {
  const aisance = { min: 1, max: 4 };
  it('says where the median sits on the scale', () => {
    expect(readSpread(distribution([3.5, 3.5, 4]), aisance)?.level).toBe('high');
    expect(readSpread(distribution([3, 3, 3]), aisance)?.level).toBe('ratherHigh');
    expect(readSpread(distribution([2, 2, 2]), aisance)?.level).toBe('ratherLow');
    expect(readSpread(distribution([1, 1, 1.5]), aisance)?.level).toBe('low');
  });
  it('tells a close group from a divided one', () => {
    expect(readSpread(distribution([3, 3.1, 3.3, 3.4]), aisance)?.agreement).toBe('close');
    expect(readSpread(distribution([1, 1, 4, 4]), aisance)?.agreement).toBe('split');
    expect(readSpread(distribution([1, 3, 3, 4]), aisance)?.agreement).toBe('split');
    expect(readSpread(distribution([2, 2.5, 3.5, 3.5]), aisance)?.agreement).toBe('mixed');
  });
  it('reads nothing without values', () => {
    expect(readSpread(distribution([]), aisance)).toBeNull();
  });
});

describe('whoCanHelp', () => {
  const canPassOn: CompetencyResponse = { aisance: 4, mobilisation: 1 };
  const askedNotAtEase: CompetencyResponse = { aisance: 2, mobilisation: 3 };
  const atEase: CompetencyResponse = { aisance: 3, mobilisation: 3 };

  it('pairs, cell by cell, who can pass it on with who is asked for it and not yet at ease', () => {
    const pairs = whoCanHelp([
      member('ana', { [key(FIRST)]: canPassOn, [key(SECOND)]: askedNotAtEase }),
      member('bo', { [key(FIRST)]: askedNotAtEase, [key(SECOND)]: canPassOn }),
      member('cy', { [key(FIRST)]: askedNotAtEase, [key(SECOND)]: atEase }),
      member('di', { [key(FIRST)]: atEase }),
    ]);
    expect(pairs).toEqual([
      { macro: FIRST?.macro, modality: FIRST?.modality, helpers: ['ana'], learners: ['bo', 'cy'] },
      { macro: SECOND?.macro, modality: SECOND?.modality, helpers: ['bo'], learners: ['ana'] },
    ]);
  });

  it('leaves out a cell with helpers and no one to help, and one not asked for', () => {
    const notAsked: CompetencyResponse = { aisance: 1, mobilisation: 1 };
    expect(
      whoCanHelp([member('ana', { [key(FIRST)]: canPassOn }), member('bo', { [key(FIRST)]: notAsked })]),
    ).toEqual([]);
  });
});

describe('instrumentsWithData', () => {
  it('names only the instruments someone answered', () => {
    const situation = SITUATIONS[0];
    const values = {
      ...Object.fromEntries(ACROBAT_STATEMENTS.map((s) => [s.id, 3])),
      ...(situation ? { [situation.id]: situation.options[0] } : {}),
      [tensionItemId(TENSION_IDS[0])]: 2,
    };
    const s = synthesizeGroup([member('ana', {}, values)]);
    expect(instrumentsWithData(s)).toEqual(['acrobat', 'situations', 'tensions']);
  });
});

describe('adaptation and pairs of forces in a group', () => {
  /** Answers the first `n` situations, `departures` of them with « what the situation calls for ». */
  const fits = (n: number, departures: number) =>
    Object.fromEntries(
      SITUATIONS.slice(0, n).flatMap((s, i) => [
        [s.id, s.options[0] ?? ''],
        [situationFitItemId(s.id), i < departures ? 'situation' : 'habit'],
      ]),
    );
  const [PAIR] = TENSION_PAIRS;
  const onPair = (outcome: string) => (PAIR ? { [tensionPairItemId(PAIR)]: outcome } : {});

  it('counts members who lean to the situation, to their habit, or evenly; those unsaid apart', () => {
    const s = synthesizeGroup([
      member('a', {}, fits(5, 4)),
      member('b', {}, fits(3, 2)),
      member('c', {}, fits(4, 1)),
      member('d', {}, fits(4, 2)),
      member('e', {}, {}),
    ]);
    expect(s.adaptation).toEqual({ situation: 2, habit: 1, even: 1, answered: 4 });
    expect(adaptationLeaders(s.adaptation)).toEqual(['situation']);
  });

  it('keeps a tie between adapting and habit, and has no leader without answers', () => {
    const s = synthesizeGroup([member('a', {}, fits(2, 2)), member('b', {}, fits(2, 0))]);
    expect(adaptationLeaders(s.adaptation)).toEqual(['situation', 'habit']);
    expect(adaptationLeaders(synthesizeGroup([member('c', {})]).adaptation)).toEqual([]);
  });

  it('splits the group pair by pair, ties named, balance counted as an outcome', () => {
    if (!PAIR) throw new Error('no pair');
    const s = synthesizeGroup([
      member('a', {}, onPair(PAIR[0])),
      member('b', {}, onPair(PAIR[1])),
      member('c', {}, onPair('equilibre')),
      member('d', {}, onPair(PAIR[0])),
      member('e', {}, onPair('nonsense')),
    ]);
    expect(s.pairs).toHaveLength(TENSION_PAIRS.length);
    expect(s.pairs[0]).toEqual({ pair: PAIR, first: 2, second: 1, balance: 1, answered: 4 });
    expect(readPairSplit(s.pairs[0]!).leaders).toEqual([PAIR[0]]);
    const tied = synthesizeGroup([member('a', {}, onPair(PAIR[1])), member('b', {}, onPair('equilibre'))]);
    expect(readPairSplit(tied.pairs[0]!).leaders).toEqual([PAIR[1], 'equilibre']);
    expect(readPairSplit(tied.pairs[1]!)).toMatchObject({ leaders: [] });
  });

  it('adds up, force by force, how often it prevails across pairs and members, ties kept', () => {
    const [p0, p1] = TENSION_PAIRS;
    if (!p0 || !p1) throw new Error('no pairs');
    const s = synthesizeGroup([
      member('a', {}, { [tensionPairItemId(p0)]: p0[0], [tensionPairItemId(p1)]: p1[1] }),
      member('b', {}, { [tensionPairItemId(p0)]: p0[0], [tensionPairItemId(p1)]: p1[1] }),
      member('c', {}, { [tensionPairItemId(p0)]: 'equilibre' }),
    ]);
    const { wins, prevailing } = groupPairWins(s.pairs);
    expect(wins.find((w) => w.id === p0[0])).toEqual({ id: p0[0], wins: 2, answered: 5 });
    expect(prevailing).toEqual([p0[0], p1[1]]);
    expect(groupPairWins(synthesizeGroup([member('d', {})]).pairs).prevailing).toEqual([]);
  });

  it('counts a group whose members only weighed pairs as having the tensions', () => {
    if (!PAIR) throw new Error('no pair');
    expect(instrumentsWithData(synthesizeGroup([member('a', {}, onPair(PAIR[0]))]))).toEqual(['tensions']);
    const fitsOnly = synthesizeGroup([member('b', {}, fits(2, 1))]);
    expect(fitsOnly.adaptation.answered).toBe(1);
  });
});
