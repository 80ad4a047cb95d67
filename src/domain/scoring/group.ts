// Owns the synthesis of a group (peer group, trainer workshop): each member's results -> the spread of
// the group per cell, macro, direction, trait and tension, shared preferred postures, the cells the group
// is collectively at ease with or lacking, and how members are named on screen and in exports.
import { GRID_CELLS, MACRO_IDS, type MacroId, type ModalityId } from '../content/grid';
import {
  BALANCE,
  DIRECTION_IDS,
  POSTURE_IDS,
  TENSION_IDS,
  TENSION_PAIRS,
  TRAIT_IDS,
  type DirectionId,
  type PostureId,
  type TensionId,
  type TensionPair,
  type TraitId,
} from '../content/postures';
import { ASKED_FROM, AT_EASE_FROM } from '../content/scales';
import type { CompetencyResponses, PostureValues } from '../progress';
import { fitLeaning, type FitLeaning } from './situations';
import type { Mean } from './stats';
import { computeWholeProfile, type WholeProfile } from './wholeProfile';

export interface GroupMember {
  readonly id: string;
  readonly alias: string;
  readonly responses: CompetencyResponses;
  readonly values: PostureValues;
}

const computedProfiles = new WeakMap<GroupMember, WholeProfile>();

/**
 * A member's whole profile, computed once per member: the synthesis, who can help whom and the side by
 * side table all read it, so a workshop of two hundred computes two hundred profiles, not one per
 * reading. A member is read-only; new answers make a new member.
 */
export function memberProfile(member: GroupMember): WholeProfile {
  let profile = computedProfiles.get(member);
  if (!profile) {
    profile = computeWholeProfile(member.responses, member.values);
    computedProfiles.set(member, profile);
  }
  return profile;
}

/** Five-number summary of the members' values; n = how many members it rests on. */
export interface Distribution {
  readonly n: number;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
}

export interface GroupCell {
  readonly macro: MacroId;
  readonly modality: ModalityId;
  readonly median: number;
}

export interface GroupSynthesis {
  readonly size: number;
  /** Each member's cell mean is one value; members with no answer in the cell are not counted. */
  readonly cells: readonly {
    readonly macro: MacroId;
    readonly modality: ModalityId;
    readonly aisance: Distribution;
    readonly mobilisation: Distribution;
  }[];
  readonly macros: readonly {
    readonly macro: MacroId;
    readonly aisance: Distribution;
    readonly mobilisation: Distribution;
  }[];
  /** Each member's direction mean. */
  readonly directions: readonly { readonly id: DirectionId; readonly frequency: Distribution }[];
  readonly traits: readonly { readonly id: TraitId; readonly frequency: Distribution }[];
  readonly tensions: readonly { readonly id: TensionId; readonly pull: Distribution }[];
  /** How many members have each posture among their postures de prédilection (ties count for each). */
  readonly preferred: readonly { readonly posture: PostureId; readonly members: number }[];
  /** Collectively at ease: cells whose aisance median is at ease, highest median first. */
  readonly atEase: readonly GroupCell[];
  /**
   * Collectively asked but not yet at ease: aisance median below at ease, mobilisation median asked;
   * largest gap first. `median` is the aisance median.
   */
  readonly lacking: readonly GroupCell[];
  /** Members' actual share of meetings (%), from valid time splits only. */
  readonly meetings: Distribution;
  /**
   * Members who said habit or situation at least once, by the way they lean (fitLeaning): more often
   * what the situation calls for, more often their habit, or as often one as the other.
   */
  readonly adaptation: Readonly<Record<FitLeaning, number>> & { readonly answered: number };
  /** Each pair of forces, in TENSION_PAIRS order: how many members say each of its forces, or the balance. */
  readonly pairs: readonly PairSplit[];
}

export interface PairSplit {
  readonly pair: TensionPair;
  /** Members for whom the pair's first force prevails, its second, or who hold the balance. */
  readonly first: number;
  readonly second: number;
  readonly balance: number;
  /** Members who answered this pair. */
  readonly answered: number;
}

const EMPTY: Distribution = { n: 0, median: null, min: null, max: null, q1: null, q3: null };

/** Quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan type 7). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] ?? 0;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] ?? low;
  return low + (h - lo) * (high - low);
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return EMPTY;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? null,
    max: sorted[sorted.length - 1] ?? null,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

/** The distribution of one value per member, leaving out the members for whom it is null. */
function across(profiles: readonly WholeProfile[], pick: (p: WholeProfile) => number | null): Distribution {
  const values: number[] = [];
  for (const p of profiles) {
    const v = pick(p);
    if (v !== null) values.push(v);
  }
  return distribution(values);
}

const meanValue = (m: Mean | undefined): number | null => m?.mean ?? null;

