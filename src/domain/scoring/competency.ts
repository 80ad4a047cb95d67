// Owns the competency profile: answers of the grid -> means per macro-competence and cell, strengths,
// the two gap lists, wishes and modes of acquisition. Pure and total; "non concerné·e" is never a zero.
import {
  COMPETENCIES,
  GRID_CELLS,
  MACRO_IDS,
  type CompetencyId,
  type MacroId,
  type ModalityId,
} from '../content/grid';
import { ACQUISITION_MODES, ASKED_FROM, AT_EASE_FROM, type Acquisition } from '../content/scales';
import { isAnswered, type CompetencyResponse } from '../assessment';
import { meanOf, type Mean } from './stats';

export type ResponsesById = Readonly<Record<string, CompetencyResponse | undefined>>;

export interface MacroResult {
  readonly macro: MacroId;
  readonly aisance: Mean;
  readonly mobilisation: Mean;
}

export interface CellResult extends MacroResult {
  readonly modality: ModalityId;
  readonly competencyIds: readonly CompetencyId[];
}

export interface RatedItem {
  readonly id: CompetencyId;
  readonly aisance: number;
  readonly mobilisation?: number;
}

export interface GapItem {
  readonly id: CompetencyId;
  readonly aisance: number;
  readonly mobilisation: number;
}

export interface CompetencyProfile {
  readonly total: number;
  /** Items with a rating or marked "non concerné·e". */
  readonly answered: number;
  readonly notConcerned: number;
  readonly macros: readonly MacroResult[];
  readonly cells: readonly CellResult[];
  /** Every competence with an aisance (not "non concerné·e"), in grid order, with its mobilisation if given. */
  readonly rated: readonly RatedItem[];
  /** Competences the person is at ease with, most at ease first. */
  readonly strengths: readonly RatedItem[];
  /** "Sollicité mais pas encore à l'aise": the post asks often, the person is not yet at ease. */
  readonly askedNotAtEase: readonly GapItem[];
  /** "À l'aise mais peu sollicité": the person is at ease, the post rarely asks. */
  readonly atEaseNotAsked: readonly GapItem[];
  readonly wishes: readonly CompetencyId[];
  readonly acquisition: Readonly<Record<Acquisition, readonly CompetencyId[]>>;
}

/** The response if it counts in means: answered and not "non concerné·e". */
function scored(r: CompetencyResponse | undefined): CompetencyResponse | undefined {
  return r && !r.notConcerned ? r : undefined;
}

function meansOver(ids: readonly CompetencyId[], responses: ResponsesById) {
  const rs = ids.map((id) => scored(responses[id]));
  return {
    aisance: meanOf(rs.flatMap((r) => (r?.aisance !== undefined ? [r.aisance] : []))),
    mobilisation: meanOf(rs.flatMap((r) => (r?.mobilisation !== undefined ? [r.mobilisation] : []))),
  };
}

// Both scales have four levels; a gap is the distance between their positions (0–3).
const gapSize = (g: GapItem) => Math.abs(g.mobilisation + 1 - g.aisance);

// Computed once: a group synthesis calls computeCompetencyProfile for every member.
const ORDER = new Map(COMPETENCIES.map((c, i) => [c.id, i]));
const MACRO_ITEMS = MACRO_IDS.map((macro) => ({
  macro,
  ids: COMPETENCIES.filter((c) => c.macro === macro).map((c) => c.id),
}));
const CELL_ITEMS = GRID_CELLS.map((cell) => ({
  macro: cell.macro,
  modality: cell.modality,
  ids: cell.competencies.map((c) => c.id),
}));

export function computeCompetencyProfile(responses: ResponsesById): CompetencyProfile {
  const order = ORDER;
  const byGridOrder = (a: { id: CompetencyId }, b: { id: CompetencyId }) =>
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);

  const rated: RatedItem[] = [];
  const strengths: RatedItem[] = [];
  const askedNotAtEase: GapItem[] = [];
  const atEaseNotAsked: GapItem[] = [];
  const wishes: CompetencyId[] = [];
  const acquisition = Object.fromEntries(ACQUISITION_MODES.map((m) => [m, [] as CompetencyId[]])) as Record<
    Acquisition,
    CompetencyId[]
  >;
  let answered = 0;
  let notConcerned = 0;

  for (const { id } of COMPETENCIES) {
    const r = responses[id];
    if (isAnswered(r)) answered += 1;
    if (r?.notConcerned) notConcerned += 1;
    if (r?.envie) wishes.push(id);
    if (r?.acquisition) acquisition[r.acquisition].push(id);
    const s = scored(r);
    if (s?.aisance === undefined) continue;
    const ratedItem: RatedItem =
      s.mobilisation === undefined
        ? { id, aisance: s.aisance }
        : { id, aisance: s.aisance, mobilisation: s.mobilisation };
    rated.push(ratedItem);
    if (s.aisance >= AT_EASE_FROM) strengths.push(ratedItem);
    if (s.mobilisation === undefined) continue;
    const item = { id, aisance: s.aisance, mobilisation: s.mobilisation };
    if (s.mobilisation >= ASKED_FROM && s.aisance < AT_EASE_FROM) askedNotAtEase.push(item);
    if (s.aisance >= AT_EASE_FROM && s.mobilisation < ASKED_FROM) atEaseNotAsked.push(item);
  }

  const byGapThenGrid = (a: GapItem, b: GapItem) => gapSize(b) - gapSize(a) || byGridOrder(a, b);

  return {
    total: COMPETENCIES.length,
    answered,
    notConcerned,
    macros: MACRO_ITEMS.map(({ macro, ids }) => ({ macro, ...meansOver(ids, responses) })),
    cells: CELL_ITEMS.map(({ macro, modality, ids }) => ({
      macro,
      modality,
      competencyIds: ids,
      ...meansOver(ids, responses),
    })),
    rated,
    strengths: strengths.sort((a, b) => b.aisance - a.aisance || byGridOrder(a, b)),
    askedNotAtEase: askedNotAtEase.sort(byGapThenGrid),
    atEaseNotAsked: atEaseNotAsked.sort(byGapThenGrid),
    wishes,
    acquisition,
  };
}

/** Macro-competences with the highest mean aisance (several when tied); empty when nothing is rated. */
export function strongestMacros(profile: CompetencyProfile): readonly MacroResult[] {
  const rated = profile.macros.filter((m) => m.aisance.mean !== null);
  const best = Math.max(...rated.map((m) => m.aisance.mean ?? 0));
  return rated.filter((m) => m.aisance.mean === best);
}
