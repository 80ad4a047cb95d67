// Owns asking the browser to keep this site's data (persistent storage) and reading how much space it uses.

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';
/** Whether the data is already protected from the browser's clean-ups, without asking anything. */
export type PersistenceStatus = 'persistent' | 'not-persistent' | 'unsupported';

export interface StorageUsage {
  /** Bytes used by this site (IndexedDB, caches…). */
  readonly usage: number;
  /** Bytes the browser lets this site use. */
  readonly quota: number;
}

function storageManager(): StorageManager | undefined {
  // Absent outside secure contexts, in old browsers and in jsdom.
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function persistenceStatus(): Promise<PersistenceStatus> {
  const storage = storageManager();
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persistent' : 'not-persistent';
  } catch {
    return 'unsupported';
  }
}

/**
 * Asks the browser not to evict this site's data when space runs short. Browsers decide on their
 * own (Chromium from engagement, Firefox by asking the person); a refusal is not an error.
 */
export async function requestPersistence(): Promise<PersistenceResult> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

let requested = false;

/** requestPersistence at most once per page load, silently: for the first answer saved. */
export function requestPersistenceOnce(): void {
  if (requested) return;
  requested = true;
  void requestPersistence();
}

/** How much space is used and allowed, or null when the browser does not say. */
export async function storageEstimate(): Promise<StorageUsage | null> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' && quota > 0 ? { usage, quota } : null;
  } catch {
    return null;
  }
}
