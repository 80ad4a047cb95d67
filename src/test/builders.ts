// Owns test data builders: small, explicit, overridable.
import { COMPETENCIES, type CompetencyId } from '../domain/content/grid';
import type { CompetencyResponse } from '../domain/assessment';
import type { ResponsesById } from '../domain/scoring/competency';

/** The same response for every competence of the grid, then per-id overrides. */
export function buildResponses(
  every: CompetencyResponse | undefined,
  overrides: Partial<Record<CompetencyId, CompetencyResponse>> = {},
): ResponsesById {
  const all: Record<string, CompetencyResponse | undefined> = {};
  for (const { id } of COMPETENCIES) all[id] = every ? { ...every } : undefined;
  return { ...all, ...overrides };
}
