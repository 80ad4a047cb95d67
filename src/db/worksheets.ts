// Owns writes to roadmap worksheets ("feuilles de route"), each field saved as it is typed.
import { cleanName } from '../domain/text';
import type { WorksheetField } from '../domain/worksheet';
import { db, type AppDatabase } from './database';

// What each write is about (health.ts's WriteKey): deleting a worksheet replaces its failed changes.
const worksheetKey = (id: string) => `worksheet|${id}`;

/** Titles are stored cleaned (domain/text.ts), as a backup file's are read: one with nothing visible is ''. */
export async function createWorksheet(title: string, database: AppDatabase = db): Promise<string> {
  const now = Date.now();
  const id = crypto.randomUUID();
  await database.health.guardWrite(() =>
    database.worksheets.add({ id, title: cleanName(title), fields: {}, createdAt: now, updatedAt: now }),
  );
  return id;
}

export async function renameWorksheet(id: string, title: string, database: AppDatabase = db): Promise<void> {
  await database.health.guardWrite(
    () => database.worksheets.update(id, { title: cleanName(title), updatedAt: Date.now() }),
    `${worksheetKey(id)}|title`,
  );
}

/** Changes one field only, inside a transaction, so two tabs editing different fields both keep theirs. */
export async function saveWorksheetField(
  id: string,
  field: WorksheetField,
  text: string,
  database: AppDatabase = db,
): Promise<void> {
  await database.health.guardWrite(
    () =>
      database.transaction('rw', database.worksheets, async () => {
        const sheet = await database.worksheets.get(id);
        if (!sheet) throw new Error(`No worksheet ${id}`);
        await database.worksheets.put({
          ...sheet,
          fields: { ...sheet.fields, [field]: text },
          updatedAt: Date.now(),
        });
      }),
    `${worksheetKey(id)}|field|${field}`,
  );
}

export async function deleteWorksheet(id: string, database: AppDatabase = db): Promise<void> {
  await database.health.guardWrite(() => database.worksheets.delete(id), worksheetKey(id));
}