export function synthesizeGroup(members: readonly GroupMember[]): GroupSynthesis {
  // Each member's profile is computed once; everything below is linear in the number of members.
  const profiles = members.map(memberProfile);

  // A member's competency cells and macros follow GRID_CELLS and MACRO_IDS order, so index i matches.
  const cells = GRID_CELLS.map((cell, i) => ({
    macro: cell.macro,
    modality: cell.modality,
    aisance: across(profiles, (p) => meanValue(p.competency.cells[i]?.aisance)),
    mobilisation: across(profiles, (p) => meanValue(p.competency.cells[i]?.mobilisation)),
  }));

  const macros = MACRO_IDS.map((macro, i) => ({
    macro,
    aisance: across(profiles, (p) => meanValue(p.competency.macros[i]?.aisance)),
    mobilisation: across(profiles, (p) => meanValue(p.competency.macros[i]?.mobilisation)),
  }));

  const directions = DIRECTION_IDS.map((id, i) => ({
    id,
    frequency: across(profiles, (p) => meanValue(p.acrobat.dimensions[i]?.mean)),
  }));

  const traits = TRAIT_IDS.map((id, i) => ({
    id,
    frequency: across(profiles, (p) => meanValue(p.strategist.dimensions[i]?.mean)),
  }));

  const tensions = TENSION_IDS.map((id, i) => ({
    id,
    pull: across(profiles, (p) => p.tensions.forces[i]?.value ?? null),
  }));

  const preferredCounts = new Map<PostureId, number>(POSTURE_IDS.map((p) => [p, 0]));
  for (const p of profiles) {
    for (const posture of p.situations.preferred) {
      preferredCounts.set(posture, (preferredCounts.get(posture) ?? 0) + 1);
    }
  }

  const rated = cells.flatMap((c) =>
    c.aisance.median === null
      ? []
      : [
          {
            macro: c.macro,
            modality: c.modality,
            aisance: c.aisance.median,
            mobilisation: c.mobilisation.median,
          },
        ],
  );
  // Sorts are stable: ties stay in grid order.
  const atEase = rated
    .filter((c) => c.aisance >= AT_EASE_FROM)
    .sort((a, b) => b.aisance - a.aisance)
    .map((c) => ({ macro: c.macro, modality: c.modality, median: c.aisance }));
  // Both scales have four levels; the gap compares their positions, as in the individual profile.
  const lacking = rated
    .flatMap((c) =>
      c.mobilisation !== null && c.aisance < AT_EASE_FROM && c.mobilisation >= ASKED_FROM
        ? [{ ...c, gap: c.mobilisation + 1 - c.aisance }]
        : [],
    )
    .sort((a, b) => b.gap - a.gap)
    .map((c) => ({ macro: c.macro, modality: c.modality, median: c.aisance }));

  return {
    size: members.length,
    cells,
    macros,
    directions,
    traits,
    tensions,
    preferred: POSTURE_IDS.map((posture) => ({ posture, members: preferredCounts.get(posture) ?? 0 })),
    atEase,
    lacking,
    meetings: across(profiles, (p) => p.time.meetings.actual),
    adaptation: adaptationSplit(profiles),
    pairs: TENSION_PAIRS.map((pair, i) => pairSplit(pair, profiles, i)),
  };
}

function adaptationSplit(profiles: readonly WholeProfile[]): GroupSynthesis['adaptation'] {
  const counts: Record<FitLeaning, number> = { situation: 0, habit: 0, even: 0 };
  let answered = 0;
  for (const p of profiles) {
    const a = p.situations.adaptation;
    if (a === null) continue;
    answered += 1;
    counts[fitLeaning(a)] += 1;
  }
  return { ...counts, answered };
}

function pairSplit(pair: TensionPair, profiles: readonly WholeProfile[], index: number): PairSplit {
  const outcomes = profiles.map((p) => p.tensions.pairs[index]?.outcome ?? null);
  const counted = (outcome: string) => outcomes.filter((o) => o === outcome).length;
  return {
    pair,
    first: counted(pair[0]),
    second: counted(pair[1]),
    balance: counted(BALANCE),
    answered: outcomes.filter((o) => o !== null).length,
  };
}

/**
 * The name to show for each member id. Anonymous: P1…Pn in the given order. Otherwise the alias, with
 * ' (2)', ' (3)'… on its repeats so that no two members look the same in a table or an export.
 */
export function displayAliases(
  members: readonly { readonly id: string; readonly alias: string }[],
  anonymous: boolean,
): ReadonlyMap<string, string> {
  if (anonymous) return new Map(members.map((m, i) => [m.id, `P${i + 1}`]));
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const { id, alias } of members) {
    let count = (seen.get(alias) ?? 0) + 1;
    let name = count === 1 ? alias : `${alias} (${count})`;
    // An alias that is literally "Ana (2)" must not merge with the second "Ana".
    while (taken.has(name)) {
      count += 1;
      name = `${alias} (${count})`;
    }
    seen.set(alias, count);
    taken.add(name);
    names.set(id, name);
  }
  return names;
}
