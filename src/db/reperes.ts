// Owns where the « Repères » placement is kept: this browser's localStorage, one placement per device,
// read back through parsePlacement. It is no bilan's data, so it is not in the database or the backup.
import { EMPTY_PLACEMENT, parsePlacement, type StoredPlacement } from '../domain/content/reperes';

const KEY = 'quel-developpeur-euse.reperes';

export function loadPlacement(): StoredPlacement {
  try {
    const text = localStorage.getItem(KEY);
    return text === null ? EMPTY_PLACEMENT : parsePlacement(JSON.parse(text));
  } catch {
    return EMPTY_PLACEMENT;
  }
}

/** False when the browser refuses to store it (storage full or disabled). */
export function savePlacement(stored: StoredPlacement): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function clearPlacement(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored to clear.
  }
}
