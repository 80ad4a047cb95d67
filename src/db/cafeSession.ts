// Owns where the pro-action café in progress is kept: this browser's localStorage, one café per device,
// read back through parseCafeSession. It is a room's running clock and notes, no bilan's data: it is
// not in the database or the backup (see ARCHITECTURE.md).
import { parseCafeSession, type CafeSession } from '../domain/cafe';

const KEY = 'quel-developpeur-euse.cafe';

/** The stored café, or null when there is none or it cannot be read. */
export function loadCafeSession(): CafeSession | null {
  try {
    const text = localStorage.getItem(KEY);
    return text === null ? null : parseCafeSession(JSON.parse(text));
  } catch {
    return null;
  }
}

/** False when the browser refuses to store it (storage full or disabled). */
export function saveCafeSession(session: CafeSession): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

export function clearCafeSession(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored to clear.
  }
}
