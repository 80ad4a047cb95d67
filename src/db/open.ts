// Opening the database on its own, before a page's part that reads it: imported lazily by the pages
// (it brings Dexie), it runs in three short tasks what was one long one after the first paint:
// evaluating the storage code, Dexie's opening (reading the stored schema, building its middleware),
// then the page's part and its queries, each in a task of its own.
import { db } from './database';

/** Opens the database, then loads `part` in a later task. */
export async function afterOpening<T>(part: () => Promise<T>): Promise<T> {
  // A failure to open is not this function's to report: the part's queries meet it and say it.
  await db.open().catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return part();
}
