// Owns where the « Repères » placement is kept: one row of the `reperes` table, so it is in the
// backup and « Tout effacer » like everything else. A placement an earlier version kept in this
// browser's localStorage is moved into the table the first time the table is read.
import {
  EMPTY_PLACEMENT,
  parsePlacement,
  PLACEMENT_ROW_ID,
  type PlacementRow,
  type StoredPlacement,
} from '../domain/content/reperes';
import { db, type AppDatabase } from './database';

/** Where an earlier version kept the placement. */
export const LEGACY_PLACEMENT_KEY = 'quel-developpeur-euse.reperes';

function readLegacy(): StoredPlacement | null {
  try {
    const text = localStorage.getItem(LEGACY_PLACEMENT_KEY);
    return text === null ? null : parsePlacement(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Forgets the localStorage copy (erasing everything must not leave it behind). */
export function forgetLegacyPlacement(): void {
  try {
    localStorage.removeItem(LEGACY_PLACEMENT_KEY);
  } catch {
    // Nothing stored there, or storage disabled: nothing to forget.
  }
}

/**
 * Moves a placement from localStorage into the table, once: added only when the table has none (a
 * placement already in the database wins), then the localStorage copy is forgotten.
 */
export async function adoptLegacyPlacement(database: AppDatabase = db): Promise<void> {
  const legacy = readLegacy();
  if (legacy === null) return;
  await database.transaction('rw', database.reperes, async () => {
    if ((await database.reperes.get(PLACEMENT_ROW_ID)) === undefined)
      await database.reperes.add({ id: PLACEMENT_ROW_ID, ...legacy, updatedAt: Date.now() });
  });
  forgetLegacyPlacement();
}

export async function loadPlacement(database: AppDatabase = db): Promise<StoredPlacement> {
  await adoptLegacyPlacement(database);
  const row = await database.reperes.get(PLACEMENT_ROW_ID);
  return row === undefined ? EMPTY_PLACEMENT : { placement: row.placement, note: row.note };
}

/** False when the database refuses to store it. */
export async function savePlacement(stored: StoredPlacement, database: AppDatabase = db): Promise<boolean> {
  const row: PlacementRow = { id: PLACEMENT_ROW_ID, ...stored, updatedAt: Date.now() };
  try {
    await database.reperes.put(row);
    return true;
  } catch {
    return false;
  }
}

export async function clearPlacement(database: AppDatabase = db): Promise<void> {
  await database.reperes.delete(PLACEMENT_ROW_ID);
}
