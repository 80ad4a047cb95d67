// Owns what a live workshop's join link adds: the room's random id and the trainer's public key
// (liveCrypto.ts). The matching private key stays on the trainer's device.
import { z } from './zod';

/** 128 random bits of room id and the trainer's ECDH P-256 public key; carried only after `#`. */
export interface LiveRoom {
  /** 16 random bytes, base64url (22 characters). */
  readonly room: string;
  /** The trainer's public key, raw uncompressed P-256 point (65 bytes), base64url (87 characters). */
  readonly key: string;
}

/** The trainer's side of a room: also the private key (PKCS #8, base64url), never in a link. */
export interface TrainerLiveRoom extends LiveRoom {
  readonly secret: string;
}

export const liveRoomSchema = z.strictObject({
  room: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  key: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
});

export const trainerLiveRoomSchema = liveRoomSchema.extend({
  secret: z.string().regex(/^[A-Za-z0-9_-]{100,400}$/),
});
