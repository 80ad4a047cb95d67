import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompetencyId } from '../domain/content/grid';
import {
  backupSchema,
  parseBackup,
  planImport,
  previewImport,
  serializeBackup,
  type Backup,
} from '../domain/exchange/backup';
import { createAssessment, saveCompetencyResponse, savePostureValue } from './assessments';
import { applyImport, eraseAll, existingIds, exportAll } from './backup';
import { AppDatabase } from './database';

const NEGO: CompetencyId = 'competency.strategie.regulation.negociation';
const VEILLE: CompetencyId = 'competency.connaissances.prospective.veille';
const T = Date.UTC(2026, 1, 1);

const fresh = () => new AppDatabase(`test-${crypto.randomUUID()}`);
let database: AppDatabase;
beforeEach(() => {
  database = fresh();
});
afterEach(async () => {
  await database.delete();
});

/** One bilan answered on every kind of item, with a plan item, and one worksheet. */
async function fillBilan(target: AppDatabase, name = 'Bilan 2026'): Promise<string> {
  const id = await createAssessment(name, target);
  await saveCompetencyResponse(id, NEGO, { aisance: 3, mobilisation: 2, note: 'Avec la DDETS' }, target);
  await saveCompetencyResponse(id, VEILLE, { notConcerned: true }, target);
  await savePostureValue(id, 'acrobat.haut.1', 4, target);
  await savePostureValue(id, 'situation.1', 'avant', target);
  await savePostureValue(id, 'time.actual', { management: 30, etude: 70 }, target);
  await target.planItems.add({
    id: `plan-${id}`,
    assessmentId: id,
    targetId: NEGO,
    why: 'Les élections',
    how: ['pairs'],
    withWhom: '',
    reviewOn: '2026-09-01',
    createdAt: T,
    updatedAt: T,
  });
  return id;
}
async function fillWorksheet(target: AppDatabase, id = 'w1'): Promise<void> {
  await target.worksheets.add({
    id,
    title: 'Feuille',
    fields: { sens: 'Relier' },
    createdAt: T,
    updatedAt: T,
  });
}

/** Every row of every table, to compare a database before and after. */
async function dump(target: AppDatabase) {
  return {
    assessments: await target.assessments.toArray(),
    competencyAnswers: await target.competencyAnswers.toArray(),
    postureAnswers: await target.postureAnswers.toArray(),
    planItems: await target.planItems.toArray(),
    worksheets: await target.worksheets.toArray(),
  };
}
const withoutDate = ({ exportedAt: _e, ...rest }: Backup) => rest;

describe('backup storage', () => {
  it('exports everything, imports it into an empty database, and exports the same data again', async () => {
    await fillBilan(database, 'A');
    await fillBilan(database, 'B');
    await fillWorksheet(database);
    const exported = await exportAll(database);
    expect(exported.assessments).toHaveLength(2);
    expect(exported.assessments[0]?.competencyAnswers).toHaveLength(2);
    expect(exported.assessments[0]?.postureAnswers).toHaveLength(3);
    expect(exported.assessments[0]?.planItems).toHaveLength(1);

    const parsed = parseBackup(serializeBackup(exported));
    if (!parsed.ok) throw new Error(parsed.error.kind);
    const target = fresh();
    try {
      expect(await applyImport(parsed.backup, target)).toEqual({ assessments: 2, worksheets: 1 });
      expect(withoutDate(await exportAll(target))).toEqual(withoutDate(exported));
      expect(await dump(target)).toEqual(await dump(database));
    } finally {
      await target.delete();
    }
  });

  it('lists the existing ids', async () => {
    const id = await fillBilan(database);
    await fillWorksheet(database, 'w9');
    expect(await existingIds(database)).toEqual({ assessments: new Set([id]), worksheets: new Set(['w9']) });
  });

  it('rejects an import holding an existing bilan and writes nothing at all', async () => {
    const existing = await fillBilan(database, 'Existant');
    const other = fresh();
    try {
      await fillBilan(other, 'Nouveau');
      await fillWorksheet(other, 'w-new');
      const backup = await exportAll(other);
      // The new bilan and worksheet come first, so a half-written import would show them.
      backup.assessments.push(...(await exportAll(database)).assessments);
      expect(backup.assessments.map((a) => a.id).at(-1)).toBe(existing);

      const before = await dump(database);
      await expect(applyImport(backup, database)).rejects.toThrow();
      expect(await dump(database)).toEqual(before);
    } finally {
      await other.delete();
    }
  });

  it('imports a kept duplicate beside the original, never over it', async () => {
    const id = await fillBilan(database, 'Original');
    const before = await dump(database);
    const backup = await exportAll(database);
    const ids = await existingIds(database);
    const preview = previewImport(backup, ids.assessments, ids.worksheets);
    await applyImport(
      planImport(backup, preview, { [id]: 'keep-both' }, () => crypto.randomUUID()),
      database,
    );
    const after = await dump(database);
    // Every row that was there is still there, unchanged.
    expect(after.assessments).toEqual(expect.arrayContaining(before.assessments));
    expect(after.competencyAnswers).toEqual(expect.arrayContaining(before.competencyAnswers));
    expect(after.postureAnswers).toEqual(expect.arrayContaining(before.postureAnswers));
    expect(after.planItems).toEqual(expect.arrayContaining(before.planItems));
    const copy = after.assessments.find((a) => a.id !== id);
    expect(copy).toEqual({ ...before.assessments[0], id: copy?.id });
    expect(after.competencyAnswers.filter((r) => r.assessmentId === copy?.id)).toHaveLength(2);
    expect(after.postureAnswers.filter((r) => r.assessmentId === copy?.id)).toHaveLength(3);
    expect(after.planItems.filter((r) => r.assessmentId === copy?.id)).toHaveLength(1);
  });

  it('erases every table', async () => {
    await fillBilan(database);
    await fillWorksheet(database);
    await eraseAll(database);
    expect(await dump(database)).toEqual({
      assessments: [],
      competencyAnswers: [],
      postureAnswers: [],
      planItems: [],
      worksheets: [],
    });
  });
});

