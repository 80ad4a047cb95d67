// Owns the profile snapshot: what a person shares of one bilan (by link, QR code or file), its validation
// (zod), building it from the stored answers and turning a received one back into answers for scoring.
import { randomHex } from './bytes';
import { z } from './zod';
import type { CompetencyResponse, PostureValue } from '../assessment';
import { COMPETENCIES } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  INSTRUMENT_IDS,
  POSTURE_IDS,
  SITUATION_FITS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TENSION_PAIRS,
  pairKey,
  pairOutcome,
  situationFit,
} from '../content/postures';
import { ACQUISITION_MODES, AISANCE_LEVELS, MOBILISATION_LEVELS } from '../content/scales';
import {
  reflectionItemId,
  situationFitItemId,
  tensionItemId,
  tensionPairItemId,
  type CompetencyResponses,
  type PostureValues,
} from '../progress';
import { cleanName } from '../text';

export const SNAPSHOT_VERSION = 1;
export const ALIAS_MAX_CHARS = 40;
export const SNAPSHOT_TEXT_MAX_CHARS = 2000;

export interface ProfileSnapshot {
  readonly version: 1;
  /** 16 lowercase hex characters (8 random bytes): recognises the same snapshot received twice. */
  readonly id: string;
  /**
   * Chosen by the owner: 1 to 40 characters, no surrounding spaces. Cleaned with cleanName wherever it
   * enters (built here, decoded from a code, read from a file); the schema itself stays lenient so
   * that profiles stored before that are still read.
   */
  readonly alias: string;
  /** Milliseconds, in whole seconds (the share code stores seconds). */
  readonly createdAt: number;
  readonly contentVersion: number;
  /** The trainer's workshop it was sent to: 1 to 40 of [A-Za-z0-9_-]. */
  readonly workshopId?: string;
  /** Competency id -> answer. `envie`/`notConcerned` only when true; `note` only when notes are included. */
  readonly competencies: Readonly<Record<string, CompetencyResponse>>;
  /** Acrobat or strategist statement id -> frequency 0..4. */
  readonly practice: Readonly<Record<string, number>>;
  /**
   * Situation id -> the chosen posture. Built from the current options only; a posture an older content
   * version offered is still read (scoring leaves out what the situation no longer offers).
   */
  readonly situations: Readonly<Record<string, string>>;
  /** Situation id -> `habit` or `situation`; absent when none was given (and from older snapshots). */
  readonly situationFits?: Readonly<Record<string, string>>;
  /** Bare tension id (`cadre-institutionnel`) -> pull 0..4. */
  readonly tensions: Readonly<Record<string, number>>;
  /** Pair key (pairKey) -> the force of the pair that prevails, or `equilibre`; absent when none given. */
  readonly tensionPairs?: Readonly<Record<string, string>>;
  /** Each split names all ten activities (0..100, a missing one stored as 0) and sums to 100. */
  readonly time: {
    readonly actual?: Readonly<Record<string, number>>;
    readonly wished?: Readonly<Record<string, number>>;
  };
  /**
   * Instrument id -> reflective note. Present (possibly empty) exactly when the owner chose to include
   * notes, so a receiver can tell "no notes shared" from "no notes written".
   */
  readonly reflections?: Readonly<Record<string, string>>;
}

const STATEMENTS = [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS];
const WORKSHOP_ID = /^[A-Za-z0-9_-]{1,40}$/;
const SNAPSHOT_ID = /^[0-9a-f]{16}$/;
// A lone UTF-16 surrogate cannot be written as UTF-8, so such a text could never survive a share code.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_SECONDS = 0xffff_ffff;

export function isWorkshopId(value: string): boolean {
  return WORKSHOP_ID.test(value);
}

const wellFormed = (s: string) => !LONE_SURROGATE.test(s);

// A record keyed by content ids; keys typed `string` so the output matches ProfileSnapshot's records.
const keyedBy = <V extends z.ZodType>(ids: readonly string[], value: V) => {
  const known = new Set(ids);
  return z.record(
    z.string().refine((k) => known.has(k), 'unknown id'),
    value,
  );
};

const text = z.string().min(1).max(SNAPSHOT_TEXT_MAX_CHARS).refine(wellFormed, 'not well-formed text');
const frequency = z.int().min(0).max(4);
const percentage = z.int().min(0).max(100);

const responseSchema = z
  .strictObject({
    aisance: z.literal(AISANCE_LEVELS).optional(),
    mobilisation: z.literal(MOBILISATION_LEVELS).optional(),
    acquisition: z.enum(ACQUISITION_MODES).optional(),
    // false means the same as no answer: only true is kept, so a snapshot has one spelling.
    envie: z.literal(true).optional(),
    notConcerned: z.literal(true).optional(),
    note: text.optional(),
  })
  .refine((r) => Object.values(r).some((v) => v !== undefined), 'an empty answer is left out');

