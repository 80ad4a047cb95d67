// Owns the profile file: one shared snapshot as a readable .json, and reading one back (never throws).
import { snapshotSchema, type ProfileSnapshot } from './snapshot';

export const PROFILE_FILE_FORMAT = 'quel-developpeur-euse/profil';
export const MAX_PROFILE_FILE_BYTES = 256 * 1024;

export type ProfileFileError = 'too-large' | 'not-json' | 'foreign' | 'future-version' | 'invalid';

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
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== PROFILE_FILE_FORMAT
  ) {
    return { ok: false, error: 'foreign' };
  }
  const version = (data as { snapshot?: { version?: unknown } }).snapshot?.version;
  if (typeof version === 'number' && version > 1) return { ok: false, error: 'future-version' };
  const parsed = snapshotSchema.safeParse((data as { snapshot?: unknown }).snapshot);
  return parsed.success
    ? { ok: true, snapshot: parsed.data as ProfileSnapshot }
    : { ok: false, error: 'invalid' };
}
