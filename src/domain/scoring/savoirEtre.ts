// Owns the « savoir-être » result: each skill's stance -> the person's strengths, what they are working
// on and what does not concern them, in the list's order.
import { SAVOIR_ETRE_SKILLS, skillStance, type SavoirEtreId, type SkillStance } from '../content/savoirEtre';
import type { PostureValues } from '../progress';

export interface SavoirEtreProfile {
  /** Every skill, in SAVOIR_ETRE_SKILLS order; null when unanswered. */
  readonly skills: readonly { readonly id: SavoirEtreId; readonly stance: SkillStance | null }[];
  readonly answered: number;
  readonly total: number;
  readonly forces: readonly SavoirEtreId[];
  readonly working: readonly SavoirEtreId[];
  readonly notConcerned: readonly SavoirEtreId[];
}

export function computeSavoirEtre(values: PostureValues): SavoirEtreProfile {
  const skills = SAVOIR_ETRE_SKILLS.map((s) => ({ id: s.id, stance: skillStance(values[s.id]) ?? null }));
  const withStance = (stance: SkillStance) => skills.filter((s) => s.stance === stance).map((s) => s.id);
  return {
    skills,
    answered: skills.filter((s) => s.stance !== null).length,
    total: skills.length,
    forces: withStance('force'),
    working: withStance('travail'),
    notConcerned: withStance('non-concerne'),
  };
}
