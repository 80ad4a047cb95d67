import { describe, expect, it } from 'vitest';
import { POSTURE_IDS, SITUATIONS, type PostureId } from '../content/postures';
import { adaptationLevel, computeSituations, type SituationChoices } from './situations';

const NOUVELLE_EQUIPE = 'situation.nouvelle-equipe-transition';
const FEUILLE_DE_ROUTE = 'situation.feuille-de-route';
const RECYCLERIE = 'situation.recyclerie';
const NOUVEL_ELU = 'situation.nouvel-elu';
const LEGITIMITE = 'situation.legitimite';
const DIAGNOSTIC = 'situation.diagnostic-impose';

/** `fill` chosen in every situation that offers it, then per-situation overrides. */
function buildChoices(
  fill: PostureId | undefined,
  overrides: Record<string, string | undefined> = {},
): SituationChoices {
  const base = SITUATIONS.flatMap((s) =>
    fill !== undefined && s.options.includes(fill) ? [[s.id, fill]] : [],
  );
  return { ...Object.fromEntries(base), ...overrides };
}

// A different posture in each of the nine situations, each among that situation's options.
const DIFFERENT: readonly (readonly [string, PostureId])[] = [
  [NOUVELLE_EQUIPE, 'experimenter'],
  [FEUILLE_DE_ROUTE, 'arriere'],
  ['situation.sortir-isolement', 'cotes'],
  [RECYCLERIE, 'franchir-cadre'],
  [NOUVEL_ELU, 'officieux'],
  ['situation.partenaires-exterieurs', 'exterieur'],
  ['situation.appropriation-services', 'haut'],
  [LEGITIMITE, 'interieur'],
  [DIAGNOSTIC, 'jeux-acteurs'],
];
const ALL_DIFFERENT = buildChoices(undefined, Object.fromEntries(DIFFERENT));
const OFFERING_HAUT = SITUATIONS.filter((s) => s.options.includes('haut')).map((s) => s.id);

describe('computeSituations: counts and preferred postures', () => {
  it.each([
    {
      name: 'empty',
      choices: buildChoices(undefined),
      answered: 0,
      preferred: [],
      acrobat: 0,
      strategist: 0,
    },
    {
      name: 'one answer',
      choices: buildChoices(undefined, { [RECYCLERIE]: 'experimenter' }),
      answered: 1,
      preferred: ['experimenter'],
      acrobat: 0,
      strategist: 1,
    },
    {
      name: 'the same posture wherever offered',
      choices: buildChoices('haut'),
      answered: 8,
      preferred: ['haut'],
      acrobat: 8,
      strategist: 0,
    },
    {
      name: 'a different posture each time: all tied, in posture order',
      choices: ALL_DIFFERENT,
      answered: 9,
      preferred: POSTURE_IDS.filter((p) => p !== 'avant'),
      acrobat: 5,
      strategist: 4,
    },
    {
      name: 'a tie between two postures',
      choices: buildChoices(undefined, {
        [LEGITIMITE]: 'avant',
        [DIAGNOSTIC]: 'avant',
        [NOUVELLE_EQUIPE]: 'haut',
        [FEUILLE_DE_ROUTE]: 'haut',
        [NOUVEL_ELU]: 'officieux',
      }),
      answered: 5,
      preferred: ['haut', 'avant'],
      acrobat: 4,
      strategist: 1,
    },
    {
      name: 'a posture the situation does not offer is ignored',
      choices: buildChoices('haut', { [RECYCLERIE]: 'haut', [NOUVEL_ELU]: 'avant' }),
      answered: 7,
      preferred: ['haut'],
      acrobat: 7,
      strategist: 0,
    },
    {
      name: 'unknown situations and postures are ignored',
      choices: buildChoices(undefined, { 'situation.inconnue': 'haut', [RECYCLERIE]: 'nulle-part' }),
      answered: 0,
      preferred: [],
      acrobat: 0,
      strategist: 0,
    },
  ])('$name', ({ choices, answered, preferred, acrobat, strategist }) => {
    const p = computeSituations(choices);
    expect(p.total).toBe(9);
    expect(p.answered).toBe(answered);
    expect(p.preferred).toEqual(preferred);
    expect(p.acrobatChoices).toBe(acrobat);
    expect(p.strategistChoices).toBe(strategist);
  });

  it.each([
    { name: 'empty', choices: buildChoices(undefined), haut: 0, officieux: 0 },
    { name: 'the same posture wherever offered', choices: buildChoices('haut'), haut: 8, officieux: 0 },
    {
      name: 'one officieux among haut',
      choices: buildChoices('haut', { [NOUVEL_ELU]: 'officieux' }),
      haut: 7,
      officieux: 1,
    },
  ])('counts every posture, 0 when unchosen: $name', ({ choices, haut, officieux }) => {
    const { counts } = computeSituations(choices);
    expect(Object.keys(counts)).toEqual([...POSTURE_IDS]);
    expect(counts.haut).toBe(haut);
    expect(counts.officieux).toBe(officieux);
    expect(counts.cotes).toBe(0);
  });
});

