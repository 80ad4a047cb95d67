// Owns the profile's first layer: the summary card's « top three » lists (points d'appui, the two gaps,
// the wishes) and the quadrant map « ce que le poste demande × ce que je maîtrise ». Pure: each list
// says how many it was taken from, so the page can offer to see them all.
import type { CompetencyId } from '../content/grid';
import { ASKED_FROM, AT_EASE_FROM } from '../content/scales';
import type { CompetencyProfile, GapItem, RatedItem } from './competency';

export const SUMMARY_TOP = 3;

export interface TopList {
  readonly ids: readonly CompetencyId[];
  /** How many the full list holds (the card shows `ids`, at most SUMMARY_TOP). */
  readonly total: number;
}

export interface ProfileSummary {
  readonly strengths: TopList;
  readonly askedNotAtEase: TopList;
  readonly atEaseNotAsked: TopList;
  readonly wishes: TopList;
}

const top = (ids: readonly CompetencyId[], size: number): TopList => ({
  ids: ids.slice(0, size),
  total: ids.length,
});

/**
 * Points d'appui, strongest first: the higher aisance, then the one the post asks more (a strength in
 * use before one kept aside), then grid order (the input's order: the sort is stable).
 */
export function rankStrengths(strengths: readonly RatedItem[]): readonly RatedItem[] {
  return [...strengths].sort(
    (a, b) => b.aisance - a.aisance || (b.mobilisation ?? -1) - (a.mobilisation ?? -1),
  );
}

/** Wishes the post asks for but the person is not yet at ease with come first, then grid order. */
function rankWishes(wishes: readonly CompetencyId[], asked: readonly GapItem[]): CompetencyId[] {
  const needed = new Set(asked.map((g) => g.id));
  return [...wishes.filter((id) => needed.has(id)), ...wishes.filter((id) => !needed.has(id))];
}

export function summarizeProfile(profile: CompetencyProfile, size = SUMMARY_TOP): ProfileSummary {
  return {
    strengths: top(
      rankStrengths(profile.strengths).map((s) => s.id),
      size,
    ),
    // Both gap lists come from the profile largest gap first.
    askedNotAtEase: top(
      profile.askedNotAtEase.map((g) => g.id),
      size,
    ),
    atEaseNotAsked: top(
      profile.atEaseNotAsked.map((g) => g.id),
      size,
    ),
    wishes: top(rankWishes(profile.wishes, profile.askedNotAtEase), size),
  };
}

export const QUADRANT_IDS = ['asked-not-at-ease', 'asked-at-ease', 'neither', 'at-ease-not-asked'] as const;
export type QuadrantId = (typeof QUADRANT_IDS)[number];

export interface QuadrantMap {
  /** Each quadrant's competences, the furthest into the quadrant first. */
  readonly quadrants: Readonly<Record<QuadrantId, readonly GapItem[]>>;
  /** Rated for aisance but not for mobilisation: placed in no quadrant. */
  readonly withoutMobilisation: readonly CompetencyId[];
}

export function quadrantOf(item: GapItem): QuadrantId {
  const asked = item.mobilisation >= ASKED_FROM;
  const atEase = item.aisance >= AT_EASE_FROM;
  if (asked) return atEase ? 'asked-at-ease' : 'asked-not-at-ease';
  return atEase ? 'at-ease-not-asked' : 'neither';
}

// Distance from the middle of both scales (aisance 1–4, mobilisation 0–3): how far into its quadrant.
const depth = (g: GapItem) => Math.abs(g.aisance - 2.5) + Math.abs(g.mobilisation - 1.5);

export function quadrantMap(profile: CompetencyProfile): QuadrantMap {
  const quadrants: Record<QuadrantId, GapItem[]> = {
    'asked-not-at-ease': [],
    'asked-at-ease': [],
    neither: [],
    'at-ease-not-asked': [],
  };
  const withoutMobilisation: CompetencyId[] = [];
  for (const r of profile.rated) {
    if (r.mobilisation === undefined) {
      withoutMobilisation.push(r.id);
      continue;
    }
    const item = { id: r.id, aisance: r.aisance, mobilisation: r.mobilisation };
    quadrants[quadrantOf(item)].push(item);
  }
  for (const id of QUADRANT_IDS) quadrants[id].sort((a, b) => depth(b) - depth(a));
  return { quadrants, withoutMobilisation };
}
