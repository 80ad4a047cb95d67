// Owns the backup file: its format and version, its validation (zod), building it from the stored rows,
// and the pure import plan (what is new, what duplicates an existing bilan, what to write).
import { z } from './zod';
import type { Assessment, CompetencyAnswer, PostureAnswer } from '../assessment';
import { COMPETENCIES, type CompetencyId } from '../content/grid';
import { ACTIVITY_IDS } from '../content/postures';
import { ACQUISITION_MODES } from '../content/scales';
import { CONTENT_VERSION } from '../content/version';
import { isoDay, PLAN_MEANS, type PlanItem } from '../plan';
import { WORKSHEET_FIELDS, type Worksheet } from '../worksheet';

export const BACKUP_FORMAT = 'quel-developpeur-euse/sauvegarde';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const MAX_ID = 200;
const MAX_NAME = 200;
const MAX_TEXT = 10_000;
const MAX_ASSESSMENTS = 1000;
const MAX_WORKSHEETS = 1000;
const MAX_ROWS_PER_KIND = 200;

/** A bilan with its answers and plan, as the file holds it (answers without their composite `id`). */
export type BackupAssessment = Assessment & {
  competencyAnswers: CompetencyAnswer[];
  postureAnswers: PostureAnswer[];
  planItems: PlanItem[];
};

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
  /** CONTENT_VERSION of the app that wrote the file. */
  contentVersion: number;
  assessments: BackupAssessment[];
  worksheets: Worksheet[];
}

const id = z.string().min(1).max(MAX_ID);
const text = z.string().max(MAX_TEXT);
// Date.now() values: whole milliseconds, within the range a Date can hold.
const timestamp = z.int().min(0).max(8_640_000_000_000_000);
const contentVersion = z.int().min(1).max(1000);

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
  reviewOn: z.union([z.literal(''), z.iso.date()]),
  createdAt: timestamp,
  updatedAt: timestamp,
});

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

const assessmentSchema = z
  .strictObject({
    id,
    name: z.string().max(MAX_NAME),
    createdAt: timestamp,
    updatedAt: timestamp,
    lastPage: z.string().max(MAX_ID).optional(),
    competencyAnswers: z.array(competencyAnswerSchema).max(MAX_ROWS_PER_KIND),
    postureAnswers: z.array(postureAnswerSchema).max(MAX_ROWS_PER_KIND),
    planItems: z.array(planItemSchema).max(MAX_ROWS_PER_KIND),
  })
  .superRefine((a, ctx) => {
    for (const kind of ['competencyAnswers', 'postureAnswers', 'planItems'] as const) {
      a[kind].forEach((row, i) => {
        if (row.assessmentId !== a.id)
          ctx.addIssue({
            code: 'custom',
            path: [kind, i, 'assessmentId'],
            message: 'does not match the enclosing bilan',
          });
      });
    }
    // One stored row per bilan and item: a repeated item would collide on its composite id.
    for (const kind of ['competencyAnswers', 'postureAnswers'] as const) {
      for (const item of duplicates(a[kind].map((r) => r.itemId)))
        ctx.addIssue({ code: 'custom', path: [kind], message: `item ${item} appears twice` });
    }
  });

const worksheetSchema = z.strictObject({
  id,
  title: z.string().max(MAX_NAME),
  fields: z.partialRecord(z.enum(WORKSHEET_FIELDS), text),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const backupSchema: z.ZodType<Backup> = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    contentVersion,
    assessments: z.array(assessmentSchema).max(MAX_ASSESSMENTS),
    worksheets: z.array(worksheetSchema).max(MAX_WORKSHEETS),
  })
  .superRefine((b, ctx) => {
    const unique = (path: string, label: string, ids: string[]) => {
      for (const dup of duplicates(ids))
        ctx.addIssue({ code: 'custom', path: [path], message: `${label} ${dup} appears twice` });
    };
    unique(
      'assessments',
      'bilan id',
      b.assessments.map((a) => a.id),
    );
    unique(
      'assessments',
      'plan item id',
      b.assessments.flatMap((a) => a.planItems.map((p) => p.id)),
    );
    unique(
      'worksheets',
      'worksheet id',
      b.worksheets.map((w) => w.id),
    );
  });

