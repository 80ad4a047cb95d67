// Owns the « savoir-être »: the relational and personal skills the cycle's participants named when asked
// which competences their post expects and which they are most at ease with (ORIV synthesis 2020, the
// workshop on the développeur·euse's function, questions 1 and 2). An optional short questionnaire: for
// each skill, whether it is a strength, something the person is working on, or not their concern.
// Wording lives in the locale files (postures.json), keyed by these ids; each label is the synthesis'
// own words at its line (i18n/quotations.test.ts).

export type SavoirEtreId = `savoir-etre.${string}`;

export interface SavoirEtreSkill {
  readonly id: SavoirEtreId;
  /** The line of docs/reference/oriv-2020-synthese.txt where the participants named it. */
  readonly line: number;
}

export const SAVOIR_ETRE_SKILLS: readonly SavoirEtreSkill[] = [
  { id: 'savoir-etre.adaptation', line: 429 },
  { id: 'savoir-etre.reactivite', line: 430 },
  { id: 'savoir-etre.animation-reunion', line: 437 },
  { id: 'savoir-etre.diplomatie', line: 439 },
  { id: 'savoir-etre.relationnel', line: 456 },
];

/** What the person says of a skill. Wording: `savoirEtre.stance.<value>` (pages). */
export const SKILL_STANCES = ['force', 'travail', 'non-concerne'] as const;
export type SkillStance = (typeof SKILL_STANCES)[number];

/** A stored answer, when it is one of SKILL_STANCES; anything else is no answer. */
export function skillStance(value: unknown): SkillStance | undefined {
  return (SKILL_STANCES as readonly unknown[]).includes(value) ? (value as SkillStance) : undefined;
}
