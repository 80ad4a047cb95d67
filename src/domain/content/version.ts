// Owns the content version recorded with every answer, so later rewording can be traced, and when each
// content id appeared, so a comparison can tell new content from an old unanswered item.
// Bump CONTENT_VERSION when a statement's meaning changes or content is added; ids never change.
// Version 2: situations rebalanced (each posture offered five times; some options reworded, added or
// removed), with « réflexe habituel / ce que la situation demande » and the tension pairs;
// strategist.officieux.alliances reworded (the partners remark it held belongs to the acrobat).
export const CONTENT_VERSION = 2;

/**
 * The content version that introduced an id, for ids added after version 1 (a competence, a practice
 * statement, a situation…). Ids absent here have existed since version 1.
 */
export const CONTENT_SINCE: Readonly<Record<string, number>> = {};

export function introducedIn(id: string, since: Readonly<Record<string, number>> = CONTENT_SINCE): number {
  return since[id] ?? 1;
}