export type BackupError = {
  kind: 'too-large' | 'not-json' | 'foreign' | 'future-version' | 'schema';
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
  if (version !== BACKUP_VERSION) {
    return { ok: false, error: { kind: 'schema', detail: short(`version: ${JSON.stringify(version)}`) } };
  }
  const result = backupSchema.safeParse(data);
  if (result.success) return { ok: true, backup: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.map(String).join('.') || '(root)';
  return { ok: false, error: { kind: 'schema', detail: short(`${where}: ${issue?.message ?? 'invalid'}`) } };
}

/** The stored rows a backup is built from; answers may carry their composite `id`, which is dropped. */
export interface BackupSource {
  assessments: readonly Assessment[];
  competencyAnswers: readonly (CompetencyAnswer & { id?: string })[];
  postureAnswers: readonly (PostureAnswer & { id?: string })[];
  planItems: readonly PlanItem[];
  worksheets: readonly Worksheet[];
}

function byAssessment<T extends { assessmentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.assessmentId);
    if (list) list.push(row);
    else map.set(row.assessmentId, [row]);
  }
  return map;
}

const withoutId = <T extends { id?: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

/** Groups the rows by bilan. Rows of a bilan that no longer exists are left out. */
export function buildBackup(data: BackupSource, now: number): Backup {
  const competency = byAssessment(data.competencyAnswers);
  const posture = byAssessment(data.postureAnswers);
  const plans = byAssessment(data.planItems);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    contentVersion: CONTENT_VERSION,
    assessments: data.assessments.map((a) => ({
      ...a,
      competencyAnswers: (competency.get(a.id) ?? []).map(withoutId),
      postureAnswers: (posture.get(a.id) ?? []).map(withoutId),
      planItems: (plans.get(a.id) ?? []).map((p) => ({ ...p })),
    })),
    worksheets: data.worksheets.map((w) => ({ ...w, fields: { ...w.fields } })),
  };
}

export function serializeBackup(b: Backup): string {
  return JSON.stringify(b, null, 2);
}

/** `quel-developpeur-euse-sauvegarde-YYYY-MM-DD.json`, dated in the person's own time zone. */
export function backupFileName(now: number): string {
  return `quel-developpeur-euse-sauvegarde-${isoDay(now)}.json`;
}

export interface ImportPreview {
  assessments: { id: string; name: string; createdAt: number; answers: number; duplicate: boolean }[];
  worksheets: { id: string; title: string; duplicate: boolean }[];
}

export function previewImport(
  backup: Backup,
  existingAssessmentIds: ReadonlySet<string>,
  existingWorksheetIds: ReadonlySet<string>,
): ImportPreview {
  return {
    assessments: backup.assessments.map((a) => ({
      id: a.id,
      name: a.name,
      createdAt: a.createdAt,
      answers: a.competencyAnswers.length + a.postureAnswers.length,
      duplicate: existingAssessmentIds.has(a.id),
    })),
    worksheets: backup.worksheets.map((w) => ({
      id: w.id,
      title: w.title,
      duplicate: existingWorksheetIds.has(w.id),
    })),
  };
}

/** What to do with a bilan or worksheet whose id already exists: import a copy under a new id, or not. */
export type DuplicateChoice = 'keep-both' | 'skip';

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

/**
 * The backup to write: new rows as they are; a duplicate skipped (the default) or, with 'keep-both',
 * given a new id (a bilan's answers and plan items follow it). Nothing existing is ever overwritten.
 * `choices` is keyed by the duplicate's id.
 */
export function planImport(
  backup: Backup,
  preview: ImportPreview,
  choices: Readonly<Record<string, DuplicateChoice>>,
  newId: () => string,
): Backup {
  const duplicateAssessments = new Set(preview.assessments.filter((a) => a.duplicate).map((a) => a.id));
  const duplicateWorksheets = new Set(preview.worksheets.filter((w) => w.duplicate).map((w) => w.id));
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
  };
}
