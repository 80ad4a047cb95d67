// Owns the backup file: its format and versions, its validation (zod), building it from the stored rows,
// the pure import plan (what is new, what duplicates something already here, what to write), and what a
// file or a device holds, counted by kind.
import { z } from './zod';
import type { Assessment, CompetencyAnswer, PostureAnswer } from '../assessment';
import { COMPETENCIES, type CompetencyId } from '../content/grid';
import { ACTIVITY_IDS, INSTRUMENT_IDS } from '../content/postures';
import { ACQUISITION_MODES } from '../content/scales';
import {
  EPSTEIN_APPROACHES,
  MAX_PLACEMENT_NOTE,
  PLACEMENT_ROW_ID,
  PLACEMENT_VIEWS,
  PRESENCE_LEVELS,
  type PlacementRow,
} from '../content/reperes';
import { CONTENT_VERSION } from '../content/version';
import { isCalendarDate } from '../dates';
import { cleanName } from '../text';
import type { PeerGroup, ReceivedProfile } from '../group';
import { isoDay, PLAN_MEANS, type PlanItem } from '../plan';
import { WORKSHEET_FIELDS, type Worksheet } from '../worksheet';
import { MAX_EXPECTED, type Workshop } from '../workshop';
import { liveRoomSchema, trainerLiveRoomSchema } from './liveRoom';
import { calendarDateSchema } from './calendarDate';
import { isWorkshopId, snapshotSchema } from './snapshot';

export const BACKUP_FORMAT = 'quel-developpeur-euse/sauvegarde';
/**
 * Version 2 added groups, received profiles and workshops; version 3 the « Repères » placement.
 * Version 1 and 2 files are still read.
 */
export const BACKUP_VERSION = 3;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const MAX_ID = 200;
const MAX_NAME = 200;
const MAX_TEXT = 10_000;
const MAX_ASSESSMENTS = 1000;
const MAX_WORKSHEETS = 1000;
const MAX_ROWS_PER_KIND = 200;
const MAX_GROUPS = 1000;
const MAX_WORKSHOPS = 1000;
const MAX_PROFILES_PER_GROUP = 2000;

/** A bilan with its answers and plan, as the file holds it (answers without their composite `id`). */
export type BackupAssessment = Assessment & {
  competencyAnswers: CompetencyAnswer[];
  postureAnswers: PostureAnswer[];
  planItems: PlanItem[];
};

