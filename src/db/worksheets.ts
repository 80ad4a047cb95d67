// Owns writes to roadmap worksheets ("feuilles de route"), each field saved as it is typed.
import type { WorksheetField } from '../domain/worksheet';
import { db, type AppDatabase } from './database';

export async function createWorksheet(title: string, database: AppDatabase = db): Promise<string> {
  const now = Date.now();
  const id = crypto.randomUUID();
  await database.worksheets.add({ id, title, fields: {}, createdAt: now, updatedAt: now });
  return id;
}

export async function renameWorksheet(id: string, title: string, database: AppDatabase = db): Promise<void> {
  await database.worksheets.update(id, { title, updatedAt: Date.now() });
}

/** Changes one field only, inside a transaction, so two tabs editing different fields both keep theirs. */
export async function saveWorksheetField(
  id: string,
  field: WorksheetField,
  text: string,
  database: AppDatabase = db,
): Promise<void> {
  await database.transaction('rw', database.worksheets, async () => {
    const sheet = await database.worksheets.get(id);
    if (!sheet) throw new Error(`No worksheet ${id}`);
    await database.worksheets.put({
      ...sheet,
      fields: { ...sheet.fields, [field]: text },
      updatedAt: Date.now(),
    });
  });
}

export async function deleteWorksheet(id: string, database: AppDatabase = db): Promise<void> {
  await database.worksheets.delete(id);
}
