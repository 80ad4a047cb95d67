// Owns the practice profiles: acrobat and strategist answers -> a mean per direction or trait, the
// person's own average, the strongest dimensions and the acrobat's "zones de vigilance".
import {
  ACROBAT_STATEMENTS,
  DIRECTION_IDS,
  FREQUENCY_LEVELS,
  STRATEGIST_STATEMENTS,
  TRAIT_IDS,
  type DirectionId,
  type PostureId,
  type PracticeStatement,
  type TraitId,
} from '../content/postures';
import { meanOf, type Mean } from './stats';

/** Statement id -> frequency 0..4; anything else counts as unanswered. */
export type PracticeResponses = Readonly<Record<string, number | undefined>>;

export interface DimensionResult<D extends string> {
  readonly id: D;
  readonly mean: Mean;
}

export interface PracticeProfile<D extends string> {
  readonly dimensions: readonly DimensionResult<D>[];
  /** mean of the dimension means that have data; n = how many dimensions */
  readonly average: Mean;
  readonly answered: number;
  readonly total: number;
}

/** How far below the person's own average (0–4 scale) a direction becomes a "zone de vigilance". */
export const VIGILANCE_GAP = 0.75;
/** Fewer directions with data than this and the average is too thin to compare against. */
const VIGILANCE_MIN_DIRECTIONS = 3;
// Means of thirds are not exact in binary: a shortfall of exactly 0.75 can come out as 0.7499999999999998.
const EPSILON = 1e-9;

const FREQUENCIES: readonly number[] = FREQUENCY_LEVELS;
const isFrequency = (v: number | undefined): v is number => v !== undefined && FREQUENCIES.includes(v);

function practiceProfile<D extends PostureId>(
  statements: readonly PracticeStatement[],
  ids: readonly D[],
  responses: PracticeResponses,
): PracticeProfile<D> {
  const dimensions = ids.map((id) => ({
    id,
    mean: meanOf(
      statements
        .filter((s) => s.dimension === id)
        .map((s) => responses[s.id])
        .filter(isFrequency),
    ),
  }));
  return {
    dimensions,
    average: meanOf(dimensions.flatMap((d) => (d.mean.mean === null ? [] : [d.mean.mean]))),
    answered: dimensions.reduce((sum, d) => sum + d.mean.n, 0),
    total: statements.length,
  };
}

export function computeAcrobat(
  responses: PracticeResponses,
): PracticeProfile<DirectionId> & { readonly vigilance: readonly DirectionId[] } {
  const profile = practiceProfile(ACROBAT_STATEMENTS, DIRECTION_IDS, responses);
  const average = profile.average.mean;
  if (average === null || profile.average.n < VIGILANCE_MIN_DIRECTIONS) return { ...profile, vigilance: [] };
  const vigilance = profile.dimensions
    .flatMap((d) => (d.mean.mean === null ? [] : [{ id: d.id, shortfall: average - d.mean.mean }]))
    .filter((d) => d.shortfall >= VIGILANCE_GAP - EPSILON)
    // sort is stable: equal shortfalls stay in DIRECTION_IDS order
    .sort((a, b) => b.shortfall - a.shortfall)
    .map((d) => d.id);
  return { ...profile, vigilance };
}

export function computeStrategist(responses: PracticeResponses): PracticeProfile<TraitId> {
  return practiceProfile(STRATEGIST_STATEMENTS, TRAIT_IDS, responses);
}

/** Dimensions with the highest mean (several when tied, in profile order); empty when nothing has data. */
export function strongestDimensions<D extends string>(profile: PracticeProfile<D>): readonly D[] {
  const rated = profile.dimensions.flatMap((d) =>
    d.mean.mean === null ? [] : [{ id: d.id, mean: d.mean.mean }],
  );
  const best = Math.max(...rated.map((d) => d.mean));
  return rated.filter((d) => d.mean === best).map((d) => d.id);
}
