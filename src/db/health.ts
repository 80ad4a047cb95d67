// Owns the database's health as the UI sees it: what went wrong, told once, with the write to retry.

/** `ok`, or the problem a banner must explain: each has its own safe path (reload, or free space). */
export type DatabaseHealth = 'ok' | 'version-change' | 'closed' | 'quota';
export type DatabaseProblem = Exclude<DatabaseHealth, 'ok'>;

// A worse problem is never hidden by a milder one: after a version change every write fails as
// "closed", but the version change is what the person needs to read.
const SEVERITY: Readonly<Record<DatabaseHealth, number>> = {
  ok: 0,
  quota: 1,
  closed: 2,
  'version-change': 3,
};

// Firefox reported a full disk under this legacy name.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const CLOSED_NAMES = new Set(['DatabaseClosedError']);

/** What a failed database call means for the person, or null when it is not a storage problem. */
export function classifyError(error: unknown): DatabaseProblem | null {
  // Dexie wraps the browser's DOMException (an aborted transaction carries the quota error as `inner`).
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return 'quota';
    if (typeof name === 'string' && CLOSED_NAMES.has(name)) return 'closed';
    current = inner;
  }
  return null;
}

export interface HealthStore {
  /** For React's useSyncExternalStore. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => DatabaseHealth;
  /** A problem an event revealed (another tab upgraded the database, the browser closed it). */
  readonly signal: (problem: DatabaseProblem) => void;
  /** Classifies a failed write; `retry` is kept to replay when space is freed. Returns the problem. */
  readonly reportWriteError: (error: unknown, retry?: () => Promise<unknown>) => DatabaseProblem | null;
  /** Runs a write, reports its failure (then rethrows it) or its success. */
  readonly guardWrite: <T>(write: () => Promise<T>) => Promise<T>;
  /** Replays the writes that failed for lack of space, in order; stops at the first that fails again. */
  readonly retry: () => Promise<void>;
}

// Writes that failed while the device was full, replayed in order by retry(). Bounded: past this,
// the oldest are dropped (their answers were already shown as not saved).
const MAX_PENDING = 50;

export function createHealthStore(): HealthStore {
  let health: DatabaseHealth = 'ok';
  let pending: (() => Promise<unknown>)[] = [];
  const listeners = new Set<() => void>();

  const set = (next: DatabaseHealth) => {
    if (next === health) return;
    health = next;
    for (const listener of [...listeners]) listener();
  };
  const escalate = (problem: DatabaseProblem) => {
    if (SEVERITY[problem] > SEVERITY[health]) set(problem);
  };

  // A write that went through means there is room again; the ones that failed were already shown as
  // not saved, and replaying them now could overwrite a newer answer.
  const succeeded = () => {
    pending = [];
    if (health === 'quota') set('ok');
  };

  const reportWriteError: HealthStore['reportWriteError'] = (error, retry) => {
    const problem = classifyError(error);
    if (problem === 'quota' && retry) pending = [...pending, retry].slice(-MAX_PENDING);
    if (problem) escalate(problem);
    return problem;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => health,
    signal: escalate,
    reportWriteError,
    async guardWrite(write) {
      try {
        const result = await write();
        succeeded();
        return result;
      } catch (error) {
        reportWriteError(error, write);
        throw error;
      }
    },
    async retry() {
      if (health !== 'quota') return;
      const queue = pending;
      pending = [];
      for (const [index, write] of queue.entries()) {
        try {
          await write();
        } catch (error) {
          // Keep this write and the ones after it for the next attempt, in their order.
          pending = [...queue.slice(index), ...pending].slice(-MAX_PENDING);
          reportWriteError(error);
          return;
        }
      }
      succeeded();
    },
  };
}
