// Owns the database's schema versions as data, in order, and the pure steps that carry rows from one to the next.
import type { Dexie, Transaction } from 'dexie';

/**
 * A pure, named rewrite of every row of one table, from the previous version's shape to this one's.
 * It must not mutate its input nor read anything but it: migrations.test.ts checks both.
 */
export interface MigrationStep {
  readonly name: string;
  readonly table: string;
  readonly up: (row: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store definitions; a version lists only the stores it adds, changes (or deletes with null). */
  readonly stores: Readonly<Record<string, string | null>>;
  /**
   * Every version after 1 that changes an existing table has at least one step; one that only adds
   * tables may have none. Each has a fixture in migrations.test.ts.
   */
  readonly steps?: readonly MigrationStep[];
}

/**
 * Every version ever shipped, oldest first. Never edit or remove a shipped entry: add a new one.
 * Users' browsers hold data written by any of them.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      assessments: 'id, updatedAt',
      competencyAnswers: 'id, assessmentId',
      postureAnswers: 'id, assessmentId',
      planItems: 'id, assessmentId, reviewOn',
      worksheets: 'id, updatedAt',
      groups: 'id, createdAt, workshopId',
      receivedProfiles: 'id, groupId',
      workshops: 'id, createdAt',
    },
  },
  {
    // The « Repères » placement, kept until then in localStorage: a new table, no row to rewrite
    // (db/reperes.ts moves a placement found in localStorage into it, once).
    version: 2,
    stores: { reperes: 'id' },
  },
];

export const LATEST_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

async function runSteps(tx: Transaction, steps: readonly MigrationStep[]): Promise<void> {
  for (const step of steps) {
    await tx
      .table(step.table)
      .toCollection()
      .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = step.up(row);
      });
  }
}

/** Declares every version up to `upTo` on a Dexie instance, each upgrade running its steps. */
export function declareVersions(
  database: Dexie,
  upTo: number = LATEST_VERSION,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): void {
  for (const { version, stores, steps } of versions) {
    if (version > upTo) break;
    const declared = database.version(version).stores(stores);
    if (steps && steps.length > 0) declared.upgrade((tx) => runSteps(tx, steps));
  }
}