/** A group with the profiles received into it. */
export type BackupGroup = PeerGroup & { receivedProfiles: ReceivedProfile[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
  /** CONTENT_VERSION of the app that wrote the file. */
  contentVersion: number;
  assessments: BackupAssessment[];
  worksheets: Worksheet[];
  groups: BackupGroup[];
  workshops: Workshop[];
  /** The « Repères » placement: none, or the device's one. */
  reperes: PlacementRow[];
}

const id = z.string().min(1).max(MAX_ID);
const text = z.string().max(MAX_TEXT);
// A name or title from a file is cleaned as one typed here (domain/text.ts): no control, bidi-override
// or invisible character reaches a list, a heading or a CSV cell.
const storedName = z.string().max(MAX_NAME).overwrite(cleanName);
// Date.now() values: whole milliseconds, within the range a Date can hold.
const timestamp = z.int().min(0).max(8_640_000_000_000_000);
const contentVersion = z.int().min(1).max(1000);
const workshopId = z.string().min(1).max(40).refine(isWorkshopId, 'not a workshop id');
// A day `YYYY-MM-DD`, or '' for none (see dayOrNone).
const dayOrNone = z.union([z.literal(''), calendarDateSchema]);
const instruments = z.array(z.enum(INSTRUMENT_IDS)).max(INSTRUMENT_IDS.length);

/** Why a field was refused, for the message shown to the person. */
export type SchemaReason =
  'unknown-field' | 'missing' | 'wrong-type' | 'out-of-range' | 'invalid-value' | 'duplicate' | 'mismatch';

// The same set as isCompetencyId, spelled as an enum so the JSON Schema lists the ids.
const competencyId = z.enum(COMPETENCIES.map((c) => c.id) as [CompetencyId, ...CompetencyId[]]);

const competencyAnswerSchema = z.strictObject({
  assessmentId: id,
  itemId: competencyId,
  aisance: z.literal([1, 2, 3, 4]).optional(),
  mobilisation: z.literal([0, 1, 2, 3]).optional(),
  acquisition: z.enum(ACQUISITION_MODES).optional(),
  envie: z.boolean().optional(),
  notConcerned: z.boolean().optional(),
  note: text.optional(),
  toConfirm: z.literal(true).optional(),
  contentVersion,
  updatedAt: timestamp,
});

const postureValueSchema = z.union([
  // A frequency or a pull.
  z.int().min(0).max(4),
  // A situation's chosen posture, or a reflective note.
  text,
  // A split of working time, in whole percentages by activity.
  z.partialRecord(z.enum(ACTIVITY_IDS), z.int().min(0).max(100)),
]);

const postureAnswerSchema = z.strictObject({
  assessmentId: id,
  itemId: id,
  value: postureValueSchema,
  contentVersion,
  updatedAt: timestamp,
});

const planItemSchema = z.strictObject({
  id,
  assessmentId: id,
  targetId: id,
  why: text,
  how: z.array(z.enum(PLAN_MEANS)).max(PLAN_MEANS.length),
  withWhom: text,
  reviewOn: dayOrNone,
  createdAt: timestamp,
  updatedAt: timestamp,
});

type Path = readonly (string | number)[];
type Issues = z.RefinementCtx<unknown>;

/** Reports every value met a second time, at its own place in the file. */
function uniqueIn(ctx: Issues, label: string, entries: readonly (readonly [Path, string])[]) {
  const seen = new Set<string>();
  for (const [path, value] of entries) {
    if (seen.has(value))
      ctx.addIssue({
        code: 'custom',
        path: [...path],
        message: `${label} ${value} appears twice`,
        params: { reason: 'duplicate' satisfies SchemaReason },
      });
    seen.add(value);
  }
}

/** Reports every row of `rows` whose `key` is not its container's id. */
function belongTo<K extends string>(
  ctx: Issues,
  kind: string,
  rows: readonly Readonly<Record<K, string>>[],
  key: K,
  owner: string,
  label: string,
) {
  rows.forEach((row, i) => {
    if (row[key] !== owner)
      ctx.addIssue({
        code: 'custom',
        path: [kind, i, key],
        message: `does not match the enclosing ${label}`,
        params: { reason: 'mismatch' satisfies SchemaReason },
      });
  });
}

const assessmentWorkshopSchema = z.strictObject({
  id: workshopId,
  title: storedName,
  instruments: instruments.min(1),
  anonymous: z.boolean(),
  live: liveRoomSchema.optional(),
});

const assessmentSchema = z
  .strictObject({
    id,
    name: storedName,
    createdAt: timestamp,
    updatedAt: timestamp,
    lastPage: z.string().max(MAX_ID).optional(),
    workshop: assessmentWorkshopSchema.optional(),
    competencyAnswers: z.array(competencyAnswerSchema).max(MAX_ROWS_PER_KIND),
    postureAnswers: z.array(postureAnswerSchema).max(MAX_ROWS_PER_KIND),
    planItems: z.array(planItemSchema).max(MAX_ROWS_PER_KIND),
  })
  .superRefine((a, ctx) => {
    for (const kind of ['competencyAnswers', 'postureAnswers', 'planItems'] as const)
      belongTo(ctx, kind, a[kind], 'assessmentId', a.id, 'bilan');
    // One stored row per bilan and item: a repeated item would collide on its composite id.
    for (const kind of ['competencyAnswers', 'postureAnswers'] as const)
      uniqueIn(
        ctx,
        'item',
        a[kind].map((r, i) => [[kind, i, 'itemId'], r.itemId] as const),
      );
  });

const worksheetSchema = z.strictObject({
  id,
  title: storedName,
  fields: z.partialRecord(z.enum(WORKSHEET_FIELDS), text),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const receivedProfileSchema = z.strictObject({
  /** The stored row's id (`<group>|<snapshot>`), kept as it is. */
  id,
  groupId: id,
  receivedAt: timestamp,
  snapshot: snapshotSchema,
  own: z.boolean().optional(),
});

const groupSchema = z
  .strictObject({
    id,
    name: storedName,
    anonymous: z.boolean(),
    workshopId: workshopId.optional(),
    createdAt: timestamp,
    receivedProfiles: z.array(receivedProfileSchema).max(MAX_PROFILES_PER_GROUP),
  })
  .superRefine((g, ctx) => belongTo(ctx, 'receivedProfiles', g.receivedProfiles, 'groupId', g.id, 'group'));

const workshopSchema = z.strictObject({
  id: workshopId,
  title: storedName,
  date: dayOrNone,
  instruments,
  anonymous: z.boolean(),
  expected: z.number().int().min(1).max(MAX_EXPECTED).optional(),
  createdAt: timestamp,
  live: trainerLiveRoomSchema.extend({ cleared: z.literal(true).optional() }).optional(),
});

const placementRowSchema = z.strictObject({
  id: z.literal(PLACEMENT_ROW_ID),
  placement: z.partialRecord(
    z.enum(PLACEMENT_VIEWS),
    z.partialRecord(z.enum(EPSTEIN_APPROACHES), z.literal(PRESENCE_LEVELS)),
  ),
  note: z.string().max(MAX_PLACEMENT_NOTE),
  updatedAt: timestamp,
});

/** Ids are unique across the file, as they are in the database. */
function uniqueIds(
  b: Pick<Backup, 'assessments' | 'worksheets'> & Partial<Pick<Backup, 'groups' | 'workshops'>>,
  ctx: Issues,
) {
  const ids = <T extends { id: string }>(kind: string, rows: readonly T[]) =>
    rows.map((r, i) => [[kind, i, 'id'], r.id] as const);
  uniqueIn(ctx, 'bilan id', ids('assessments', b.assessments));
  uniqueIn(
    ctx,
    'plan item id',
    b.assessments.flatMap((a, i) =>
      ids('planItems', a.planItems).map(([p, v]) => [['assessments', i, ...p], v] as const),
    ),
  );
  uniqueIn(ctx, 'worksheet id', ids('worksheets', b.worksheets));
  uniqueIn(ctx, 'group id', ids('groups', b.groups ?? []));
  uniqueIn(
    ctx,
    'received profile id',
    (b.groups ?? []).flatMap((g, i) =>
      ids('receivedProfiles', g.receivedProfiles).map(([p, v]) => [['groups', i, ...p], v] as const),
    ),
  );
  uniqueIn(ctx, 'workshop id', ids('workshops', b.workshops ?? []));
}

/** The fields every version of the file has, in the order they are written. */
const fileFields = <V extends number>(version: V) => ({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(version),
  exportedAt: z.iso.datetime(),
  contentVersion,
  assessments: z.array(assessmentSchema).max(MAX_ASSESSMENTS),
  worksheets: z.array(worksheetSchema).max(MAX_WORKSHEETS),
});

const sharedFields = {
  groups: z.array(groupSchema).max(MAX_GROUPS),
  workshops: z.array(workshopSchema).max(MAX_WORKSHOPS),
};

/** The current format (version 3): everything the app stores. */
export const backupSchema: z.ZodType<Backup> = z
  .strictObject({
    ...fileFields(BACKUP_VERSION),
    ...sharedFields,
    // One placement per device.
    reperes: z.array(placementRowSchema).max(1),
  })
  .superRefine(uniqueIds);

/** Version 2: the same without the « Repères » placement. */
const backupV2Schema = z.strictObject({ ...fileFields(2), ...sharedFields }).superRefine(uniqueIds);

/** Version 1: bilans and worksheets only (a bilan started from a workshop carries `workshop`). */
const backupV1Schema = z.strictObject(fileFields(1)).superRefine(uniqueIds);

export type BackupError = {
  kind: 'too-large' | 'not-json' | 'foreign' | 'future-version' | 'schema';
  /** For 'schema': where the file fails, as its keys and indexes (`['assessments', 3, 'workshop']`). */
  field?: readonly (string | number)[];
  reason?: SchemaReason;
  /** In English, for logs and tests: the field and what is wrong with it. */
  detail?: string;
};
export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

function utf8Length(s: string): number {
  // A UTF-16 code unit takes 1 to 3 bytes in UTF-8: skip the encoding when the answer is already known.
  if (s.length > MAX_BACKUP_BYTES) return s.length;
  if (s.length * 3 <= MAX_BACKUP_BYTES) return Math.min(s.length, MAX_BACKUP_BYTES);
  return new TextEncoder().encode(s).length;
}

function short(s: string, max = 200): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Reads a backup file's text. Never throws: every failure is a BackupError the UI can word. */
export function parseBackup(text: string): ParseResult {
  if (utf8Length(text) > MAX_BACKUP_BYTES) return { ok: false, error: { kind: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: { kind: 'foreign' } };
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return { ok: false, error: { kind: 'foreign' } };
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { ok: false, error: { kind: 'future-version', detail: String(version) } };
  }
  if (version === 1) {
    const result = backupV1Schema.safeParse(data, { reportInput: true });
    return result.success
      ? {
          ok: true,
          backup: { ...result.data, version: BACKUP_VERSION, groups: [], workshops: [], reperes: [] },
        }
      : { ok: false, error: schemaError(result.error.issues[0]) };
  }
  if (version === 2) {
    const result = backupV2Schema.safeParse(data, { reportInput: true });
    return result.success
      ? { ok: true, backup: { ...result.data, version: BACKUP_VERSION, reperes: [] } }
      : { ok: false, error: schemaError(result.error.issues[0]) };
  }
  if (version !== BACKUP_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'schema',
        field: ['version'],
        reason: 'invalid-value',
        detail: short(`version: ${JSON.stringify(version)}`),
      },
    };
  }
  const result = backupSchema.safeParse(data, { reportInput: true });
  return result.success
    ? { ok: true, backup: result.data }
    : { ok: false, error: schemaError(result.error.issues[0]) };
}

/** The first problem zod found, as the field it is in and a reason the UI can word. */
function schemaError(issue: z.core.$ZodIssue | undefined): BackupError {
  if (!issue) return { kind: 'schema', detail: 'invalid' };
  const field: (string | number)[] = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) field.push(issue.keys[0]);
  const where = field.join('.') || '(root)';
  return { kind: 'schema', field, reason: reasonOf(issue), detail: short(`${where}: ${issue.message}`) };
}