const splitSchema = z
  .record(z.enum(ACTIVITY_IDS), percentage)
  .refine((split) => Object.values(split).reduce((sum, v) => sum + v, 0) === 100, 'does not sum to 100');

export const snapshotSchema: z.ZodType<ProfileSnapshot> = z
  .strictObject({
    version: z.literal(SNAPSHOT_VERSION),
    id: z.string().regex(SNAPSHOT_ID),
    alias: z
      .string()
      .min(1)
      .max(ALIAS_MAX_CHARS)
      .refine((a) => a === a.trim() && wellFormed(a), 'not trimmed or not well-formed'),
    createdAt: z
      .int()
      .min(0)
      .max(MAX_SECONDS * 1000)
      .refine((t) => t % 1000 === 0, 'not whole seconds'),
    contentVersion: z.int().min(1).max(1000),
    workshopId: z.string().regex(WORKSHOP_ID).optional(),
    competencies: keyedBy(
      COMPETENCIES.map((c) => c.id),
      responseSchema,
    ),
    practice: keyedBy(
      STATEMENTS.map((s) => s.id),
      frequency,
    ),
    situations: keyedBy(
      SITUATIONS.map((s) => s.id),
      z.enum(POSTURE_IDS),
    ),
    situationFits: keyedBy(
      SITUATIONS.map((s) => s.id),
      z.enum(SITUATION_FITS),
    )
      .refine((r) => Object.keys(r).length > 0, 'an empty record is left out')
      .optional(),
    tensions: keyedBy(TENSION_IDS, frequency),
    tensionPairs: keyedBy(TENSION_PAIRS.map(pairKey), z.string())
      .refine((r) => Object.keys(r).length > 0, 'an empty record is left out')
      .optional(),
    time: z.strictObject({ actual: splitSchema.optional(), wished: splitSchema.optional() }),
    reflections: z.partialRecord(z.enum(INSTRUMENT_IDS), text).optional(),
  })
  .superRefine((s, ctx) => {
    for (const pair of TENSION_PAIRS) {
      const key = pairKey(pair);
      const outcome = s.tensionPairs?.[key];
      if (outcome !== undefined && pairOutcome(pair, outcome) === undefined)
        ctx.addIssue({ code: 'custom', path: ['tensionPairs', key], message: 'not one of the pair' });
    }
    if (s.reflections === undefined) {
      for (const [id, r] of Object.entries(s.competencies))
        if (r.note !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['competencies', id, 'note'],
            message: 'notes were not included',
          });
    }
  });

