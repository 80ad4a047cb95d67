// Owns the group summary a gatherer sends back to the members: the group's readings per instrument
// (medians and spreads, counts, shared postures, who could help whom under P1…Pn unless the gatherer
// names them), never anyone's answers or notes. One schema, versioned, read from a link (a compact code
// after `#`) or from a .json file, never trusted: sizes first, then checksum, then the schema.
import { GRID_CELLS, MACRO_IDS, MODALITY_IDS } from '../content/grid';
import {
  DIRECTION_IDS,
  INSTRUMENT_IDS,
  pairKey,
  POSTURE_IDS,
  TENSION_IDS,
  TENSION_PAIRS,
  TRAIT_IDS,
} from '../content/postures';
import type { InstrumentId, PostureId } from '../content/postures';
import { displayAliases, type Distribution, type GroupMember, type GroupSynthesis } from '../scoring/group';
import { whoCanHelp, type HelpPair } from '../scoring/groupReading';
import { cleanName } from '../text';
import { fromBase64Url, toBase64Url } from './bytes';
import { checksum, deflate, inflate } from './compression';
import { z } from './zod';

export const SUMMARY_VERSION = 1;
export const SUMMARY_FILE_FORMAT = 'quel-developpeur-euse/synthese-groupe';
/** The longest code a link may carry; a larger summary travels as a file. */
export const MAX_SUMMARY_CODE_CHARS = 12_000;
/** The most a code may unpack to, and the largest file read. */
export const MAX_SUMMARY_BYTES = 256 * 1024;
const MAX_MEMBERS = 10_000;
const NAME_MAX_CHARS = 120;
const CHECKSUM_BYTES = 4;
const FLAG_COMPRESSED = 1;

export interface GroupSummary {
  readonly version: typeof SUMMARY_VERSION;
  /** The group's or the workshop's name. */
  readonly name: string;
  /** When the gatherer made it (ms). */
  readonly sentAt: number;
  /** The instruments the summary shows, in the instruments' order. */
  readonly instruments: readonly InstrumentId[];
  /** True when « qui peut aider qui » names people by their alias; otherwise P1…Pn. */
  readonly named: boolean;
  readonly synthesis: GroupSynthesis;
  /** Who could help whom, by the names chosen above. */
  readonly help: readonly HelpPair[];
}

const EMPTY: Distribution = { n: 0, median: null, min: null, max: null, q1: null, q3: null };

/**
 * The summary of `members` for the instruments shown: what an instrument not shown holds is left out
 * (its distributions empty, no posture counted), so the summary says no more than the page.
 */
export function buildGroupSummary(input: {
  readonly name: string;
  readonly members: readonly GroupMember[];
  readonly synthesis: GroupSynthesis;
  readonly instruments: readonly InstrumentId[];
  readonly named: boolean;
  readonly sentAt: number;
}): GroupSummary {
  const { synthesis: s, instruments } = input;
  const has = (i: InstrumentId) => instruments.includes(i);
  const keep = (i: InstrumentId, d: Distribution) => (has(i) ? d : EMPTY);
  const names = displayAliases(input.members, !input.named);
  const nameOf = (id: string) => names.get(id) ?? '';
  const grid = has('grid');
  return {
    version: SUMMARY_VERSION,
    name: input.name,
    sentAt: input.sentAt,
    instruments: INSTRUMENT_IDS.filter(has),
    named: input.named,
    synthesis: {
      size: s.size,
      cells: s.cells.map((c) => ({
        ...c,
        aisance: keep('grid', c.aisance),
        mobilisation: keep('grid', c.mobilisation),
      })),
      macros: s.macros.map((m) => ({
        ...m,
        aisance: keep('grid', m.aisance),
        mobilisation: keep('grid', m.mobilisation),
      })),
      directions: s.directions.map((d) => ({ ...d, frequency: keep('acrobat', d.frequency) })),
      traits: s.traits.map((d) => ({ ...d, frequency: keep('strategist', d.frequency) })),
      tensions: s.tensions.map((d) => ({ ...d, pull: keep('tensions', d.pull) })),
      preferred: s.preferred.map((p) => ({ ...p, members: has('situations') ? p.members : 0 })),
      atEase: grid ? s.atEase : [],
      lacking: grid ? s.lacking : [],
      meetings: keep('time', s.meetings),
      adaptation: has('situations') ? s.adaptation : { situation: 0, habit: 0, even: 0, answered: 0 },
      pairs: s.pairs.map((p) =>
        has('tensions') ? p : { ...p, first: 0, second: 0, balance: 0, answered: 0 },
      ),
    },
    help: grid
      ? whoCanHelp(input.members).map((p) => ({
          ...p,
          helpers: p.helpers.map(nameOf),
          learners: p.learners.map(nameOf),
        }))
      : [],
  };
}

// ——— Schema ———

