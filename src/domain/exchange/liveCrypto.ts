// Owns the end-to-end encryption of a live workshop: a room is a random id and a random AES-GCM key,
// both carried only after `#` in the join link (never sent to a server). Each result travels as an
// opaque blob: a random 96-bit IV and the AES-GCM ciphertext of the profile file's JSON, bound to its
// room and snapshot id (the additional authenticated data). Opening a blob never throws.
import { fromBase64Url, toBase64Url } from './bytes';
import { parseWorkshopResultFile, profileFile } from './profileFile';
import type { ProfileSnapshot } from './snapshot';
import type { LiveRoom } from './liveRoom';

const IV_BYTES = 12;
/** A blob larger than this is not read (a profile file is at most 256 KiB). */
export const MAX_LIVE_BLOB_CHARS = 400_000;

/** A new room: its id and key, drawn from the platform's cryptographic random source. */
export async function newLiveRoom(): Promise<LiveRoom> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  return { room: toBase64Url(crypto.getRandomValues(new Uint8Array(16))), key: toBase64Url(raw) };
}

async function importKey(room: LiveRoom): Promise<CryptoKey> {
  const raw = fromBase64Url(room.key);
  if (typeof raw === 'string' || raw.byteLength !== 32) throw new Error('not a 256-bit key');
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** The additional authenticated data: a blob opens only for its room and under its snapshot id. */
const additionalData = (room: string, snapshotId: string) =>
  new TextEncoder().encode(`qdee-live/1|${room}|${snapshotId}`);

/** A result sealed for its room: base64url of IV ‖ ciphertext. */
export async function sealResult(room: LiveRoom, snapshot: ProfileSnapshot): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(room.room, snapshot.id) },
    await importKey(room),
    new TextEncoder().encode(profileFile(snapshot)),
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return toBase64Url(out);
}

/**
 * A blob read back under the snapshot id it was filed under: the snapshot, validated as a result file
 * for this workshop is, or null when it does not decrypt (altered, another key or room, filed under
 * another id) or is not a valid result for this workshop.
 */
export async function openResult(
  room: LiveRoom,
  snapshotId: string,
  blob: unknown,
  workshopId: string,
): Promise<ProfileSnapshot | null> {
  if (typeof blob !== 'string' || blob.length > MAX_LIVE_BLOB_CHARS) return null;
  const bytes = fromBase64Url(blob);
  if (typeof bytes === 'string' || bytes.byteLength <= IV_BYTES) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.subarray(0, IV_BYTES),
        additionalData: additionalData(room.room, snapshotId),
      },
      await importKey(room),
      bytes.subarray(IV_BYTES),
    );
    const result = parseWorkshopResultFile(
      new TextDecoder('utf-8', { fatal: true }).decode(plain),
      workshopId,
    );
    return result.ok && result.snapshot.id === snapshotId ? result.snapshot : null;
  } catch {
    return null;
  }
}
