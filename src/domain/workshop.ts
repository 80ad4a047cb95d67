// Owns trainer workshops and the invitation a participant receives: which instruments, anonymous or not.
import { fromBase64Url, randomHex, toBase64Url } from './exchange/bytes';
import { z } from './exchange/zod';
import { INSTRUMENT_IDS, type InstrumentId } from './content/postures';
import { calendarDateSchema } from './exchange/calendarDate';
import { cleanName } from './text';
import { liveRoomSchema, type LiveRoom, type TrainerLiveRoom } from './exchange/liveRoom';

export interface Workshop {
  /** Short random id, carried by the invitation and by every result sent back. */
  readonly id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  instruments: InstrumentId[];
  anonymous: boolean;
  /** How many participants the trainer expects: « 9 sur 12 reçus ». */
  expected?: number;
  readonly createdAt: number;
  /**
   * A live workshop's room (its id and public key go in the join link's fragment, its private key stays
   * here); `cleared` once the trainer has cleared it from the relay: the page no longer connects.
   */
  live?: TrainerLiveRoom & { readonly cleared?: true };
}

/** The largest expected-participants count a workshop takes. */
export const MAX_EXPECTED = 500;

/** A count typed by the trainer: a whole number from 1 to MAX_EXPECTED, or null (empty or wrong). */
export function parseExpected(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_EXPECTED ? n : null;
}

export interface WorkshopInvite {
  readonly v: 1;
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly instruments: readonly InstrumentId[];
  readonly anonymous: boolean;
  /** Present only in a live workshop's link; a link without it (every earlier link) is the same as before. */
  readonly live?: LiveRoom;
}

/**
 * What a trainer chooses, checked the same way in the app's form and in every invitation read. The
 * title is read cleaned (cleanName: no control, direction-changing or invisible characters) and
 * refused when nothing visible is left.
 */
const workshopFields = {
  title: z.string().transform(cleanName).pipe(z.string().min(1).max(120)),
  date: calendarDateSchema,
  instruments: z
    .array(z.enum(INSTRUMENT_IDS))
    .min(1)
    .max(INSTRUMENT_IDS.length)
    .refine((list) => new Set(list).size === list.length, { message: 'Each instrument once' }),
  anonymous: z.boolean(),
};

const inviteSchema = z.strictObject({
  v: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  ...workshopFields,
  live: liveRoomSchema.optional(),
});

export type WorkshopDraft = Pick<Workshop, 'title' | 'date' | 'instruments' | 'anonymous'>;

const draftSchema = z.strictObject(workshopFields);

/**
 * The fields of a workshop about to be created that are wrong (a title with nothing visible, no real
 * day, no instrument or one twice); empty when it can be created.
 */
export function workshopDraftErrors(draft: WorkshopDraft): Partial<Record<keyof WorkshopDraft, true>> {
  const errors: Partial<Record<keyof WorkshopDraft, true>> = {};
  const parsed = draftSchema.safeParse(draft);
  for (const issue of parsed.error?.issues ?? []) errors[issue.path[0] as keyof WorkshopDraft] = true;
  return errors;
}

export const MAX_INVITE_CHARS = 2000;

const textToBase64Url = (text: string) => toBase64Url(new TextEncoder().encode(text));

/** The text a code holds; throws when it is not base64url or not UTF-8. */
function textFromBase64Url(code: string): string {
  const bytes = fromBase64Url(code);
  if (typeof bytes === 'string') throw new Error(`invitation code: ${bytes}`);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeInvite(workshop: Workshop): string {
  const invite: WorkshopInvite = {
    v: 1,
    id: workshop.id,
    title: workshop.title,
    date: workshop.date,
    instruments: workshop.instruments,
    anonymous: workshop.anonymous,
    ...(workshop.live && !workshop.live.cleared
      ? { live: { room: workshop.live.room, key: workshop.live.key } }
      : {}),
  };
  return textToBase64Url(JSON.stringify(invite));
}

/** Reads an invitation code or a whole join link; null when it is not a valid invitation. Never throws. */
export function decodeInvite(codeOrLink: string): WorkshopInvite | null {
  const trimmed = codeOrLink.trim();
  const code = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1).replace(/^i=/, '') : trimmed;
  if (!code || code.length > MAX_INVITE_CHARS || !/^[A-Za-z0-9_-]+$/.test(code)) return null;
  try {
    const parsed = inviteSchema.safeParse(JSON.parse(textFromBase64Url(code)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A short random id for a workshop. */
export function newWorkshopId(): string {
  return randomHex(6);
}
