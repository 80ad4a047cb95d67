// Owns what a live workshop's join link adds: the room's random id and its AES-GCM key (liveCrypto.ts).
import { z } from './zod';

/** 128 random bits of room id, a raw 256-bit key; carried only after `#`, never sent to a server. */
export interface LiveRoom {
  /** 16 random bytes, base64url (22 characters). */
  readonly room: string;
  /** A raw AES-GCM 256 key, base64url (43 characters). */
  readonly key: string;
}

export const liveRoomSchema = z.strictObject({
  room: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
