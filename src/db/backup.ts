// Owns reading every table into a backup, counting what the device holds, writing an import
// all-or-nothing, and erasing everything.
import {
  buildBackup,
  type Backup,
  type BackupSource,
  type DataCounts,
  type ExistingIds,
} from '../domain/exchange/backup';
import { answerKey, db, type AppDatabase } from './database';
import { adoptLegacyPlacement, forgetLegacyPlacement } from './reperes';
import { clearCafeSession } from './cafeSession';

/** Every table a backup holds: all of the database's (a test keeps this list equal to them). */
export const BACKUP_TABLES = [
  'assessments',
  'competencyAnswers',
  'postureAnswers',
  'planItems',
  'worksheets',
  'groups',
  'receivedProfiles',
  'workshops',
  'reperes',
] as const satisfies readonly (keyof BackupSource)[];

const tablesOf = (database: AppDatabase) => BACKUP_TABLES.map((name) => database[name]);

/** Every row of every table, read in one transaction so the file is consistent. */
export async function exportAll(database: AppDatabase = db): Promise<Backup> {
  await adoptLegacyPlacement(database);
  const data = await database.transaction('r', tablesOf(database), async () => {
    const [
      assessments,
      competencyAnswers,
      postureAnswers,
      planItems,
      worksheets,
      groups,
      receivedProfiles,
      workshops,
      reperes,
    ] = await Promise.all([
      database.assessments.toArray(),
      database.competencyAnswers.toArray(),
      database.postureAnswers.toArray(),
      database.planItems.toArray(),
      database.worksheets.toArray(),
      database.groups.toArray(),
      database.receivedProfiles.toArray(),
      database.workshops.toArray(),
      database.reperes.toArray(),
    ]);
    return {
      assessments,
      competencyAnswers,
      postureAnswers,
      planItems,
      worksheets,
      groups,
      receivedProfiles,
      workshops,
      reperes,
    };
  });
  return buildBackup(data, Date.now());
}

/** How many rows of each kind the device holds: what « Tout effacer » would erase. */
export async function countAll(database: AppDatabase = db): Promise<DataCounts> {
  await adoptLegacyPlacement(database);
  return database.transaction('r', tablesOf(database), async () => {
    const [
      assessments,
      competency,
      posture,
      planItems,
      worksheets,
      groups,
      receivedProfiles,
      workshops,
      reperes,
    ] = await Promise.all(tablesOf(database).map((table) => table.count()));
    return {
      assessments: assessments ?? 0,
      answers: (competency ?? 0) + (posture ?? 0),
      planItems: planItems ?? 0,
      worksheets: worksheets ?? 0,
      groups: groups ?? 0,
      receivedProfiles: receivedProfiles ?? 0,
      workshops: workshops ?? 0,
      reperes: reperes ?? 0,
    };
  });
}

/** The ids an import could collide with, for previewImport. */
export async function existingIds(database: AppDatabase = db): Promise<ExistingIds> {
  await adoptLegacyPlacement(database);
  const tables = [
    database.assessments,
    database.worksheets,
    database.groups,
    database.workshops,
    database.reperes,
  ];
  return database.transaction('r', tables, async () => {
    const [assessments, worksheets, groups, workshops, reperes] = await Promise.all(
      tables.map(async (table) => new Set<string>(await table.toCollection().primaryKeys())),
    );
    return {
      assessments: assessments ?? new Set(),
      worksheets: worksheets ?? new Set(),
      groups: groups ?? new Set(),
      workshops: workshops ?? new Set(),
      reperes: reperes ?? new Set(),
    };
  });
}

/**
 * Writes a planned import (see planImport) in one transaction. Rows are added, never put: if any id
 * already exists the transaction aborts and nothing at all is written, so nothing is overwritten.
 */
export async function applyImport(backup: Backup, database: AppDatabase = db): Promise<void> {
  await database.transaction('rw', tablesOf(database), async () => {
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
    await database.groups.bulkAdd(backup.groups.map(({ receivedProfiles: _r, ...group }) => group));
    await database.receivedProfiles.bulkAdd(backup.groups.flatMap((g) => g.receivedProfiles));
    await database.workshops.bulkAdd(backup.workshops);
    await database.reperes.bulkAdd(backup.reperes);
  });
}

/** Clears every table of the database, together, and the placement an earlier version kept elsewhere. */
export async function eraseAll(database: AppDatabase = db): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
  });
  forgetLegacyPlacement();
  // The café in progress is kept apart from the tables (cafeSession.ts), but erasing everything erases it.
  clearCafeSession();
}