// Stored texts may be longer than a snapshot carries (the note field allows more): keep the beginning,
// never cutting a surrogate pair, and write lone surrogates as U+FFFD as UTF-8 would.
function shareableText(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const clean = value.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
  if (clean.length <= SNAPSHOT_TEXT_MAX_CHARS) return clean;
  const cut = clean.slice(0, SNAPSHOT_TEXT_MAX_CHARS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const isFrequency = (v: unknown): v is number => typeof v === 'number' && frequency.safeParse(v).success;

const oneOf = <T>(levels: readonly T[], v: unknown): v is T => (levels as readonly unknown[]).includes(v);

/** The valid fields of a stored answer; a bad field (from a future scale, say) is left out on its own. */
function shareableResponse(
  r: CompetencyResponse | undefined,
  includeNotes: boolean,
): CompetencyResponse | undefined {
  if (!r) return undefined;
  const kept: CompetencyResponse = {};
  if (oneOf(AISANCE_LEVELS, r.aisance)) kept.aisance = r.aisance;
  if (oneOf(MOBILISATION_LEVELS, r.mobilisation)) kept.mobilisation = r.mobilisation;
  if (oneOf(ACQUISITION_MODES, r.acquisition)) kept.acquisition = r.acquisition;
  // false is the same answer as no answer: only true is kept, so a snapshot has one spelling.
  if (r.envie === true) kept.envie = true;
  if (r.notConcerned === true) kept.notConcerned = true;
  const note = includeNotes ? shareableText(r.note) : undefined;
  if (note !== undefined) kept.note = note;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function shareableSplit(value: PostureValue | undefined): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const full = Object.fromEntries(ACTIVITY_IDS.map((id) => [id, value[id] ?? 0]));
  return splitSchema.safeParse(full).success ? full : undefined;
}

export interface SnapshotInput {
  readonly responses: CompetencyResponses;
  readonly values: PostureValues;
  readonly alias: string;
  readonly includeNotes: boolean;
  readonly now: number;
  readonly contentVersion: number;
  readonly workshopId?: string;
  readonly randomId: () => string;
}

/**
 * The snapshot of a bilan's stored answers. Unknown ids and invalid values are left out; notes and
 * reflections only with `includeNotes`. The alias is cleaned (cleanName). Throws a RangeError when the
 * caller's own inputs are invalid (an alias empty once cleaned or too long, a malformed workshop id or random id): check them with the UI first.
 */
export function buildSnapshot(input: SnapshotInput): ProfileSnapshot {
  const { responses, values, includeNotes } = input;
  const competencies: Record<string, CompetencyResponse> = {};
  for (const c of COMPETENCIES) {
    const r = shareableResponse(responses[c.id], includeNotes);
    if (r) competencies[c.id] = r;
  }
  const practice: Record<string, number> = {};
  for (const s of STATEMENTS) {
    const v = values[s.id];
    if (isFrequency(v)) practice[s.id] = v;
  }
  const situations: Record<string, string> = {};
  for (const s of SITUATIONS) {
    const v = values[s.id];
    if (typeof v === 'string' && (s.options as readonly string[]).includes(v)) situations[s.id] = v;
  }
  const situationFits: Record<string, string> = {};
  for (const s of SITUATIONS) {
    const fit = situationFit(values[situationFitItemId(s.id)]);
    if (fit !== undefined && situations[s.id] !== undefined) situationFits[s.id] = fit;
  }
  const tensions: Record<string, number> = {};
  for (const t of TENSION_IDS) {
    const v = values[tensionItemId(t)];
    if (isFrequency(v)) tensions[t] = v;
  }
  const tensionPairs: Record<string, string> = {};
  for (const pair of TENSION_PAIRS) {
    const outcome = pairOutcome(pair, values[tensionPairItemId(pair)]);
    if (outcome !== undefined) tensionPairs[pairKey(pair)] = outcome;
  }
  const actual = shareableSplit(values['time.actual']);
  const wished = shareableSplit(values['time.wished']);
  const reflections: Record<string, string> = {};
  if (includeNotes) {
    for (const instrument of INSTRUMENT_IDS) {
      const v = shareableText(values[reflectionItemId(instrument)]);
      if (v !== undefined) reflections[instrument] = v;
    }
  }
  const snapshot: ProfileSnapshot = {
    version: SNAPSHOT_VERSION,
    id: input.randomId(),
    alias: cleanName(input.alias),
    createdAt: Math.floor(input.now / 1000) * 1000,
    contentVersion: input.contentVersion,
    ...(input.workshopId !== undefined ? { workshopId: input.workshopId } : {}),
    competencies,
    practice,
    situations,
    ...(Object.keys(situationFits).length > 0 ? { situationFits } : {}),
    tensions,
    ...(Object.keys(tensionPairs).length > 0 ? { tensionPairs } : {}),
    time: { ...(actual ? { actual } : {}), ...(wished ? { wished } : {}) },
    ...(includeNotes ? { reflections } : {}),
  };
  const checked = snapshotSchema.safeParse(snapshot);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new RangeError(
      `Invalid snapshot input at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  return snapshot;
}

/** A received snapshot as stored answers, so the existing scoring computes its profile unchanged. */
export function snapshotToAnswers(s: ProfileSnapshot): {
  responses: CompetencyResponses;
  values: PostureValues;
} {
  const responses: Record<string, CompetencyResponse> = {};
  for (const [id, r] of Object.entries(s.competencies)) responses[id] = { ...r };
  const values: Record<string, PostureValue> = { ...s.practice, ...s.situations };
  for (const [id, v] of Object.entries(s.tensions)) values[tensionItemId(id)] = v;
  for (const [id, fit] of Object.entries(s.situationFits ?? {})) values[situationFitItemId(id)] = fit;
  for (const pair of TENSION_PAIRS) {
    const outcome = s.tensionPairs?.[pairKey(pair)];
    if (outcome !== undefined) values[tensionPairItemId(pair)] = outcome;
  }
  if (s.time.actual) values['time.actual'] = { ...s.time.actual };
  if (s.time.wished) values['time.wished'] = { ...s.time.wished };
  for (const [instrument, note] of Object.entries(s.reflections ?? {}))
    values[`reflection.${instrument}`] = note;
  return { responses, values };
}

/** 8 random bytes as 16 lowercase hex characters. */
export function newSnapshotId(): string {
  return randomHex(8);
}
