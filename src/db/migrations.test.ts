// Every schema version opens data written by the one before: each step is named, pure and run on a
// fixture. A version added without a fixture here fails the coverage test below.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDatabase, answerKey } from './database';
import { declareVersions, LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './migrations';
import { CONTENT_VERSION } from '../domain/content/version';

type Rows = Readonly<Record<string, readonly Record<string, unknown>[]>>;

interface MigrationFixture {
  /** Rows as version N-1 wrote them, by table. */
  readonly before: Rows;
  /** What version N reads from those rows, by table (only the tables listed are compared). */
  readonly after: Rows;
}

/** One entry per version after 1, keyed by version: data written by the previous version. */
const MIGRATION_FIXTURES: Readonly<Record<number, MigrationFixture>> = {
  // Version 2 adds the `reperes` table: rows written by version 1 are read unchanged, the new table empty.
  2: {
    before: {
      assessments: [{ id: 'b1', name: 'Bilan 2024', createdAt: 1, updatedAt: 2 }],
      workshops: [
        { id: 'k1', title: 'Atelier', date: '', instruments: ['acrobat'], anonymous: true, createdAt: 1 },
      ],
    },
    after: {
      assessments: [{ id: 'b1', name: 'Bilan 2024', createdAt: 1, updatedAt: 2 }],
      workshops: [
        { id: 'k1', title: 'Atelier', date: '', instruments: ['acrobat'], anonymous: true, createdAt: 1 },
      ],
      reperes: [],
    },
  },
};

/** The tables a version changes that an earlier version already had: those need a step. */
function changedTables(versions: readonly SchemaVersion[], version: SchemaVersion): string[] {
  const earlier = new Set(
    versions.filter((v) => v.version < version.version).flatMap((v) => Object.keys(v.stores)),
  );
  return Object.keys(version.stores).filter((table) => earlier.has(table));
}

function versionsWithoutFixture(
  versions: readonly SchemaVersion[],
  fixtures: Readonly<Record<number, MigrationFixture>>,
): number[] {
  return versions.filter((v) => v.version > 1 && !(v.version in fixtures)).map((v) => v.version);
}

const opened: Dexie[] = [];
function open(name: string, upTo: number, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): Dexie {
  const database = new Dexie(name);
  declareVersions(database, upTo, versions);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete().catch(() => undefined);
});

/** Writes `fixture.before` with the schema up to N-1, reopens up to N, and returns what N reads. */
async function migrate(
  versions: readonly SchemaVersion[],
  version: number,
  fixture: MigrationFixture,
): Promise<Rows> {
  const name = `migration-${crypto.randomUUID()}`;
  const old = open(name, version - 1, versions);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.before)) await old.table(table).bulkAdd([...rows]);
  old.close();

  const upgraded = open(name, version, versions);
  await upgraded.open();
  const read: Record<string, Record<string, unknown>[]> = {};
  for (const table of Object.keys(fixture.after)) read[table] = await upgraded.table(table).toArray();
  upgraded.close();
  return read;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('schema versions', () => {
  it('are 1, 2, 3… in order, with nothing skipped', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(new AppDatabase(`verno-${crypto.randomUUID()}`).verno).toBe(LATEST_VERSION);
  });

  it('have a fixture for every version after 1, and none for a version that does not exist', () => {
    expect(versionsWithoutFixture(SCHEMA_VERSIONS, MIGRATION_FIXTURES)).toEqual([]);
    const known = new Set(SCHEMA_VERSIONS.map((v) => v.version));
    expect(
      Object.keys(MIGRATION_FIXTURES)
        .map(Number)
        .filter((v) => !known.has(v)),
    ).toEqual([]);
  });

  it('asks a step of a version that changes an existing table, not of one that only adds a table', () => {
    const v1 = SCHEMA_VERSIONS.slice(0, 1);
    expect(changedTables(v1, { version: 2, stores: { assessments: 'id, updatedAt, createdAt' } })).toEqual([
      'assessments',
    ]);
    expect(changedTables(v1, { version: 2, stores: { notes: 'id' } })).toEqual([]);
  });

  it('the coverage check catches a new version without a fixture', () => {
    const next = LATEST_VERSION + 1;
    const withNext: SchemaVersion[] = [...SCHEMA_VERSIONS, { version: next, stores: {} }];
    const fixtures = { ...MIGRATION_FIXTURES };
    expect(versionsWithoutFixture(withNext, fixtures)).toEqual([next]);
    expect(versionsWithoutFixture(withNext, { ...fixtures, [next]: { before: {}, after: {} } })).toEqual([]);
  });

  for (const schema of SCHEMA_VERSIONS.filter((v) => v.version > 1)) {
    describe(`version ${schema.version}`, () => {
      it('has named, pure steps, one at least for each table it changes', () => {
        const steps = schema.steps ?? [];
        for (const table of changedTables(SCHEMA_VERSIONS, schema))
          expect(steps.map((s) => s.table)).toContain(table);
        for (const step of steps) expect(step.name).toMatch(/\S/);
        expect(new Set(steps.map((s) => s.name)).size).toBe(steps.length);
        const fixture = MIGRATION_FIXTURES[schema.version];
        for (const step of steps) {
          for (const row of fixture?.before[step.table] ?? []) {
            // Frozen: a step that mutates its input throws here; run twice: same result.
            const input = deepFreeze(structuredClone(row));
            expect(step.up(input)).toEqual(step.up(input));
          }
        }
      });

      it(`reads data written by version ${schema.version - 1}`, async () => {
        const fixture = MIGRATION_FIXTURES[schema.version];
        expect(fixture, `MIGRATION_FIXTURES[${schema.version}] is missing`).toBeDefined();
        if (!fixture) return;
        expect(await migrate(SCHEMA_VERSIONS, schema.version, fixture)).toEqual(fixture.after);
      });
    });
  }
});

