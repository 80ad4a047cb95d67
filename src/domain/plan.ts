// Owns the development plan: a few competences or acrobat directions a person chooses to work on.

export const PLAN_MEANS = ['formation', 'pairs', 'mise-en-situation', 'accompagnement', 'autre'] as const;
export type PlanMeans = (typeof PLAN_MEANS)[number];

export interface PlanItem {
  readonly id: string;
  readonly assessmentId: string;
  /** A competence id (`competency.…`) or an acrobat direction / strategist trait id (`direction.haut`). */
  targetId: string;
  why: string;
  how: PlanMeans[];
  withWhom: string;
  /** Date to look again, `YYYY-MM-DD`, or '' when none is set. */
  reviewOn: string;
  readonly createdAt: number;
  updatedAt: number;
}

/** Plan items whose review date has come (on or before `today`, both `YYYY-MM-DD`). */
export function duePlanItems<T extends Pick<PlanItem, 'reviewOn'>>(items: readonly T[], today: string): T[] {
  return items.filter((i) => i.reviewOn !== '' && i.reviewOn <= today);
}

export function isoDay(timestamp: number): string {
  const d = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