function reasonOf(issue: z.core.$ZodIssue): SchemaReason {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_type':
      return issue.input === undefined ? 'missing' : 'wrong-type';
    case 'too_big':
    case 'too_small':
    case 'not_multiple_of':
      return 'out-of-range';
    case 'custom': {
      const reason = (issue.params as { reason?: SchemaReason } | undefined)?.reason;
      return reason ?? 'invalid-value';
    }
    default:
      return 'invalid-value';
  }
}

/** The stored rows a backup is built from; answers may carry their composite `id`, which is dropped. */
export interface BackupSource {
  assessments: readonly Assessment[];
  competencyAnswers: readonly (CompetencyAnswer & { id?: string })[];
  postureAnswers: readonly (PostureAnswer & { id?: string })[];
  planItems: readonly PlanItem[];
  worksheets: readonly Worksheet[];
  groups: readonly PeerGroup[];
  receivedProfiles: readonly ReceivedProfile[];
  workshops: readonly Workshop[];
  reperes: readonly PlacementRow[];
}

function byOwner<K extends string, T extends Readonly<Record<K, string>>>(
  rows: readonly T[],
  key: K,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row[key]);
    if (list) list.push(row);
    else map.set(row[key], [row]);
  }
  return map;
}

const withoutId = <T extends { id?: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

/**
 * A stored day that is not a real calendar day (an older version's date field let `` or a five-digit
 * year through) is written as '' (no date), so the file stays readable.
 */
const storedDay = (day: string): string => (isCalendarDate(day) ? day : '');

/**
 * Answers and plan items go inside their bilan, received profiles inside their group. Rows whose bilan
 * or group no longer exists are left out.
 */
export function buildBackup(data: BackupSource, now: number): Backup {
  const competency = byOwner(data.competencyAnswers, 'assessmentId');
  const posture = byOwner(data.postureAnswers, 'assessmentId');
  const plans = byOwner(data.planItems, 'assessmentId');
  const received = byOwner(data.receivedProfiles, 'groupId');
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    contentVersion: CONTENT_VERSION,
    assessments: data.assessments.map((a) => ({
      ...a,
      competencyAnswers: (competency.get(a.id) ?? []).map(withoutId),
      postureAnswers: (posture.get(a.id) ?? []).map(withoutId),
      planItems: (plans.get(a.id) ?? []).map((p) => ({ ...p, reviewOn: storedDay(p.reviewOn) })),
    })),
    worksheets: data.worksheets.map((w) => ({ ...w, fields: { ...w.fields } })),
    groups: data.groups.map((g) => ({
      ...g,
      receivedProfiles: (received.get(g.id) ?? []).map((r) => ({ ...r })),
    })),
    workshops: data.workshops.map((w) => ({ ...w, date: storedDay(w.date) })),
    reperes: data.reperes.map((r) => structuredClone(r)),
  };
}

