// Owns the end-to-end encryption of a live workshop. A room is a random id and the trainer's ECDH P-256
// key pair: the join link carries the id and the public key, only after `#` (never sent to a server);
// the private key never leaves the trainer's device. Each result is sealed for the trainer alone: an
// ephemeral key pair per result, ECDH with the trainer's public key, HKDF-SHA-256, then AES-GCM 256 with
// a random 96-bit IV and the room and snapshot id as additional data. The relay, and the other
// participants who hold the same link, see only opaque blobs. Opening a blob never throws.
import { fromBase64Url, toBase64Url } from './bytes';
import type { LiveRoom, TrainerLiveRoom } from './liveRoom';
import { parseWorkshopResultFile, profileFile } from './profileFile';
import type { ProfileSnapshot } from './snapshot';

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const POINT_BYTES = 65;
const IV_BYTES = 12;
/** A blob larger than this is not read (a profile file is at most 256 KiB). */
export const MAX_LIVE_BLOB_CHARS = 400_000;

const bytesOf = (code: string): Uint8Array<ArrayBuffer> => {
  const bytes = fromBase64Url(code);
  if (typeof bytes === 'string') throw new Error(`not base64url: ${bytes}`);
  return bytes;
};

/** A new room: a random id and the trainer's key pair, from the platform's cryptographic random source. */
export async function newLiveRoom(): Promise<TrainerLiveRoom> {
  const pair = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
  return {
    room: toBase64Url(crypto.getRandomValues(new Uint8Array(16))),
    key: toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))),
    secret: toBase64Url(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey))),
  };
}

/** The AES-GCM key of one result: ECDH between the two sides, then HKDF bound to the room. */
async function resultKey(room: string, privateKey: CryptoKey, publicPoint: Uint8Array<ArrayBuffer>) {
  const publicKey = await crypto.subtle.importKey('raw', publicPoint, CURVE, false, []);
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new TextEncoder().encode(room),
      info: new TextEncoder().encode('qdee-live/1 result'),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The additional authenticated data: a blob opens only for its room and under its snapshot id. */
const additionalData = (room: string, snapshotId: string) =>
  new TextEncoder().encode(`qdee-live/1|${room}|${snapshotId}`);

/** A result sealed for the room's trainer: base64url of ephemeral public key ‖ IV ‖ ciphertext. */
export async function sealResult(room: LiveRoom, snapshot: ProfileSnapshot): Promise<string> {
  const ephemeral = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await resultKey(room.room, ephemeral.privateKey, bytesOf(room.key));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(room.room, snapshot.id) },
    key,
    new TextEncoder().encode(profileFile(snapshot)),
  );
  const out = new Uint8Array(POINT_BYTES + IV_BYTES + sealed.byteLength);
  out.set(point);
  out.set(iv, POINT_BYTES);
  out.set(new Uint8Array(sealed), POINT_BYTES + IV_BYTES);
  return toBase64Url(out);
}

/**
 * A blob read back by the trainer under the snapshot id it was filed under: the snapshot, validated as a
 * result file for this workshop is, or null when it does not decrypt (altered, sealed for another key
 * or room, filed under another id) or is not a valid result for this workshop.
 */
export async function openResult(
  room: TrainerLiveRoom,
  snapshotId: string,
  blob: unknown,
  workshopId: string,
): Promise<ProfileSnapshot | null> {
  if (typeof blob !== 'string' || blob.length > MAX_LIVE_BLOB_CHARS) return null;
  try {
    const bytes = bytesOf(blob);
    if (bytes.byteLength <= POINT_BYTES + IV_BYTES) return null;
    const privateKey = await crypto.subtle.importKey('pkcs8', bytesOf(room.secret), CURVE, false, [
      'deriveBits',
    ]);
    const key = await resultKey(room.room, privateKey, bytes.slice(0, POINT_BYTES));
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.slice(POINT_BYTES, POINT_BYTES + IV_BYTES),
        additionalData: additionalData(room.room, snapshotId),
      },
      key,
      bytes.slice(POINT_BYTES + IV_BYTES),
    );
    const text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
    const result = parseWorkshopResultFile(text, workshopId);
    return result.ok && result.snapshot.id === snapshotId ? result.snapshot : null;
  } catch {
    return null;
  }
}
