// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes';
import { newLiveRoom, openResult, sealResult } from './liveCrypto';
import { liveRoomSchema, trainerLiveRoomSchema, type TrainerLiveRoom } from './liveRoom';
import { buildSnapshot, type ProfileSnapshot } from './snapshot';

const snapshot = (alias: string, id = '0123456789abcdef', workshopId = 'atelier1'): ProfileSnapshot =>
  buildSnapshot({
    responses: {},
    values: { 'tension.cadre-institutionnel': 3 },
    alias,
    includeNotes: false,
    now: 1_700_000_000_000,
    contentVersion: 1,
    randomId: () => id,
    workshopId,
  });

/** The blob with one bit of byte `at` flipped. */
function flip(blob: string, at: number): string {
  const bytes = fromBase64Url(blob) as Uint8Array;
  const copy = Uint8Array.from(bytes);
  copy[(at + copy.length) % copy.length]! ^= 1;
  return toBase64Url(copy);
}

describe('live results, sealed end to end', () => {
  it('makes a room of 128 random bits and a P-256 key pair, different each time', async () => {
    const a = await newLiveRoom();
    const b = await newLiveRoom();
    expect(trainerLiveRoomSchema.safeParse(a).success).toBe(true);
    // What the join link carries: the id and the public key, not the private one.
    expect(liveRoomSchema.safeParse({ room: a.room, key: a.key }).success).toBe(true);
    expect((fromBase64Url(a.room) as Uint8Array).byteLength).toBe(16);
    expect((fromBase64Url(a.key) as Uint8Array).byteLength).toBe(65);
    expect(a.room).not.toBe(b.room);
    expect(a.key).not.toBe(b.key);
  });

  it('opens what it sealed, and the blob holds neither the pseudonym nor an answer', async () => {
    const room = await newLiveRoom();
    const s = snapshot('Camille Dupont');
    const blob = await sealResult(room, s);
    expect(blob).not.toContain('Camille');
    expect(Buffer.from(fromBase64Url(blob) as Uint8Array).toString('latin1')).not.toContain('Camille');
    expect(await openResult(room, s.id, blob, 'atelier1')).toEqual(s);
    // A fresh IV each time: the same result never seals to the same blob.
    expect(await sealResult(room, s)).not.toBe(blob);
  });

  it('refuses an altered blob, another key, another room or another snapshot id', async () => {
    const room = await newLiveRoom();
    const other = await newLiveRoom();
    const s = snapshot('Sam');
    const blob = await sealResult(room, s);
    // The ephemeral public key, the IV, the ciphertext, the tag.
    for (const at of [3, 70, 100, -1])
      expect(await openResult(room, s.id, flip(blob, at), 'atelier1')).toBeNull();
    expect(await openResult({ ...room, secret: other.secret }, s.id, blob, 'atelier1')).toBeNull();
    expect(await openResult({ ...room, room: other.room }, s.id, blob, 'atelier1')).toBeNull();
    expect(await openResult(room, 'fedcba9876543210', blob, 'atelier1')).toBeNull();
    expect(await openResult(room, s.id, blob.slice(0, 10), 'atelier1')).toBeNull();
    expect(await openResult(room, s.id, 42, 'atelier1')).toBeNull();
    expect(await openResult(room, s.id, '***', 'atelier1')).toBeNull();
  });

  it('seals for the trainer alone: sealed with the link only, opened with the private key only', async () => {
    const room = await newLiveRoom();
    const s = snapshot('Sam');
    // A participant knows only what the link carries.
    const blob = await sealResult({ room: room.room, key: room.key }, s);
    expect(await openResult(room, s.id, blob, 'atelier1')).toEqual(s);
    // Another participant's own key pair (or any other) does not open it.
    const participant = await newLiveRoom();
    expect(await openResult({ ...room, secret: participant.secret }, s.id, blob, 'atelier1')).toBeNull();
  });

  it('refuses a well-sealed result that is not valid for this workshop', async () => {
    const room = await newLiveRoom();
    const s = snapshot('Sam', '0123456789abcdef', 'autre');
    expect(await openResult(room, s.id, await sealResult(room, s), 'atelier1')).toBeNull();
  });

  it('round-trips any pseudonym and refuses any single flipped bit (property)', async () => {
    const room: TrainerLiveRoom = await newLiveRoom();
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ minLength: 1, maxLength: 40 })
          .filter((a) => /^[A-Za-z0-9][A-Za-z0-9 ]*[A-Za-z0-9]$|^[A-Za-z0-9]$/.test(a)),
        fc.stringMatching(/^[0-9a-f]{16}$/),
        fc.nat(),
        async (alias, id, at) => {
          const s = snapshot(alias, id);
          const blob = await sealResult(room, s);
          expect(await openResult(room, id, blob, 'atelier1')).toEqual(s);
          expect(await openResult(room, id, flip(blob, at), 'atelier1')).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});