/** What a backup or a device holds, by kind, for the person to read before exporting, importing or erasing. */
export const DATA_KINDS = [
  'assessments',
  'answers',
  'planItems',
  'worksheets',
  'groups',
  'receivedProfiles',
  'workshops',
  'reperes',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];
export type DataCounts = Readonly<Record<DataKind, number>>;

export function backupCounts(b: Backup): DataCounts {
  const sum = <T>(rows: readonly T[], n: (row: T) => number) =>
    rows.reduce((total, row) => total + n(row), 0);
  return {
    assessments: b.assessments.length,
    answers: sum(b.assessments, (a) => a.competencyAnswers.length + a.postureAnswers.length),
    planItems: sum(b.assessments, (a) => a.planItems.length),
    worksheets: b.worksheets.length,
    groups: b.groups.length,
    receivedProfiles: sum(b.groups, (g) => g.receivedProfiles.length),
    workshops: b.workshops.length,
    reperes: b.reperes.length,
  };
}

export function serializeBackup(b: Backup): string {
  return JSON.stringify(b, null, 2);
}

/** `quel-developpeur-euse-sauvegarde-YYYY-MM-DD.json`, dated in the person's own time zone. */
export function backupFileName(now: number): string {
  return `quel-developpeur-euse-sauvegarde-${isoDay(now)}.json`;
}

