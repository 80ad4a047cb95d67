// Owns the comparison of two bilans: the same results side by side, matched by content id, with what
// moved most and which content did not exist yet when the older bilan was answered.
import { COMPETENCIES, GRID_CELLS, MACRO_IDS } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  DIRECTION_IDS,
  FREQUENCY_LEVELS,
  PULL_LEVELS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TRAIT_IDS,
  type PairOutcome,
  type PracticeStatement,
  type TensionPair,
} from '../content/postures';
import { CONTENT_SINCE, introducedIn } from '../content/version';
import type { CompetencyResponse } from '../assessment';
import { tensionItemId, type CompetencyResponses, type PostureValues } from '../progress';
import type { Adaptation, AdaptationLevel } from './situations';
import { meanOf, type Mean } from './stats';
import { computeWholeProfile } from './wholeProfile';

export interface BilanData {
  readonly responses: CompetencyResponses;
  readonly values: PostureValues;
  /** the content version its answers were given against (max over its answers), 1 if none */
  readonly contentVersion: number;
}

/** `same`: moved by less than one level (CHANGE_THRESHOLD), or not at all. */
export type ChangeStatus = 'up' | 'down' | 'same' | 'new' | 'only-before' | 'only-after' | 'none';

export interface Change {
  readonly id: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: number | null;
  readonly status: ChangeStatus;
  /** answers each side rests on */
  readonly nBefore: number;
  readonly nAfter: number;
}

export interface Comparison {
  /** id = macro id; mean aisance per macro-competence */
  readonly macros: readonly Change[];
  /** id = macro id; mean mobilisation */
  readonly macroMobilisation: readonly Change[];
  /** id = `${macro}.${modality}`; mean aisance, 15 in grid order */
  readonly cells: readonly Change[];
  /** id = competency id; aisance */
  readonly competencies: readonly Change[];
  /** id = direction id; mean frequency of its acrobat statements */
  readonly directions: readonly Change[];
  /** id = trait id; mean frequency of its strategist statements */
  readonly traits: readonly Change[];
  /** id = tension id; pull 0..4 */
  readonly tensions: readonly Change[];
  /** ids (competencies, practice statements) introduced after the older bilan's content version */
  readonly newContent: readonly string[];
  /** from cells, directions, traits, tensions: up/down only (a level or more), largest |delta| first; at most 5 */
  readonly mostMoved: readonly Change[];
  /** How often the person departs from their habit when the situation calls for it, in each bilan. */
  readonly adaptation: AdaptationChange;
  /** Each pair of forces, in TENSION_PAIRS order: which prevails in each bilan. */
  readonly pairs: readonly PairChange[];
}

export interface AdaptationChange {
  readonly before: Adaptation | null;
  readonly after: Adaptation | null;
  /** `more`: a higher level in words (never … always), `less`: lower, `same`; `none`: one side unsaid. */
  readonly status: 'more' | 'less' | 'same' | 'none';
}

export interface PairChange {
  readonly pair: TensionPair;
  readonly before: PairOutcome | null;
  readonly after: PairOutcome | null;
  /** Answered in both bilans with a different outcome. */
  readonly changed: boolean;
}

const ADAPTATION_ORDER: readonly AdaptationLevel[] = ['never', 'rarely', 'sometimes', 'often', 'always'];

/** Adaptation and pair outcomes, from the same scoring as the profile (computeWholeProfile). */
function compareFits(older: BilanData, newer: BilanData): Pick<Comparison, 'adaptation' | 'pairs'> {
  const was = computeWholeProfile(older.responses, older.values);
  const is = computeWholeProfile(newer.responses, newer.values);
  const before = was.situations.adaptation;
  const after = is.situations.adaptation;
  const shift =
    before && after ? ADAPTATION_ORDER.indexOf(after.level) - ADAPTATION_ORDER.indexOf(before.level) : null;
  return {
    adaptation: {
      before,
      after,
      status: shift === null ? 'none' : shift > 0 ? 'more' : shift < 0 ? 'less' : 'same',
    },
    pairs: was.tensions.pairs.map((p, i) => {
      const outcome = is.tensions.pairs[i]?.outcome ?? null;
      return {
        pair: p.pair,
        before: p.outcome,
        after: outcome,
        changed: p.outcome !== null && outcome !== null && p.outcome !== outcome,
      };
    }),
  };
}

const MOST_MOVED_MAX = 5;
/**
 * A change is called « en hausse » or « en baisse » only when it moves a whole level of its scale or
 * more: a mean that drifts by a few tenths is read as stable, not as a grade gained or lost.
 */
export const CHANGE_THRESHOLD = 1;
// Means of thirds are not exact in binary: equal means can differ in the last bits.
const EPSILON = 1e-9;

