// Owns the way through the grid one competence at a time: positions, the step before and after
// (across macro-competences), where a page starts, and when a competence's three scales are answered.
import { COMPETENCIES, MACRO_IDS, competenciesOf, type Competency, type MacroId } from './content/grid';
import { isToConfirm, type CompetencyResponse } from './assessment';

export type Responses = Readonly<Record<string, CompetencyResponse | undefined>>;

/** A competence by its macro-competence and its 0-based index on that page. */
export interface GridStep {
  readonly macro: MacroId;
  readonly index: number;
}

/** The competence at a step; undefined for a step outside its page. */
export function competencyAt(step: GridStep): Competency | undefined {
  return competenciesOf(step.macro)[step.index];
}

/** 1-based position of a step among the grid's 32 competences. */
export function gridPosition(step: GridStep): number {
  const c = competencyAt(step);
  return c ? COMPETENCIES.indexOf(c) + 1 : 0;
}

/** The next competence, on the next page after a page's last; null after the grid's last. */
export function stepAfter({ macro, index }: GridStep): GridStep | null {
  if (index + 1 < competenciesOf(macro).length) return { macro, index: index + 1 };
  const next = MACRO_IDS[MACRO_IDS.indexOf(macro) + 1];
  return next ? { macro: next, index: 0 } : null;
}

/** The previous competence, the last of the previous page before a page's first; null before the grid's first. */
export function stepBefore({ macro, index }: GridStep): GridStep | null {
  if (index > 0) return { macro, index: index - 1 };
  const previous = MACRO_IDS[MACRO_IDS.indexOf(macro) - 1];
  return previous ? { macro: previous, index: competenciesOf(previous).length - 1 } : null;
}

/** A competence whose three scales are answered, or that is « non concerné·e ». */
export function scalesComplete(r: CompetencyResponse | undefined): boolean {
  if (!r) return false;
  if (r.notConcerned) return true;
  return r.aisance !== undefined && r.mobilisation !== undefined && r.acquisition !== undefined;
}

/** Where a page opens: its first competence still to answer or to confirm, else its first. */
export function startIndex(macro: MacroId, responses: Responses): number {
  const i = competenciesOf(macro).findIndex(
    (c) => !scalesComplete(responses[c.id]) || isToConfirm(responses[c.id]),
  );
  return Math.max(i, 0);
}

/** A page index read from the address (`?n=3`, 1-based); undefined when it names no competence. */
export function parseIndex(macro: MacroId, raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,2}$/.test(raw)) return undefined;
  const n = Number(raw) - 1;
  return n >= 0 && n < competenciesOf(macro).length ? n : undefined;
}
