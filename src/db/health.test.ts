import { Dexie, type DBCore, type DBCoreTable } from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDatabase, answerKey } from './database';
import { classifyError, createHealthStore, warnBeforeLeaving, type DatabaseProblem } from './health';
import { createAssessment, rememberPage, savePostureValue } from './assessments';
import { createWorksheet, saveWorksheetField } from './worksheets';

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
    [
      'a database that could not open because a newer version holds it',
      new Dexie.DatabaseClosedError(new Dexie.VersionError('newer')),
      'newer-version',
    ],
    [
      'a database that could not open because the disk is full (first visit)',
      new Dexie.DatabaseClosedError(new Dexie.AbortError('aborted', quota())),
      'quota',
    ],
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

  it('guardWrite rethrows the failure; a newer write of the same thing stored clears the full disk', async () => {
    const store = createHealthStore();
    await expect(store.guardWrite(() => Promise.reject(quota()), 'bilan|1|note')).rejects.toThrow('quota');
    expect(store.getSnapshot()).toBe('quota');
    expect(store.unsavedCount()).toBe(1);
    await expect(store.guardWrite(() => Promise.resolve(7), 'bilan|1|note')).resolves.toBe(7);
    expect(store.getSnapshot()).toBe('ok');
    expect(store.unsavedCount()).toBe(0);
  });

  it('a write of something else going through keeps the failed one and the full-disk message', async () => {
    const store = createHealthStore();
    const replayed = vi.fn(() => Promise.resolve());
    let first = true;
    const note = () => (first ? Promise.reject(quota()) : replayed());
    await expect(store.guardWrite(note, 'bilan|1|posture|reflection.grid')).rejects.toThrow();
    first = false;
    await store.guardWrite(() => Promise.resolve(), 'bilan|1|lastPage');
    await store.guardWrite(() => Promise.resolve());
    expect(store.getSnapshot()).toBe('quota');
    expect(store.unsavedCount()).toBe(1);
    await store.retry();
    expect(replayed).toHaveBeenCalledOnce();
    expect(store.getSnapshot()).toBe('ok');
    expect(store.unsavedCount()).toBe(0);
  });

  it('deleting a bilan replaces the failed writes of its answers, not those of another bilan', async () => {
    const store = createHealthStore();
    await expect(store.guardWrite(() => Promise.reject(quota()), 'bilan|1|posture|a')).rejects.toThrow();
    await expect(store.guardWrite(() => Promise.reject(quota()), 'bilan|10|posture|a')).rejects.toThrow();
    await store.guardWrite(() => Promise.resolve(), 'bilan|1');
    expect(store.unsavedCount()).toBe(1);
  });

  it('says a write is under way until it settles, and asks before leaving meanwhile', async () => {
    const store = createHealthStore();
    const target = new EventTarget();
    warnBeforeLeaving(store, target as Window);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      target.dispatchEvent(event);
      return event.defaultPrevented ? 'asked' : 'left';
    };
    let finish = () => {};
    const write = store.guardWrite(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(store.isWriting()).toBe(true);
    expect(leave()).toBe('asked');
    finish();
    await write;
    expect(store.isWriting()).toBe(false);
    expect(leave()).toBe('left');

    // A write refused by a full disk waits for « Réessayer »: leaving would lose it.
    await expect(store.guardWrite(() => Promise.reject(quota()))).rejects.toThrow();
    expect(leave()).toBe('asked');
    // Once another tab upgraded the database, reloading is the only way on: it is not stood in the way of.
    store.signal('version-change');
    expect(leave()).toBe('left');
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

/** A disk that is full for the given tables: their writes fail as a browser's do, until `full` is false. */
function fillDisk(database: AppDatabase, tables: readonly string[]) {
  const disk = { full: true };
  database.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name): DBCoreTable {
        const table = down.table(name);
        if (!tables.includes(name)) return table;
        return {
          ...table,
          mutate: (request) => (disk.full ? Promise.reject(quota()) : table.mutate(request)),
        };
      },
    }),
  });
  return disk;
}