/** The content version a bilan was answered against: the highest of its answers' versions, 1 if none. */
export function bilanContentVersion(versions: readonly number[]): number {
  return Math.max(1, ...versions.filter((v) => Number.isFinite(v)));
}

/** Reads one item's value in a bilan; undefined when it does not count (unanswered, non concerné·e…). */
type Read = (bilan: BilanData, itemId: string) => number | undefined;

/** The response if it counts in means: answered and not "non concerné·e" (as in competency.ts). */
const scored = (r: CompetencyResponse | undefined) => (r && !r.notConcerned ? r : undefined);
const aisanceOf: Read = (b, id) => scored(b.responses[id])?.aisance;
const mobilisationOf: Read = (b, id) => scored(b.responses[id])?.mobilisation;

const levelOf =
  (levels: readonly number[]): Read =>
  (b, id) => {
    const v = b.values[id];
    return typeof v === 'number' && levels.includes(v) ? v : undefined;
  };
const frequencyOf = levelOf(FREQUENCY_LEVELS);
const pullOf = levelOf(PULL_LEVELS);

function meanIn(bilan: BilanData, itemIds: readonly string[], read: Read): Mean {
  return meanOf(itemIds.flatMap((id) => read(bilan, id) ?? []));
}

function statusOf(before: number | null, after: number | null, delta: number | null): ChangeStatus {
  if (before === null) return after === null ? 'none' : 'only-after';
  if (after === null || delta === null) return 'only-before';
  if (Math.abs(delta) < CHANGE_THRESHOLD - EPSILON) return 'same';
  return delta > 0 ? 'up' : 'down';
}

function changeOf(id: string, before: Mean, after: Mean): Change {
  const delta = before.mean === null || after.mean === null ? null : after.mean - before.mean;
  return {
    id,
    before: before.mean,
    after: after.mean,
    delta,
    status: statusOf(before.mean, after.mean, delta),
    nBefore: before.n,
    nAfter: after.n,
  };
}

export function compareBilans(
  older: BilanData,
  newer: BilanData,
  since: Readonly<Record<string, number>> = CONTENT_SINCE,
): Comparison {
  const isNew = (itemId: string) => introducedIn(itemId, since) > older.contentVersion;

  /**
   * An aggregate compares over the items the older bilan could have answered, so content added since
   * never reads as a change from nothing; when all its items are new, it is new itself.
   */
  const compare = (id: string, itemIds: readonly string[], read: Read, versioned = true): Change => {
    const existing = versioned ? itemIds.filter((itemId) => !isNew(itemId)) : itemIds;
    if (existing.length === 0 && itemIds.length > 0) {
      const after = meanIn(newer, itemIds, read);
      return { id, before: null, after: after.mean, delta: null, status: 'new', nBefore: 0, nAfter: after.n };
    }
    return changeOf(id, meanIn(older, existing, read), meanIn(newer, existing, read));
  };

  const statementIds = (statements: readonly PracticeStatement[], dimension: string) =>
    statements.filter((s) => s.dimension === dimension).map((s) => s.id);

  const cells = GRID_CELLS.map((cell) =>
    compare(
      `${cell.macro}.${cell.modality}`,
      cell.competencies.map((c) => c.id),
      aisanceOf,
    ),
  );
  const directions = DIRECTION_IDS.map((d) => compare(d, statementIds(ACROBAT_STATEMENTS, d), frequencyOf));
  const traits = TRAIT_IDS.map((t) => compare(t, statementIds(STRATEGIST_STATEMENTS, t), frequencyOf));
  // Tensions are not versioned content items: the four forces have always been there.
  const tensions = TENSION_IDS.map((t) => compare(t, [tensionItemId(t)], pullOf, false));

  const macroItems = (macro: string) => COMPETENCIES.filter((c) => c.macro === macro).map((c) => c.id);

  return {
    macros: MACRO_IDS.map((m) => compare(m, macroItems(m), aisanceOf)),
    macroMobilisation: MACRO_IDS.map((m) => compare(m, macroItems(m), mobilisationOf)),
    cells,
    competencies: COMPETENCIES.map((c) => compare(c.id, [c.id], aisanceOf)),
    directions,
    traits,
    tensions,
    newContent: [...COMPETENCIES, ...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS]
      .map((item) => item.id)
      .filter(isNew),
    // sort is stable: equal moves stay in cells, directions, traits, tensions order
    mostMoved: [...cells, ...directions, ...traits, ...tensions]
      .filter((c) => c.status === 'up' || c.status === 'down')
      .sort((a, b) => {
        const diff = Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0);
        return Math.abs(diff) < EPSILON ? 0 : diff;
      })
      .slice(0, MOST_MOVED_MAX),
    ...compareFits(older, newer),
  };
}
