// Owns how a group's results are put into words: which rows lead (ties kept together), what a spread says
// (level and agreement), who in the group could help whom cell by cell, and which instruments hold data.
import { GRID_CELLS, type MacroId, type ModalityId } from '../content/grid';
import {
  BALANCE,
  INSTRUMENT_IDS,
  TENSION_IDS,
  type InstrumentId,
  type PairOutcome,
  type TensionId,
} from '../content/postures';
import { ASKED_FROM, AT_EASE_FROM } from '../content/scales';
import {
  memberProfile,
  type Distribution,
  type GroupMember,
  type GroupSynthesis,
  type PairSplit,
} from './group';
import type { FitLeaning } from './situations';

/** Every row sharing the highest value (in their given order); none when no value is above zero. */
export function leaders<R>(rows: readonly R[], value: (row: R) => number | null): R[] {
  let top = 0;
  for (const r of rows) top = Math.max(top, value(r) ?? 0);
  return top > 0 ? rows.filter((r) => value(r) === top) : [];
}

export type SpreadLevel = 'high' | 'ratherHigh' | 'ratherLow' | 'low';
export type SpreadAgreement = 'close' | 'mixed' | 'split';

export interface SpreadReading {
  readonly level: SpreadLevel;
  readonly agreement: SpreadAgreement;
}

/**
 * A distribution on a scale from `min` to `max`, in words: where its median sits (quarters of the
 * scale) and how far apart the members are (the middle half's width: up to a quarter of the scale is
 * « proche », beyond half, or a range over three quarters, is « partagé »). Null without values.
 */
export function readSpread(d: Distribution, scale: { min: number; max: number }): SpreadReading | null {
  if (d.median === null || d.q1 === null || d.q3 === null || d.min === null || d.max === null) return null;
  const span = scale.max - scale.min;
  const position = (d.median - scale.min) / span;
  const level: SpreadLevel =
    position >= 0.75 ? 'high' : position >= 0.5 ? 'ratherHigh' : position >= 0.25 ? 'ratherLow' : 'low';
  const middle = (d.q3 - d.q1) / span;
  const range = (d.max - d.min) / span;
  const agreement: SpreadAgreement =
    middle > 0.5 || range > 0.75 ? 'split' : middle <= 0.25 ? 'close' : 'mixed';
  return { level, agreement };
}

/** A cell mean at or above this rounds to « je peux transmettre », the top of the aisance scale. */
export const CAN_PASS_ON_FROM = 3.5;

export interface HelpPair {
  readonly macro: MacroId;
  readonly modality: ModalityId;
  /** Members who can pass the cell on (its aisance mean rounds to « je peux transmettre »). */
  readonly helpers: readonly string[];
  /** Members whose post asks for the cell (mobilisation) but who are not yet at ease with it. */
  readonly learners: readonly string[];
}

/** Cell by cell, in grid order: the members who could help and those they could help, when both exist. */
export function whoCanHelp(members: readonly GroupMember[]): HelpPair[] {
  const profiles = members.map((m) => ({
    id: m.id,
    cells: memberProfile(m).competency.cells,
  }));
  return GRID_CELLS.flatMap((cell, i) => {
    const helpers: string[] = [];
    const learners: string[] = [];
    for (const p of profiles) {
      const c = p.cells[i];
      const aisance = c?.aisance.mean ?? null;
      const mobilisation = c?.mobilisation.mean ?? null;
      if (aisance === null) continue;
      if (aisance >= CAN_PASS_ON_FROM) helpers.push(p.id);
      else if (aisance < AT_EASE_FROM && mobilisation !== null && mobilisation >= ASKED_FROM)
        learners.push(p.id);
    }
    return helpers.length > 0 && learners.length > 0
      ? [{ macro: cell.macro, modality: cell.modality, helpers, learners }]
      : [];
  });
}

/** The instruments for which at least one member has a result, in the instruments' order. */
export function instrumentsWithData(s: GroupSynthesis): InstrumentId[] {
  const has = (ds: readonly { readonly n: number }[]) => ds.some((d) => d.n > 0);
  const found: Record<InstrumentId, boolean> = {
    grid: has(s.cells.map((c) => c.aisance)),
    acrobat: has(s.directions.map((d) => d.frequency)),
    strategist: has(s.traits.map((d) => d.frequency)),
    situations: s.preferred.some((p) => p.members > 0) || s.adaptation.answered > 0,
    tensions: has(s.tensions.map((d) => d.pull)) || s.pairs.some((p) => p.answered > 0),
    time: s.meetings.n > 0,
  };
  return INSTRUMENT_IDS.filter((id) => found[id]);
}

const LEANINGS: readonly FitLeaning[] = ['situation', 'habit', 'even'];

/** The way(s) most members lean on the situations (ties kept, in LEANINGS order); none without answers. */
export function adaptationLeaders(a: GroupSynthesis['adaptation']): FitLeaning[] {
  return leaders(LEANINGS, (l) => a[l]);
}

export interface PairReading {
  /** The outcome(s) said by the most members, ties kept (first force, second, balance); [] unanswered. */
  readonly leaders: readonly PairOutcome[];
  /** How many members said each outcome, in the same order. */
  readonly counts: readonly { readonly outcome: PairOutcome; readonly members: number }[];
}

/** How the group splits on one pair of forces. */
export function readPairSplit(p: PairSplit): PairReading {
  const counts = [
    { outcome: p.pair[0], members: p.first },
    { outcome: p.pair[1], members: p.second },
    { outcome: BALANCE, members: p.balance },
  ];
  return { leaders: leaders(counts, (c) => c.members).map((c) => c.outcome), counts };
}

/**
 * Over every pair and member: how many times each force prevails, out of the answers on its pairs; the
 * force(s) that prevail most often (ties kept), none when no pair has a winner.
 */
export function groupPairWins(pairs: readonly PairSplit[]): {
  readonly wins: readonly { readonly id: TensionId; readonly wins: number; readonly answered: number }[];
  readonly prevailing: readonly TensionId[];
} {
  const wins = TENSION_IDS.map((id) => ({
    id,
    wins: pairs.reduce((n, p) => n + (p.pair[0] === id ? p.first : p.pair[1] === id ? p.second : 0), 0),
    answered: pairs.reduce((n, p) => n + (p.pair.includes(id) ? p.answered : 0), 0),
  }));
  return { wins, prevailing: leaders(wins, (w) => w.wins).map((w) => w.id) };
}
