import { byId } from '../i18n/byId';
// A value read in the scale's own words (« Je maîtrise », « Souvent ») instead of « 3 / 4 »: a single
// answer is its level's label; a mean is « proche de » its nearest level. The figures stay in the
// charts' data tables.
import type { TFunction } from 'i18next';
import { AISANCE_LEVELS, MOBILISATION_LEVELS } from '../domain/content/scales';
import { FREQUENCY_LEVELS, PULL_LEVELS } from '../domain/content/postures';
import { nearestLevel } from '../domain/scoring/stats';

export type ScaleName = 'aisance' | 'mobilisation' | 'frequency' | 'pull';

const LEVELS: Readonly<Record<ScaleName, readonly number[]>> = {
  aisance: AISANCE_LEVELS,
  mobilisation: MOBILISATION_LEVELS,
  frequency: FREQUENCY_LEVELS,
  pull: PULL_LEVELS,
};

/** The label of one level of a scale, e.g. « Je maîtrise ». */
export function levelLabel(t: TFunction, scale: ScaleName, level: number): string {
  return scale === 'aisance' || scale === 'mobilisation'
    ? t(($) => byId($.scale, scale, level, 'label'), { ns: 'pages' })
    : t(($) => byId($.scale, scale, level), { ns: 'pages' });
}

/** A mean in words: « Je maîtrise » when it sits on a level, « proche de « Je maîtrise » » otherwise. */
export function meanWords(t: TFunction, scale: ScaleName, mean: number | null): string {
  const levels = LEVELS[scale];
  const level = nearestLevel(mean, levels[0] ?? 0, levels[levels.length - 1] ?? 0);
  if (mean === null || level === null) return t(($) => $.profile.noAnswer, { ns: 'pages' });
  const word = levelLabel(t, scale, level);
  return Math.abs(mean - level) < 1e-9
    ? t(($) => $.profile.levels.exact, { ns: 'pages', word })
    : t(($) => $.profile.levels.near, { ns: 'pages', word });
}
