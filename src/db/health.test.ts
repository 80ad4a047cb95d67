import { Dexie } from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDatabase } from './database';
import { classifyError, createHealthStore, type DatabaseProblem } from './health';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyError', () => {
  it.each<[string, unknown, DatabaseProblem | null]>([
    ['a DOMException QuotaExceededError', quota(), 'quota'],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
    ['an aborted transaction carrying the quota error', new Dexie.AbortError('aborted', quota()), 'quota'],
    [
      'a Dexie error nested twice',
      new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('full', quota())),
      'quota',
    ],
    ['Firefox’s legacy quota name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'quota'],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError(), 'closed'],
    ['a constraint error', new Dexie.ConstraintError('exists'), null],
    ['a plain Error', new Error('boom'), null],
    ['a string', 'QuotaExceededError', null],
    ['undefined', undefined, null],
  ])('%s → %s', (_label, error, expected) => {
    expect(classifyError(error)).toBe(expected);
  });
});

describe('health store', () => {
  it('starts ok, tells subscribers of a problem once, and never hides a worse one', () => {
    const store = createHealthStore();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.getSnapshot()).toBe('ok');

    expect(store.reportWriteError(new Error('not storage'))).toBeNull();
    expect(store.getSnapshot()).toBe('ok');

    store.reportWriteError(quota());
    store.reportWriteError(quota());
    expect(store.getSnapshot()).toBe('quota');
    expect(listener).toHaveBeenCalledTimes(1);

    store.signal('version-change');
    store.reportWriteError(new Dexie.DatabaseClosedError());
    expect(store.getSnapshot()).toBe('version-change');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('guardWrite rethrows the failure, and a later successful write clears a full disk', async () => {
    const store = createHealthStore();
    await expect(store.guardWrite(() => Promise.reject(quota()))).rejects.toThrow('quota');
    expect(store.getSnapshot()).toBe('quota');
    await expect(store.guardWrite(() => Promise.resolve(7))).resolves.toBe(7);
    expect(store.getSnapshot()).toBe('ok');
  });

  it('a successful write does not hide a closed connection', async () => {
    const store = createHealthStore();
    store.signal('closed');
    await store.guardWrite(() => Promise.resolve());
    expect(store.getSnapshot()).toBe('closed');
  });

  it('retry replays the refused writes in order, and keeps them when space is still short', async () => {
    const store = createHealthStore();
    const written: string[] = [];
    let full = true;
    const write = (value: string) => () =>
      full ? Promise.reject(quota()) : Promise.resolve(void written.push(value));

    await expect(store.guardWrite(write('a'))).rejects.toThrow();
    await expect(store.guardWrite(write('b'))).rejects.toThrow();
    await store.retry();
    expect(store.getSnapshot()).toBe('quota');
    expect(written).toEqual([]);

    full = false;
    await store.retry();
    expect(written).toEqual(['a', 'b']);
    expect(store.getSnapshot()).toBe('ok');
  });
});

describe('database events', () => {
  const opened: Dexie[] = [];
  const track = <D extends Dexie>(database: D) => {
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.delete().catch(() => undefined);
  });

  class NextVersion extends AppDatabase {
    constructor(name: string) {
      super(name);
      this.version(2).stores({ notes: 'id' });
    }
  }

  it('closes and asks for a reload when another tab opens a newer version', async () => {
    const name = `health-${crypto.randomUUID()}`;
    const first = track(new AppDatabase(name));
    const second = track(new AppDatabase(name));
    await first.open();
    await second.open();

    const newer = track(new NextVersion(name));
    await newer.open();

    expect(first.health.getSnapshot()).toBe('version-change');
    expect(second.health.getSnapshot()).toBe('version-change');
    expect(first.isOpen()).toBe(false);
    // The old code must not write into the upgraded database; its failure keeps the same message.
    await expect(first.assessments.put({ id: 'x', name: 'x', createdAt: 0, updatedAt: 0 })).rejects.toThrow();
    expect(first.health.getSnapshot()).toBe('version-change');
    expect(newer.verno).toBe(2);
    expect(newer.health.getSnapshot()).toBe('ok');
  });

  it('says the connection closed when the browser closes it', async () => {
    const database = track(new AppDatabase(`health-${crypto.randomUUID()}`));
    await database.open();
    const backend = database.backendDB();
    forceCloseDatabase(backend as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await vi.waitFor(() => expect(database.health.getSnapshot()).toBe('closed'));
  });

  it('stays ok when the app itself closes the connection', async () => {
    const database = track(new AppDatabase(`health-${crypto.randomUUID()}`));
    await database.open();
    database.close();
    expect(database.health.getSnapshot()).toBe('ok');
  });
});
