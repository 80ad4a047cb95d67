// Owns the profile file: one shared snapshot as a readable .json, and reading one back (never throws).
import { cleanName } from '../text';
import { BACKUP_FORMAT } from './backup';
import { snapshotSchema, type ProfileSnapshot } from './snapshot';

export const PROFILE_FILE_FORMAT = 'quel-developpeur-euse/profil';
export const MAX_PROFILE_FILE_BYTES = 256 * 1024;

/** `backup`: the app's own backup file, to be imported in « Mes données » instead. */
export type ProfileFileError = 'too-large' | 'not-json' | 'backup' | 'foreign' | 'future-version' | 'invalid';

export function profileFile(snapshot: ProfileSnapshot): string {
  return JSON.stringify({ format: PROFILE_FILE_FORMAT, snapshot }, null, 2);
}

export function profileFileName(snapshot: ProfileSnapshot): string {
  const safe = snapshot.alias
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `profil-${safe || 'partage'}-${snapshot.id.slice(0, 6)}.json`;
}

export function parseProfileFile(
  text: string,
): { ok: true; snapshot: ProfileSnapshot } | { ok: false; error: ProfileFileError } {
  if (new TextEncoder().encode(text).byteLength > MAX_PROFILE_FILE_BYTES)
    return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const format =
    typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format === BACKUP_FORMAT) return { ok: false, error: 'backup' };
  if (format !== PROFILE_FILE_FORMAT) return { ok: false, error: 'foreign' };
  const version = (data as { snapshot?: { version?: unknown } }).snapshot?.version;
  if (typeof version === 'number' && version > 1) return { ok: false, error: 'future-version' };
  const parsed = snapshotSchema.safeParse((data as { snapshot?: unknown }).snapshot);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  // Whatever app wrote the file, its alias is shown without control or invisible characters.
  const alias = cleanName(parsed.data.alias);
  return alias === '' ? { ok: false, error: 'invalid' } : { ok: true, snapshot: { ...parsed.data, alias } };
}

/**
 * A result file given to a workshop: a profile file sent to this workshop, or to none (a profile shared
 * by other means). One sent to another workshop is refused, naming that workshop's id.
 */
export function parseWorkshopResultFile(
  text: string,
  workshopId: string,
):
  | { ok: true; snapshot: ProfileSnapshot }
  | { ok: false; error: ProfileFileError }
  | { ok: false; error: 'other-workshop'; workshopId: string } {
  const result = parseProfileFile(text);
  if (!result.ok) return result;
  const sentTo = result.snapshot.workshopId;
  return sentTo === undefined || sentTo === workshopId
    ? result
    : { ok: false, error: 'other-workshop', workshopId: sentTo };
}
