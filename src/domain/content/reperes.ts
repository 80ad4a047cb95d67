// Owns the « Repères » exercise: Epstein's four approaches of politique de la ville (ideal types, as
// Philippe Carbasse presented them), how present each is in one's practice and in what one is asked,
// and the reading of a placement. Wording: `reperes.*` in the pages locale.

export const EPSTEIN_APPROACHES = ['jacobine', 'communautarienne', 'reformiste', 'neoConservatrice'] as const;
export type EpsteinApproach = (typeof EPSTEIN_APPROACHES)[number];

/** Where an approach is placed: in my practice, or in what my employer and elected officials ask. */
export const PLACEMENT_VIEWS = ['pratique', 'commande'] as const;
export type PlacementView = (typeof PLACEMENT_VIEWS)[number];

/** 0 absente, 1 présente, 2 dominante. Wording: `reperes.presence.<level>`. */
export const PRESENCE_LEVELS = [0, 1, 2] as const;
export type Presence = (typeof PRESENCE_LEVELS)[number];

export type Placement = Partial<Record<PlacementView, Partial<Record<EpsteinApproach, Presence>>>>;

export interface StoredPlacement {
  readonly placement: Placement;
  readonly note: string;
}

export const EMPTY_PLACEMENT: StoredPlacement = { placement: {}, note: '' };

/** The one placement a device keeps, as its database row (and its backup entry) holds it. */
export const PLACEMENT_ROW_ID = 'placement';
export interface PlacementRow extends StoredPlacement {
  readonly id: typeof PLACEMENT_ROW_ID;
  readonly updatedAt: number;
}

export const MAX_PLACEMENT_NOTE = 10_000;

/** A stored placement read back without trusting it: what is not a placement is left out. */
export function parsePlacement(value: unknown): StoredPlacement {
  if (typeof value !== 'object' || value === null) return EMPTY_PLACEMENT;
  const raw = value as { placement?: unknown; note?: unknown };
  const placement: Placement = {};
  for (const view of PLACEMENT_VIEWS) {
    const levels = (raw.placement as Record<string, unknown> | undefined)?.[view];
    if (typeof levels !== 'object' || levels === null) continue;
    const kept: Partial<Record<EpsteinApproach, Presence>> = {};
    for (const approach of EPSTEIN_APPROACHES) {
      const level = (levels as Record<string, unknown>)[approach];
      if ((PRESENCE_LEVELS as readonly unknown[]).includes(level)) kept[approach] = level as Presence;
    }
    placement[view] = kept;
  }
  const note = typeof raw.note === 'string' ? raw.note.slice(0, MAX_PLACEMENT_NOTE) : '';
  return { placement, note };
}

export interface PlacementReading {
  /** The approaches placed « dominante », per view. */
  readonly dominant: Readonly<Record<PlacementView, readonly EpsteinApproach[]>>;
  /** The approaches placed in both views, at different levels: where practice and commande differ. */
  readonly differ: readonly EpsteinApproach[];
  /** How many approaches are placed in each view. */
  readonly placed: Readonly<Record<PlacementView, number>>;
}

export function readPlacement(placement: Placement): PlacementReading {
  const levels = (view: PlacementView) => placement[view] ?? {};
  const dominantIn = (view: PlacementView) => EPSTEIN_APPROACHES.filter((a) => levels(view)[a] === 2);
  const placedIn = (view: PlacementView) =>
    EPSTEIN_APPROACHES.filter((a) => levels(view)[a] !== undefined).length;
  return {
    dominant: { pratique: dominantIn('pratique'), commande: dominantIn('commande') },
    differ: EPSTEIN_APPROACHES.filter((a) => {
      const p = levels('pratique')[a];
      const c = levels('commande')[a];
      return p !== undefined && c !== undefined && p !== c;
    }),
    placed: { pratique: placedIn('pratique'), commande: placedIn('commande') },
  };
}