describe('a full disk', () => {
  const opened: AppDatabase[] = [];
  const fresh = () => {
    const database = new AppDatabase(`full-${crypto.randomUUID()}`);
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.delete().catch(() => undefined);
  });

  it('keeps a note refused for lack of space through a page visit, and stores it on « Réessayer »', async () => {
    const database = fresh();
    const disk = fillDisk(database, ['postureAnswers']);
    const id = await createAssessment('Bilan', database);
    await expect(savePostureValue(id, 'reflection.grid', 'Ma note', database)).rejects.toThrow();
    expect(database.health.getSnapshot()).toBe('quota');

    // Following the banner's « Mes données » link and coming back remembers the page: a write that
    // needs no room goes through, and must not drop the note.
    await rememberPage(id, 'grille/strategie', database);
    expect(database.health.getSnapshot()).toBe('quota');
    expect(database.health.unsavedCount()).toBe(1);

    disk.full = false;
    await database.health.retry();
    expect((await database.postureAnswers.get(answerKey(id, 'reflection.grid')))?.value).toBe('Ma note');
    expect(database.health.getSnapshot()).toBe('ok');
    expect(database.health.unsavedCount()).toBe(0);
  });

  it('never replays an older failed text over a newer one stored since', async () => {
    const database = fresh();
    const disk = fillDisk(database, ['worksheets']);
    disk.full = false;
    const sheet = await createWorksheet('Feuille', database);
    disk.full = true;
    await expect(saveWorksheetField(sheet, 'formule', 'ancien', database)).rejects.toThrow();
    disk.full = false;
    await saveWorksheetField(sheet, 'formule', 'nouveau', database);
    expect(database.health.getSnapshot()).toBe('ok');
    await database.health.retry();
    expect((await database.worksheets.get(sheet))?.fields.formule).toBe('nouveau');
  });
});

describe('versions held elsewhere', () => {
  const names: string[] = [];
  const fresh = () => {
    const name = `versions-${crypto.randomUUID()}`;
    names.push(name);
    return name;
  };
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name).catch(() => undefined);
  });

  function rawOpen(name: string, version: number, stores: readonly string[]): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, version);
      request.onupgradeneeded = () => {
        for (const store of stores) request.result.createObjectStore(store, { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  it('refuses to open, read or write a database a newer version of the app upgraded, and says so', async () => {
    const name = fresh();
    // This version's database, then a newer version of the app's upgrade (Dexie's version 20) adding a store.
    const current = new AppDatabase(name);
    await current.open();
    current.close();
    const newer = await rawOpen(name, 200, ['future']);
    newer.close();

    const database = new AppDatabase(name);
    await expect(database.open()).rejects.toThrow();
    expect(database.health.getSnapshot()).toBe('newer-version');
    await expect(createAssessment('Bilan', database)).rejects.toThrow();
    await expect(database.assessments.toArray()).rejects.toThrow();
    expect(database.health.getSnapshot()).toBe('newer-version');

    const after = await rawOpen(name, 200, []);
    const count = await new Promise<number>((resolve) => {
      const request = after.transaction('assessments').objectStore('assessments').count();
      request.onsuccess = () => resolve(request.result);
    });
    after.close();
    expect(after.version).toBe(200);
    expect(count).toBe(0);
  });

  it('says another tab blocks the upgrade, then carries on once that tab lets go', async () => {
    const name = fresh();
    // An older version's tab: holds the connection and ignores the request to close it.
    const old = await rawOpen(name, 1, []);

    const database = new AppDatabase(name);
    const created = createAssessment('Bilan', database);
    await vi.waitFor(() => expect(database.health.getSnapshot()).toBe('blocked'));

    old.close();
    const id = await created;
    expect(database.health.getSnapshot()).toBe('ok');
    expect((await database.assessments.get(id))?.name).toBe('Bilan');
    database.close();
  });
});
