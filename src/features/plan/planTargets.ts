import { byId } from '../../i18n/byId';
// What a plan can be about: any competence of the grid, any acrobat direction or strategist trait.
import type { TFunction } from 'i18next';
import { COMPETENCIES, isCompetencyId } from '../../domain/content/grid';
import { DIRECTION_IDS, TRAIT_IDS } from '../../domain/content/postures';
import { competencyLabel } from '../../components/competencyLabel';

export const directionTarget = (id: string) => `direction.${id}`;
export const traitTarget = (id: string) => `trait.${id}`;

export function targetLabel(t: TFunction, targetId: string): string {
  if (isCompetencyId(targetId)) return competencyLabel(t, targetId);
  return t(($) => byId($, targetId, 'label'), { ns: 'postures', defaultValue: targetId });
}

export interface TargetGroup {
  readonly label: string;
  readonly options: readonly { readonly id: string; readonly label: string }[];
}

export function targetGroups(t: TFunction): readonly TargetGroup[] {
  return [
    {
      label: t(($) => $.plan.groupCompetencies),
      options: COMPETENCIES.map((c) => ({ id: c.id, label: competencyLabel(t, c.id) })),
    },
    {
      label: t(($) => $.plan.groupDirections),
      options: DIRECTION_IDS.map((d) => ({
        id: directionTarget(d),
        label: targetLabel(t, directionTarget(d)),
      })),
    },
    {
      label: t(($) => $.plan.groupTraits),
      options: TRAIT_IDS.map((d) => ({ id: traitTarget(d), label: targetLabel(t, traitTarget(d)) })),
    },
  ];
}
