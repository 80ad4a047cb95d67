import { describe, expect, it } from 'vitest';
import type { CompetencyId } from '../content/grid';
import type { CompetencyResponse } from '../assessment';
import { buildResponses } from '../../test/builders';
import { computeCompetencyProfile } from './competency';
import { quadrantMap, quadrantOf, rankStrengths, summarizeProfile } from './summary';

const NEGO = 'competency.strategie.regulation.negociation';
const MED_R = 'competency.strategie.regulation.mediation';
const MED_E = 'competency.strategie.elargissement.mediation';
const MAILLAGE = 'competency.animation.prospective.maillage';
const EVAL = 'competency.connaissances.regulation.evaluation';
const CAPI = 'competency.connaissances.regulation.capitalisation';
const CONCEPTION = 'competency.ingenierie.prospective.conception';

const profileOf = (overrides: Partial<Record<CompetencyId, CompetencyResponse>>) =>
  computeCompetencyProfile(buildResponses(undefined, overrides));

describe('summarizeProfile: the summary card', () => {
  it('shows at most three points d’appui, strongest first, and says how many there are', () => {
    // Every competence at « je maîtrise » (3): 32 points d'appui, of which three shown.
    const all = computeCompetencyProfile(
      buildResponses({ aisance: 3, mobilisation: 1 }, { [MAILLAGE]: { aisance: 4, mobilisation: 0 } }),
    );
    const s = summarizeProfile(all);
    expect(s.strengths.total).toBe(32);
    expect(s.strengths.ids).toHaveLength(3);
    expect(s.strengths.ids[0]).toBe(MAILLAGE);
  });

  it('ranks equal aisance by how much the post asks for it, then by grid order', () => {
    const s = summarizeProfile(
      profileOf({
        [EVAL]: { aisance: 3, mobilisation: 0 },
        [MED_R]: { aisance: 3 },
        [CAPI]: { aisance: 3, mobilisation: 3 },
        [NEGO]: { aisance: 3, mobilisation: 0 },
      }),
    );
    expect(s.strengths.ids).toEqual([CAPI, NEGO, EVAL]);
    expect(s.strengths.total).toBe(4);
  });

  it('takes the three largest gaps each way', () => {
    const s = summarizeProfile(
      profileOf({
        [NEGO]: { aisance: 2, mobilisation: 2 },
        [MED_R]: { aisance: 1, mobilisation: 3 },
        [MED_E]: { aisance: 2, mobilisation: 3 },
        [EVAL]: { aisance: 1, mobilisation: 2 },
        [CAPI]: { aisance: 4, mobilisation: 0 },
        [CONCEPTION]: { aisance: 3, mobilisation: 1 },
        // at ease and asked: in neither gap list
        [MAILLAGE]: { aisance: 4, mobilisation: 3 },
      }),
    );
    expect(s.askedNotAtEase).toEqual({ ids: [MED_R, MED_E, EVAL], total: 4 });
    expect(s.atEaseNotAsked).toEqual({ ids: [CAPI, CONCEPTION], total: 2 });
  });

  it('puts first the wishes the post asks for and the person is not yet at ease with', () => {
    const s = summarizeProfile(
      profileOf({
        [NEGO]: { envie: true, aisance: 4 },
        [MED_R]: { envie: true },
        [EVAL]: { envie: true, aisance: 1, mobilisation: 3 },
        [CAPI]: { envie: true },
      }),
    );
    expect(s.wishes).toEqual({ ids: [EVAL, MED_R, NEGO], total: 4 });
  });

  it('is empty for an empty bilan', () => {
    const s = summarizeProfile(profileOf({}));
    for (const list of [s.strengths, s.askedNotAtEase, s.atEaseNotAsked, s.wishes]) {
      expect(list).toEqual({ ids: [], total: 0 });
    }
  });
});

describe('rankStrengths', () => {
  it('keeps the given order among equals', () => {
    const items = [
      { id: NEGO, aisance: 3 },
      { id: MED_R, aisance: 3 },
    ] as const;
    expect(rankStrengths(items).map((i) => i.id)).toEqual([NEGO, MED_R]);
  });
});

describe('quadrantMap: ce que le poste demande × ce que je maîtrise', () => {
  it.each([
    { aisance: 2, mobilisation: 2, quadrant: 'asked-not-at-ease' },
    { aisance: 3, mobilisation: 2, quadrant: 'asked-at-ease' },
    { aisance: 3, mobilisation: 1, quadrant: 'at-ease-not-asked' },
    { aisance: 2, mobilisation: 1, quadrant: 'neither' },
  ])('aisance $aisance, mobilisation $mobilisation -> $quadrant', ({ aisance, mobilisation, quadrant }) => {
    expect(quadrantOf({ id: NEGO, aisance, mobilisation })).toBe(quadrant);
  });

  it('places every competence rated on both scales once, the furthest into its quadrant first', () => {
    const map = quadrantMap(
      profileOf({
        [NEGO]: { aisance: 2, mobilisation: 2 },
        [MED_R]: { aisance: 1, mobilisation: 3 },
        [CAPI]: { aisance: 4, mobilisation: 3 },
        [EVAL]: { aisance: 3 },
        [MED_E]: { notConcerned: true, aisance: 1, mobilisation: 3 },
      }),
    );
    expect(map.quadrants['asked-not-at-ease'].map((g) => g.id)).toEqual([MED_R, NEGO]);
    expect(map.quadrants['asked-at-ease'].map((g) => g.id)).toEqual([CAPI]);
    expect(map.quadrants.neither).toEqual([]);
    expect(map.withoutMobilisation).toEqual([EVAL]);
  });
});