const value = z.number().min(0).max(100);
const distributionSchema: z.ZodType<Distribution> = z
  .strictObject({
    n: z.int().min(0).max(MAX_MEMBERS),
    median: value.nullable(),
    min: value.nullable(),
    max: value.nullable(),
    q1: value.nullable(),
    q3: value.nullable(),
  })
  .refine((d) => {
    const figures = [d.min, d.q1, d.median, d.q3, d.max];
    if (d.n === 0) return figures.every((f) => f === null);
    // Present, and in order: min ≤ q1 ≤ median ≤ q3 ≤ max.
    return figures.every((f, i) => f !== null && (i === 0 || (figures[i - 1] ?? 0) <= f));
  }, 'an empty distribution has no figures; a full one has them in order');

/** One entry per id, in the content's order. */
function inOrder<T extends { readonly [k in K]: string }, K extends string>(
  item: z.ZodType<T>,
  key: K,
  ids: readonly string[],
) {
  return z
    .array(item)
    .length(ids.length)
    .refine((rows) => rows.every((r, i) => r[key] === ids[i]), 'not one entry per id in order');
}

const macro = z.enum(MACRO_IDS);
const modality = z.enum(MODALITY_IDS);
const cellIds = GRID_CELLS.map((c) => `${c.macro}.${c.modality}`);
const groupCell = z.strictObject({ macro, modality, median: z.number().min(1).max(4) });
const person = z.string().max(80).transform(cleanName).pipe(z.string().min(1));
const people = z.array(person).min(1).max(MAX_MEMBERS);
const count = z.int().min(0).max(MAX_MEMBERS);

const synthesisSchema = z.strictObject({
  size: z.int().min(1).max(MAX_MEMBERS),
  cells: z
    .array(z.strictObject({ macro, modality, aisance: distributionSchema, mobilisation: distributionSchema }))
    .length(cellIds.length)
    .refine((rows) => rows.every((r, i) => `${r.macro}.${r.modality}` === cellIds[i]), 'not the grid cells'),
  macros: inOrder(
    z.strictObject({ macro, aisance: distributionSchema, mobilisation: distributionSchema }),
    'macro',
    MACRO_IDS,
  ),
  directions: inOrder(
    z.strictObject({ id: z.enum(DIRECTION_IDS), frequency: distributionSchema }),
    'id',
    DIRECTION_IDS,
  ),
  traits: inOrder(z.strictObject({ id: z.enum(TRAIT_IDS), frequency: distributionSchema }), 'id', TRAIT_IDS),
  tensions: inOrder(z.strictObject({ id: z.enum(TENSION_IDS), pull: distributionSchema }), 'id', TENSION_IDS),
  preferred: inOrder(
    z.strictObject({
      posture: z.enum(POSTURE_IDS as [PostureId, ...PostureId[]]),
      members: z.int().min(0).max(MAX_MEMBERS),
    }),
    'posture',
    POSTURE_IDS,
  ),
  atEase: z.array(groupCell).max(cellIds.length),
  lacking: z.array(groupCell).max(cellIds.length),
  meetings: distributionSchema,
  adaptation: z
    .strictObject({ situation: count, habit: count, even: count, answered: count })
    .refine((a) => a.situation + a.habit + a.even === a.answered, 'the leanings do not add up'),
  pairs: z
    .array(
      z
        .strictObject({
          pair: z.tuple([z.enum(TENSION_IDS), z.enum(TENSION_IDS)]),
          first: count,
          second: count,
          balance: count,
          answered: count,
        })
        .refine((p) => p.first + p.second + p.balance === p.answered, 'a pair does not add up'),
    )
    .length(TENSION_PAIRS.length)
    .refine(
      (rows) => rows.every((r, i) => pairKey(r.pair) === pairKey(TENSION_PAIRS[i] ?? r.pair)),
      'not the pairs of forces in order',
    ),
});

export const groupSummarySchema: z.ZodType<GroupSummary> = z
  .strictObject({
    version: z.literal(SUMMARY_VERSION),
    name: z.string().transform(cleanName).pipe(z.string().min(1).max(NAME_MAX_CHARS)),
    sentAt: z.int().min(0).max(8.64e15),
    instruments: z
      .array(z.enum(INSTRUMENT_IDS))
      .max(INSTRUMENT_IDS.length)
      .refine(
        (list) =>
          list.every(
            (id, i) => i === 0 || INSTRUMENT_IDS.indexOf(id) > INSTRUMENT_IDS.indexOf(list[i - 1] ?? id),
          ),
        'not in order, or repeated',
      ),
    named: z.boolean(),
    synthesis: synthesisSchema,
    help: z.array(z.strictObject({ macro, modality, helpers: people, learners: people })).max(cellIds.length),
  })
  .refine(
    (s) => s.synthesis.preferred.every((p) => p.members <= s.synthesis.size),
    'more members than the group holds',
  );

export type GroupSummaryError =
  'empty' | 'too-long' | 'not-base64' | 'future-version' | 'corrupt' | 'invalid' | 'not-json' | 'foreign';

