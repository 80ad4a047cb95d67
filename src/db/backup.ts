// Owns reading every table into a backup, writing an import all-or-nothing, and erasing everything.
import { buildBackup, type Backup } from '../domain/exchange/backup';
import { answerKey, db, type AppDatabase } from './database';

function allTables(database: AppDatabase) {
  return [
    database.assessments,
    database.competencyAnswers,
    database.postureAnswers,
    database.planItems,
    database.worksheets,
  ];
}

/** Every bilan, answer, plan item and worksheet, read in one transaction so the file is consistent. */
export async function exportAll(database: AppDatabase = db): Promise<Backup> {
  const data = await database.transaction('r', allTables(database), async () => {
    const [assessments, competencyAnswers, postureAnswers, planItems, worksheets] = await Promise.all([
      database.assessments.toArray(),
      database.competencyAnswers.toArray(),
      database.postureAnswers.toArray(),
      database.planItems.toArray(),
      database.worksheets.toArray(),
    ]);
    return { assessments, competencyAnswers, postureAnswers, planItems, worksheets };
  });
  return buildBackup(data, Date.now());
}

/** The ids an import could collide with, for previewImport. */
export async function existingIds(
  database: AppDatabase = db,
): Promise<{ assessments: Set<string>; worksheets: Set<string> }> {
  return database.transaction('r', database.assessments, database.worksheets, async () => ({
    assessments: new Set(await database.assessments.toCollection().primaryKeys()),
    worksheets: new Set(await database.worksheets.toCollection().primaryKeys()),
  }));
}

/**
 * Writes a planned import (see planImport) in one transaction. Rows are added, never put: if any id
 * already exists the transaction aborts and nothing at all is written, so nothing is overwritten.
 */
export async function applyImport(
  backup: Backup,
  database: AppDatabase = db,
): Promise<{ assessments: number; worksheets: number }> {
  await database.transaction('rw', allTables(database), async () => {
    await database.assessments.bulkAdd(
      backup.assessments.map(
        ({ competencyAnswers: _c, postureAnswers: _p, planItems: _i, ...assessment }) => assessment,
      ),
    );
    await database.competencyAnswers.bulkAdd(
      backup.assessments.flatMap((a) =>
        a.competencyAnswers.map((r) => ({ ...r, id: answerKey(r.assessmentId, r.itemId) })),
      ),
    );
    await database.postureAnswers.bulkAdd(
      backup.assessments.flatMap((a) =>
        a.postureAnswers.map((r) => ({ ...r, id: answerKey(r.assessmentId, r.itemId) })),
      ),
    );
    await database.planItems.bulkAdd(backup.assessments.flatMap((a) => a.planItems));
    await database.worksheets.bulkAdd(backup.worksheets);
  });
  return { assessments: backup.assessments.length, worksheets: backup.worksheets.length };
}

/** Deletes every bilan, answer, plan item and worksheet on this device, together. */
/** Clears every table of the database, received profiles, groups and workshops included. */
export async function eraseAll(database: AppDatabase = db): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
  });
}
