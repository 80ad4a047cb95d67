import { byId } from '../../i18n/byId';
// Names postures, directions, traits, tensions and activities in the reader's language.
import { DIRECTION_IDS, type PostureId } from '../../domain/content/postures';
import type { TFunction as T } from 'i18next';
import { formatList } from '../../components/format';

const DIRECTIONS: readonly string[] = DIRECTION_IDS;

export function postureLabel(t: T, posture: PostureId): string {
  const kind = DIRECTIONS.includes(posture) ? 'direction' : 'trait';
  return t(($) => byId($, kind, posture, 'label'), { ns: 'postures' });
}

export const tensionLabel = (t: T, id: string) => t(($) => byId($.tension, id, 'label'), { ns: 'postures' });
export const activityLabel = (t: T, id: string) =>
  t(($) => byId($.activity, id, 'label'), { ns: 'postures' });

/** « A », « B » et « C », in the reader's language. */
export function quotedList(t: T, lng: string, labels: readonly string[]): string {
  return formatList(
    labels.map((l) => t(($) => $.profile.quoted, { label: l })),
    lng,
  );
}
