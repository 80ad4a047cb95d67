// Owns test data builders: small, explicit, overridable.
import { COMPETENCIES, type CompetencyId } from '../domain/content/grid';
import type { CompetencyResponse } from '../domain/assessment';
import type { ResponsesById } from '../domain/scoring/competency';
import type { ProfileSnapshot } from '../domain/exchange/snapshot';

/** The same response for every competence of the grid, then per-id overrides. */
export function buildResponses(
  every: CompetencyResponse | undefined,
  overrides: Partial<Record<CompetencyId, CompetencyResponse>> = {},
): ResponsesById {
  const all: Record<string, CompetencyResponse | undefined> = {};
  for (const { id } of COMPETENCIES) all[id] = every ? { ...every } : undefined;
  return { ...all, ...overrides };
}

/** A shared profile with one answer (Camille, aisance 3 in negotiation), then overrides. */
export function buildSnapshot(o: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    version: 1,
    id: '0123456789abcdef',
    alias: 'Camille',
    createdAt: Date.UTC(2026, 2, 5, 10, 30, 12),
    contentVersion: 1,
    competencies: { 'competency.strategie.regulation.negociation': { aisance: 3 } },
    practice: {},
    situations: {},
    tensions: {},
    time: {},
    ...o,
  };
}