// --- The import path never half-writes ------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function paths(value: Json, at: Path = [], out = { keys: [] as Path[], leaves: [] as Path[] }) {
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.keys.push([...at, k]);
      paths(v, [...at, k], out);
    }
  } else out.leaves.push(at);
  return out;
}
function parent(root: Json, path: Path): { holder: Record<string | number, Json>; key: string | number } {
  let node = root as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, Json>;
  return { holder: node, key: path[path.length - 1] ?? '' };
}

/** Truncate, replace a character, delete a key, or set a leaf to any JSON value. */
function mutations(text: string): fc.Arbitrary<string> {
  const json = JSON.parse(text) as Json;
  const { keys, leaves } = paths(json);
  const edit = (
    path: Path,
    change: (holder: Record<string | number, Json>, key: string | number) => void,
  ) => {
    const copy = structuredClone(json);
    const { holder, key } = parent(copy, path);
    change(holder, key);
    return JSON.stringify(copy);
  };
  return fc.oneof(
    fc.nat({ max: text.length - 1 }).map((i) => text.slice(0, i)),
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
      .map(([i, c]) => text.slice(0, i) + c + text.slice(i + 1)),
    fc.constantFrom(...keys).map((path) => edit(path, (holder, key) => delete holder[key])),
    fc
      .tuple(fc.constantFrom(...leaves), fc.jsonValue())
      .map(([path, value]) => edit(path, (holder, key) => (holder[key] = value as Json))),
  );
}

const counts = async (target: AppDatabase) =>
  Promise.all([
    target.assessments.count(),
    target.competencyAnswers.count(),
    target.postureAnswers.count(),
    target.planItems.count(),
    target.worksheets.count(),
  ]);

describe('import path: parse, then apply if ok', () => {
  it('leaves the database unchanged unless the whole backup is written', async () => {
    // Two files: a new bilan and a worksheet (importable as they are), and the same followed by the bilan
    // already on the device (which must fail whole unless a mutation changed its id).
    const source = fresh();
    await fillBilan(source, 'Nouveau');
    await fillWorksheet(source);
    const text = serializeBackup(await exportAll(source));
    await source.delete();
    const seed = fresh();
    await fillBilan(seed, 'Existant');
    const existing = await exportAll(seed);
    await seed.delete();
    const full = JSON.parse(text) as Backup;
    full.assessments.push(...existing.assessments);
    const fullText = serializeBackup(full);

    await fc.assert(
      fc.asyncProperty(fc.oneof(mutations(text), mutations(fullText)), async (mutated) => {
        const target = fresh();
        try {
          await applyImport(existing, target);
          const before = await dump(target);
          const beforeCounts = await counts(target);
          const result = parseBackup(mutated);
          if (!result.ok) {
            expect(await dump(target)).toEqual(before);
            return;
          }
          expect(backupSchema.safeParse(result.backup).success).toBe(true);
          const written = await applyImport(result.backup, target).catch(() => undefined);
          if (written === undefined) {
            expect(await counts(target)).toEqual(beforeCounts);
            expect(await dump(target)).toEqual(before);
          } else {
            const rows = (kind: 'competencyAnswers' | 'postureAnswers' | 'planItems') =>
              result.backup.assessments.reduce((n, a) => n + a[kind].length, 0);
            const [a, c, p, i, w] = beforeCounts;
            expect(await counts(target)).toEqual([
              (a ?? 0) + written.assessments,
              (c ?? 0) + rows('competencyAnswers'),
              (p ?? 0) + rows('postureAnswers'),
              (i ?? 0) + rows('planItems'),
              (w ?? 0) + written.worksheets,
            ]);
          }
        } finally {
          await target.delete();
        }
      }),
      { numRuns: 50 },
    );
  });
});
