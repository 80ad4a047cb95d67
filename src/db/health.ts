// Owns the database's health as the UI sees it: what went wrong, told once; the writes under way; the
// writes that failed, kept to retry until they (or a newer write of the same thing) are stored.

/** `ok`, or the problem a banner must explain: each has its own safe path (reload, free space, close tabs). */
export type DatabaseHealth = 'ok' | 'quota' | 'blocked' | 'closed' | 'version-change' | 'newer-version';
export type DatabaseProblem = Exclude<DatabaseHealth, 'ok'>;

// A worse problem is never hidden by a milder one: after a version change every write fails as
// "closed", but the version change is what the person needs to read.
const SEVERITY: Readonly<Record<DatabaseHealth, number>> = {
  ok: 0,
  quota: 1,
  blocked: 2,
  closed: 3,
  'version-change': 4,
  'newer-version': 5,
};

// Firefox reported a full disk under this legacy name.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const CLOSED_NAMES = new Set(['DatabaseClosedError']);
// IndexedDB's (and Dexie's) name for "the stored database is newer than this code".
const NEWER_NAMES = new Set(['VersionError']);

/**
 * What a failed database call means for the person, or null when it is not a storage problem. Dexie
 * wraps the browser's error (an aborted transaction carries the quota error as `inner`, a query on a
 * database that could not open carries the reason it could not): the deepest known cause tells most.
 */
export function classifyError(error: unknown): DatabaseProblem | null {
  let found: DatabaseProblem | null = null;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') {
      if (QUOTA_NAMES.has(name)) found = 'quota';
      else if (NEWER_NAMES.has(name)) found = 'newer-version';
      else if (CLOSED_NAMES.has(name)) found = 'closed';
    }
    current = inner;
  }
  return found;
}

/**
 * What a write is about, so a newer write of the same thing replaces an older failed one: segments
 * joined by `|`, a write of `a|b` standing also for everything under it (`a|b|c`). A write without a
 * key is only ever replaced by its own successful retry.
 */
export type WriteKey = string;

export interface HealthStore {
  /** For React's useSyncExternalStore. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => DatabaseHealth;
  /** Whether a write is under way. */
  readonly isWriting: () => boolean;
  /** How many writes failed and are neither stored since nor replaced by a newer stored write. */
  readonly unsavedCount: () => number;
  /** Whether leaving the page now would lose something: a write under way, or one that can be retried. */
  readonly hasWorkToLose: () => boolean;
  /** A problem an event revealed (another tab upgraded the database, the browser closed it). */
  readonly signal: (problem: DatabaseProblem) => void;
  /** The problem is over (the upgrade another tab blocked went through): back to ok if it was the one shown. */
  readonly clear: (problem: DatabaseProblem) => void;
  /** Classifies a failure met outside a guarded write (a query, the opening) and shows it. */
  readonly reportWriteError: (error: unknown) => DatabaseProblem | null;
  /** Runs a write; a failure is kept for retry under its key (then rethrown), a success replaces it. */
  readonly guardWrite: <T>(write: () => Promise<T>, key?: WriteKey) => Promise<T>;
  /** Replays the failed writes, in order; stops at the first that fails again. */
  readonly retry: () => Promise<void>;
}

// Failed writes kept for retry. Bounded: past this, the oldest are dropped (they were already shown as
// not saved).
const MAX_FAILED = 50;

interface FailedWrite {
  readonly key: WriteKey | symbol;
  readonly write: () => Promise<unknown>;
}

function covers(key: WriteKey | symbol, other: WriteKey | symbol): boolean {
  if (typeof key === 'symbol' || typeof other === 'symbol') return key === other;
  return other === key || other.startsWith(`${key}|`);
}

export function createHealthStore(): HealthStore {
  let health: DatabaseHealth = 'ok';
  let writing = 0;
  let failed: readonly FailedWrite[] = [];
  const listeners = new Set<() => void>();

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const set = (next: DatabaseHealth) => {
    if (next === health) return;
    health = next;
    notify();
  };
  const escalate = (problem: DatabaseProblem) => {
    if (SEVERITY[problem] > SEVERITY[health]) set(problem);
  };
  const reportWriteError = (error: unknown) => {
    const problem = classifyError(error);
    if (problem) escalate(problem);
    return problem;
  };

  // A write of `key` went through: it replaces the failed writes it covers (replaying them now would
  // overwrite it). Room again on the disk, and nothing left to retry: the full disk is over.
  const stored = (key: WriteKey | symbol) => {
    failed = failed.filter((f) => !covers(key, f.key));
    if (health === 'quota' && failed.length === 0) set('ok');
  };
  // A retried write that fails again keeps its place, so the writes are replayed in their order.
  const keep = (entry: FailedWrite) => {
    if (failed.includes(entry)) return;
    failed = [...failed.filter((f) => !covers(entry.key, f.key)), entry].slice(-MAX_FAILED);
  };

  const run = async <T>(
    key: FailedWrite['key'],
    write: () => Promise<T>,
    entry?: FailedWrite,
  ): Promise<T> => {
    writing++;
    notify();
    try {
      const result = await write();
      stored(key);
      return result;
    } catch (error) {
      keep(entry ?? { key, write });
      reportWriteError(error);
      throw error;
    } finally {
      writing--;
      notify();
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => health,
    isWriting: () => writing > 0,
    unsavedCount: () => failed.length,
    // After an upgrade elsewhere or a closed connection, reloading is the way on: nothing here can be
    // stored any more, and asking would only stand in the way.
    hasWorkToLose: () => writing > 0 || (failed.length > 0 && SEVERITY[health] <= SEVERITY.quota),
    signal: escalate,
    clear(problem) {
      if (health === problem) set('ok');
    },
    reportWriteError,
    guardWrite: (write, key) => run(key ?? Symbol('write'), write),
    async retry() {
      for (const entry of [...failed]) {
        // A newer write may have replaced it meanwhile.
        if (!failed.includes(entry)) continue;
        try {
          await run(entry.key, entry.write, entry);
        } catch {
          // It is kept, with the ones after it, for the next attempt.
          return;
        }
      }
    },
  };
}

/** Asks before the page is left while a write is under way or waits to be retried. */
export function warnBeforeLeaving(
  store: Pick<HealthStore, 'hasWorkToLose'>,
  target: Pick<Window, 'addEventListener'> = window,
): void {
  target.addEventListener('beforeunload', (event) => {
    if (!store.hasWorkToLose()) return;
    event.preventDefault();
    // Older browsers ask only when a return value is set.
    event.returnValue = true;
  });
}