describe('the latest version', () => {
  const TABLES = [
    'assessments',
    'competencyAnswers',
    'groups',
    'planItems',
    'postureAnswers',
    'receivedProfiles',
    'reperes',
    'worksheets',
    'workshops',
  ];

  it('opens an empty database with exactly the expected tables', async () => {
    const database = new AppDatabase(`v1-${crypto.randomUUID()}`);
    opened.push(database);
    await database.open();
    expect(database.tables.map((t) => t.name).sort()).toEqual(TABLES);
    expect([...(database.backendDB()?.objectStoreNames ?? [])].sort()).toEqual(TABLES);
  });

  it('reads back, through AppDatabase, what version 1’s stores wrote', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const old = open(name, 1);
    await old.open();
    const bilan = { id: 'b1', name: 'Bilan 2024', createdAt: 1, updatedAt: 2, lastPage: 'grille/animation' };
    const answer = {
      id: answerKey('b1', 'competency.strategie.regulation.negociation'),
      assessmentId: 'b1',
      itemId: 'competency.strategie.regulation.negociation',
      aisance: 3,
      note: 'Avec la DDCS',
      contentVersion: CONTENT_VERSION,
      updatedAt: 2,
    };
    const posture = {
      id: answerKey('b1', 'time.actual'),
      assessmentId: 'b1',
      itemId: 'time.actual',
      value: { meetings: 40, fors: 60 },
      contentVersion: CONTENT_VERSION,
      updatedAt: 2,
    };
    await old.table('assessments').add(bilan);
    await old.table('competencyAnswers').add(answer);
    await old.table('postureAnswers').add(posture);
    old.close();

    const database = new AppDatabase(name);
    opened.push(database);
    expect(await database.assessments.toArray()).toEqual([bilan]);
    expect(await database.competencyAnswers.where('assessmentId').equals('b1').toArray()).toEqual([answer]);
    expect(await database.postureAnswers.get(posture.id)).toEqual(posture);
  });
});

describe('the migration harness', () => {
  // A made-up version 2 with a step, so that the steps' upgrade runs (the real one only adds a table).
  const V2: SchemaVersion[] = [
    ...SCHEMA_VERSIONS.slice(0, 1),
    {
      version: 2,
      stores: { assessments: 'id, updatedAt, createdAt' },
      steps: [
        {
          name: 'assessmentTitleFromName',
          table: 'assessments',
          up: ({ name, ...rest }) => ({ ...rest, title: name }),
        },
      ],
    },
  ];

  it('runs each step on every row of its table when the newer version opens', async () => {
    const read = await migrate(V2, 2, {
      before: { assessments: [{ id: 'a', name: 'Bilan', createdAt: 1, updatedAt: 1 }] },
      after: { assessments: [{ id: 'a', title: 'Bilan', createdAt: 1, updatedAt: 1 }] },
    });
    expect(read).toEqual({ assessments: [{ id: 'a', title: 'Bilan', createdAt: 1, updatedAt: 1 }] });
  });
});