export type ReadGroupSummary = { ok: true; summary: GroupSummary } | { ok: false; error: GroupSummaryError };

/** The summary checked by the schema and its version, whether it came from a code or a file. */
function checked(data: unknown): ReadGroupSummary {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SUMMARY_VERSION) return { ok: false, error: 'future-version' };
  const parsed = groupSummarySchema.safeParse(data);
  return parsed.success ? { ok: true, summary: parsed.data } : { ok: false, error: 'invalid' };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

// ——— Link ———

/*
 * Code layout: [0] code version (1), [1] flags (bit0: body deflate-raw compressed), [2…] body: the
 * summary as JSON (UTF-8), then 4 bytes: the first 4 bytes of the SHA-256 of everything before them.
 * Written as base64url without padding.
 */

/** The code of a summary. Rejects with a TypeError a summary the schema refuses. */
export async function encodeGroupSummary(summary: GroupSummary): Promise<string> {
  if (!groupSummarySchema.safeParse(summary).success)
    throw new TypeError('encodeGroupSummary: invalid summary');
  const json = new TextEncoder().encode(JSON.stringify(summary));
  const compressed = await deflate(json);
  const useCompressed = compressed !== null && compressed.length < json.length;
  const body = useCompressed ? compressed : json;
  const framed = new Uint8Array(2 + body.length);
  framed.set([SUMMARY_VERSION, useCompressed ? FLAG_COMPRESSED : 0]);
  framed.set(body, 2);
  const bytes = new Uint8Array(framed.length + CHECKSUM_BYTES);
  bytes.set(framed);
  bytes.set(await checksum(framed, CHECKSUM_BYTES), framed.length);
  return toBase64Url(bytes);
}

/** The code in a pasted text: a bare code, or a link whose fragment holds it (`#s=…`). */
function extractCode(input: string): string {
  const text = input.replace(/\s+/g, '');
  const marked = text.indexOf('#s=');
  return marked >= 0 ? text.slice(marked + 3) : text;
}

/** Reads a summary code, or a whole link holding one. Never throws. */
export async function decodeGroupSummary(input: string): Promise<ReadGroupSummary> {
  try {
    return await decode(input);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
}

async function decode(input: string): Promise<ReadGroupSummary> {
  const fail = (error: GroupSummaryError): ReadGroupSummary => ({ ok: false, error });
  if (input.length > MAX_SUMMARY_CODE_CHARS + 2048) return fail('too-long');
  const code = extractCode(input);
  if (code === '') return fail('empty');
  if (code.length > MAX_SUMMARY_CODE_CHARS) return fail('too-long');
  const bytes = fromBase64Url(code);
  if (bytes === 'not-base64') return fail('not-base64');
  if (bytes === 'truncated' || bytes.length < 2 + CHECKSUM_BYTES) return fail('corrupt');
  const version = bytes[0] ?? 0;
  if (version === 0) return fail('corrupt');
  if (version > SUMMARY_VERSION) return fail('future-version');
  const flags = bytes[1] ?? 0;
  if (flags & ~FLAG_COMPRESSED) return fail('corrupt');
  // One spelling per code, and a checksum: a changed character is refused, never read as another summary.
  if (toBase64Url(bytes) !== code) return fail('corrupt');
  const end = bytes.length - CHECKSUM_BYTES;
  const expected = await checksum(bytes.subarray(0, end), CHECKSUM_BYTES);
  if (expected.some((b, i) => b !== bytes[end + i])) return fail('corrupt');
  let body: Uint8Array = bytes.subarray(2, end);
  if (flags & FLAG_COMPRESSED) {
    const inflated = await inflate(body, MAX_SUMMARY_BYTES);
    if (typeof inflated === 'string') return fail('corrupt');
    body = inflated;
  } else if (body.length > MAX_SUMMARY_BYTES) return fail('corrupt');
  const data = parseJson(new TextDecoder('utf-8', { fatal: true }).decode(body));
  return data === undefined ? fail('corrupt') : checked(data);
}

// ——— File ———

export function groupSummaryFile(summary: GroupSummary): string {
  return JSON.stringify({ format: SUMMARY_FILE_FORMAT, summary }, null, 2);
}

export function groupSummaryFileName(summary: GroupSummary): string {
  const safe = summary.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `synthese-${safe || 'groupe'}.json`;
}

/** Reads a summary file. Never throws. */
export function parseGroupSummaryFile(text: string): ReadGroupSummary {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (new TextEncoder().encode(text).byteLength > MAX_SUMMARY_BYTES) return { ok: false, error: 'too-long' };
  const data = parseJson(text);
  if (data === undefined) return { ok: false, error: 'not-json' };
  const format =
    typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format !== SUMMARY_FILE_FORMAT) return { ok: false, error: 'foreign' };
  return checked((data as { summary?: unknown }).summary);
}