describe('computeSituations: adaptation', () => {
  it.each([
    { name: 'no answer', choices: buildChoices(undefined), adaptation: null },
    {
      name: 'a single answer',
      choices: buildChoices(undefined, { [RECYCLERIE]: 'avant' }),
      adaptation: null,
    },
    { name: 'the same posture everywhere', choices: buildChoices('haut'), adaptation: 0 },
    { name: 'a different posture each time', choices: ALL_DIFFERENT, adaptation: 1 },
    {
      name: 'two answers, two postures',
      choices: buildChoices(undefined, { [RECYCLERIE]: 'avant', [NOUVEL_ELU]: 'haut' }),
      adaptation: 1,
    },
    {
      // ln 2 / ln 4
      name: 'four answers, two postures twice each',
      choices: buildChoices(undefined, {
        [LEGITIMITE]: 'avant',
        [DIAGNOSTIC]: 'avant',
        [NOUVELLE_EQUIPE]: 'haut',
        [FEUILLE_DE_ROUTE]: 'haut',
      }),
      adaptation: 0.5,
    },
    {
      // -(0.75 ln 0.75 + 0.25 ln 0.25) / ln 4
      name: 'four answers, three the same',
      choices: buildChoices(undefined, {
        [LEGITIMITE]: 'haut',
        [DIAGNOSTIC]: 'haut',
        [NOUVELLE_EQUIPE]: 'haut',
        [NOUVEL_ELU]: 'officieux',
      }),
      adaptation: 0.405639,
    },
    {
      name: 'an ignored choice does not count as a second answer',
      choices: buildChoices(undefined, { [RECYCLERIE]: 'avant', [NOUVEL_ELU]: 'avant' }),
      adaptation: null,
    },
  ])('$name', ({ choices, adaptation }) => {
    const p = computeSituations(choices);
    if (adaptation === null) expect(p.adaptation).toBeNull();
    else expect(p.adaptation).toBeCloseTo(adaptation, 6);
  });
});

describe('computeSituations: adaptation at the ends of the scale is exact', () => {
  it.each([2, 5, 6, 7, 9])('%i answers, all different: 1', (k) => {
    expect(
      computeSituations(buildChoices(undefined, Object.fromEntries(DIFFERENT.slice(0, k)))).adaptation,
    ).toBe(1);
  });

  it.each([2, 5, 6, 8])('%i answers, all the same: 0', (k) => {
    const unanswered = Object.fromEntries(OFFERING_HAUT.slice(k).map((id) => [id, undefined]));
    const p = computeSituations(buildChoices('haut', unanswered));
    expect(p.answered).toBe(k);
    expect(p.adaptation).toBe(0);
  });
});

describe('adaptationLevel', () => {
  it.each([
    { a: null, level: null },
    { a: 0, level: 'low' },
    { a: 0.39, level: 'low' },
    { a: 0.4, level: 'medium' },
    { a: 0.69, level: 'medium' },
    { a: 0.7, level: 'high' },
    { a: 1, level: 'high' },
  ])('$a -> $level', ({ a, level }) => {
    expect(adaptationLevel(a)).toBe(level);
  });
});
