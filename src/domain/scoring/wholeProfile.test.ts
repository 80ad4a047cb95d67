import { describe, expect, it } from 'vitest';
import { ACROBAT_STATEMENTS, SITUATIONS, STRATEGIST_STATEMENTS } from '../content/postures';
import { buildResponses } from '../../test/builders';
import { computeWholeProfile } from './wholeProfile';
import type { PostureValues } from '../progress';

function buildPostureValues(overrides: PostureValues = {}): PostureValues {
  return { ...overrides };
}

const allAcrobat = (value: number) => Object.fromEntries(ACROBAT_STATEMENTS.map((s) => [s.id, value]));

describe('computeWholeProfile', () => {
  it('says every instrument is missing for an empty bilan, and has nothing to narrate', () => {
    const p = computeWholeProfile(buildResponses(undefined), buildPostureValues());
    expect(p.missing).toEqual(['grid', 'acrobat', 'strategist', 'situations', 'tensions', 'time']);
    expect(p.partial).toEqual([]);
    expect(p.narrative).toMatchObject({
      strengths: [],
      preferred: [],
      adaptationLevel: null,
      vigilance: [],
      acrobatBalanced: false,
      strongestTensions: [],
      prevailingTensions: [],
      meetings: null,
    });
  });

  it('reads the fit of each situation and the tension pairs from the stored answers', () => {
    const p = computeWholeProfile(
      buildResponses(undefined),
      buildPostureValues({
        'situation.legitimite': 'interieur',
        'situation.legitimite.fit': 'situation',
        'situation.recyclerie': 'officieux',
        'situation.recyclerie.fit': 'habit',
        'tension-pair.politique-publique.public-usagers': 'public-usagers',
        'tension-pair.cadre-institutionnel.public-usagers': 'public-usagers',
        'tension-pair.politique-publique.cadre-institutionnel': 'equilibre',
      }),
    );
    expect(p.situations.adaptation).toEqual({ answered: 2, departures: 1, level: 'sometimes' });
    expect(p.narrative.adaptationLevel).toBe('sometimes');
    expect(p.narrative.prevailingTensions).toEqual(['public-usagers']);
    expect(p.progress.tensions).toEqual({ answered: 3, total: 10 });
    expect(p.partial).toContain('tensions');
  });

  it('tells partial from missing instruments', () => {
    const first = ACROBAT_STATEMENTS[0]!.id;
    const p = computeWholeProfile(buildResponses({ aisance: 3 }), buildPostureValues({ [first]: 2 }));
    expect(p.missing).toEqual(['strategist', 'situations', 'tensions', 'time']);
    expect(p.partial).toEqual(['acrobat']);
  });

  it.each([
    {
      name: 'all directions equal: balanced, no zone de vigilance',
      values: allAcrobat(3),
      vigilance: [],
      balanced: true,
    },
    {
      name: 'one direction neglected: a zone de vigilance',
      values: { ...allAcrobat(3), 'acrobat.arriere.capitaliser': 0, 'acrobat.arriere.evaluer': 0 },
      vigilance: ['arriere'],
      balanced: false,
    },
  ])('$name', ({ values, vigilance, balanced }) => {
    const p = computeWholeProfile({}, values);
    expect(p.narrative.vigilance).toEqual(vigilance);
    expect(p.narrative.acrobatBalanced).toBe(balanced);
  });

  it('reads situations, tensions and both time splits from the stored values', () => {
    const values: PostureValues = {
      ...Object.fromEntries(
        SITUATIONS.map((s) => [s.id, s.options.includes('haut') ? 'haut' : s.options[0]!]),
      ),
      ...Object.fromEntries(STRATEGIST_STATEMENTS.map((s) => [s.id, 2])),
      'tension.cadre-institutionnel': 4,
      'tension.public-usagers': 2,
      'time.actual': {
        management: 20,
        'reunions-collectivite': 30,
        'reunions-etat': 10,
        'reunions-partenaires': 10,
        etude: 30,
      },
      'time.wished': {
        management: 20,
        'reunions-collectivite': 10,
        'reunions-etat': 5,
        'reunions-partenaires': 5,
        etude: 60,
      },
      'reflection.acrobat': 'Je regarde peu en arrière',
    };
    const p = computeWholeProfile({}, values);
    expect(p.narrative.preferred).toEqual(['haut']);
    expect(p.narrative.strongestTensions).toEqual(['cadre-institutionnel']);
    expect(p.narrative.meetings).toEqual({ actual: 50, wished: 20, reference: 30 });
    expect(p.time.wishMore).toEqual(['etude']);
    expect(p.strategist.average).toEqual({ mean: 2, n: 4 });
    expect(p.missing).toEqual(['grid', 'acrobat']);
  });

  it('ignores a time split that does not make 100 %', () => {
    const p = computeWholeProfile({}, { 'time.actual': { management: 50 } });
    expect(p.time.hasActual).toBe(false);
    expect(p.narrative.meetings).toBeNull();
  });
});