/** The ids already on the device, by kind: what an import could collide with. */
export interface ExistingIds {
  assessments: ReadonlySet<string>;
  worksheets: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  workshops: ReadonlySet<string>;
  reperes: ReadonlySet<string>;
}

export interface ImportPreview {
  assessments: { id: string; name: string; createdAt: number; answers: number; duplicate: boolean }[];
  worksheets: { id: string; title: string; duplicate: boolean }[];
  groups: { id: string; name: string; profiles: number; workshopId?: string; duplicate: boolean }[];
  workshops: { id: string; title: string; date: string; duplicate: boolean }[];
  reperes: { id: string; updatedAt: number; duplicate: boolean }[];
}

export function previewImport(backup: Backup, existing: ExistingIds): ImportPreview {
  return {
    assessments: backup.assessments.map((a) => ({
      id: a.id,
      name: a.name,
      createdAt: a.createdAt,
      answers: a.competencyAnswers.length + a.postureAnswers.length,
      duplicate: existing.assessments.has(a.id),
    })),
    worksheets: backup.worksheets.map((w) => ({
      id: w.id,
      title: w.title,
      duplicate: existing.worksheets.has(w.id),
    })),
    groups: backup.groups.map((g) => ({
      id: g.id,
      name: g.name,
      profiles: g.receivedProfiles.length,
      ...(g.workshopId !== undefined ? { workshopId: g.workshopId } : {}),
      duplicate: existing.groups.has(g.id),
    })),
    workshops: backup.workshops.map((w) => ({
      id: w.id,
      title: w.title,
      date: w.date,
      duplicate: existing.workshops.has(w.id),
    })),
    reperes: backup.reperes.map((r) => ({
      id: r.id,
      updatedAt: r.updatedAt,
      duplicate: existing.reperes.has(r.id),
    })),
  };
}

/** What to do with a bilan, worksheet or group whose id already exists: import a copy under a new id, or not. */
export type DuplicateChoice = 'keep-both' | 'skip';

/**
 * Whether a duplicate group may be kept twice. A workshop's group may not: a workshop is known by its
 * id, which its join link and every result sent back carry, so a copy under another id would be a
 * workshop nobody can send results to. A workshop already here, and its group, are kept as they are.
 */
export function canKeepBoth(group: { workshopId?: string }): boolean {
  return group.workshopId === undefined;
}

function rekeyAssessment(a: BackupAssessment, newId: () => string): BackupAssessment {
  const assessmentId = newId();
  return {
    ...a,
    id: assessmentId,
    competencyAnswers: a.competencyAnswers.map((r) => ({ ...r, assessmentId })),
    postureAnswers: a.postureAnswers.map((r) => ({ ...r, assessmentId })),
    planItems: a.planItems.map((p) => ({ ...p, id: newId(), assessmentId })),
  };
}

function rekeyGroup(g: BackupGroup, newId: () => string): BackupGroup {
  const groupId = newId();
  // A received profile's id starts with its group's (`<group>|<snapshot>`): only that part changes.
  const prefix = `${g.id}|`;
  return {
    ...g,
    id: groupId,
    receivedProfiles: g.receivedProfiles.map((r) => ({
      ...r,
      id: r.id.startsWith(prefix) ? `${groupId}|${r.id.slice(prefix.length)}` : `${groupId}|${newId()}`,
      groupId,
    })),
  };
}

/**
 * The backup to write: new rows as they are; a duplicate bilan, worksheet or group skipped (the default)
 * or, with 'keep-both', given a new id (a bilan's answers and plan items, a group's received profiles
 * follow it); a workshop already here, or its group, always skipped (see canKeepBoth); the file's
 * « Repères » placement skipped when the device has one. Nothing existing is ever overwritten. `choices` is keyed by the duplicate's id.
 */
export function planImport(
  backup: Backup,
  preview: ImportPreview,
  choices: Readonly<Record<string, DuplicateChoice>>,
  newId: () => string,
): Backup {
  const duplicates = (rows: readonly { id: string; duplicate: boolean }[]) =>
    new Set(rows.filter((r) => r.duplicate).map((r) => r.id));
  const duplicateAssessments = duplicates(preview.assessments);
  const duplicateWorksheets = duplicates(preview.worksheets);
  const duplicateGroups = duplicates(preview.groups);
  const duplicateWorkshops = duplicates(preview.workshops);
  const duplicatePlacements = duplicates(preview.reperes);
  const keepBoth = (rowId: string) => choices[rowId] === 'keep-both';
  return {
    ...backup,
    assessments: backup.assessments.flatMap((a) => {
      if (!duplicateAssessments.has(a.id)) return [a];
      return keepBoth(a.id) ? [rekeyAssessment(a, newId)] : [];
    }),
    worksheets: backup.worksheets.flatMap((w) => {
      if (!duplicateWorksheets.has(w.id)) return [w];
      return keepBoth(w.id) ? [{ ...w, id: newId() }] : [];
    }),
    groups: backup.groups.flatMap((g) => {
      if (!duplicateGroups.has(g.id)) return [g];
      return canKeepBoth(g) && keepBoth(g.id) ? [rekeyGroup(g, newId)] : [];
    }),
    workshops: backup.workshops.filter((w) => !duplicateWorkshops.has(w.id)),
    reperes: backup.reperes.filter((r) => !duplicatePlacements.has(r.id)),
  };
}
