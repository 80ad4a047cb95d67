// Owns the IndexedDB database: its name, its tables and every schema version, in order.
import { Dexie, type EntityTable } from 'dexie';
import type { Assessment, CompetencyAnswer, PostureAnswer } from '../domain/assessment';
import type { PlanItem } from '../domain/plan';
import type { Worksheet } from '../domain/worksheet';
import type { PeerGroup, ReceivedProfile } from '../domain/group';
import type { Workshop } from '../domain/workshop';
import type { PlacementRow } from '../domain/content/reperes';
import { createHealthStore, warnBeforeLeaving, type HealthStore } from './health';
import { declareVersions } from './migrations';

export interface StoredCompetencyAnswer extends CompetencyAnswer {
  /** `${assessmentId}|${itemId}`: one row per bilan and competence. */
  readonly id: string;
}

export interface StoredPostureAnswer extends PostureAnswer {
  /** `${assessmentId}|${itemId}`. */
  readonly id: string;
}

// Dexie stores version n as IndexedDB version 10 n (plus 1 when it patched a schema by itself).
const DEXIE_VERSION_FACTOR = 10;

// Changing this name, or a store in migrations.ts without a new version and a migration, wipes users' data.
export const DB_NAME = 'quel-developpeur-euse';

export class AppDatabase extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  competencyAnswers!: EntityTable<StoredCompetencyAnswer, 'id'>;
  postureAnswers!: EntityTable<StoredPostureAnswer, 'id'>;
  planItems!: EntityTable<PlanItem, 'id'>;
  worksheets!: EntityTable<Worksheet, 'id'>;
  groups!: EntityTable<PeerGroup, 'id'>;
  receivedProfiles!: EntityTable<ReceivedProfile, 'id'>;
  workshops!: EntityTable<Workshop, 'id'>;
  reperes!: EntityTable<PlacementRow, 'id'>;

  /** What went wrong with this connection, for the banner (see health.ts). */
  readonly health: HealthStore = createHealthStore();

  constructor(name: string = DB_NAME) {
    super(name);
    // Every version, in order, from migrations.ts.
    declareVersions(this);

    // Another tab runs a newer version and must upgrade: close for good, so this older code never
    // writes into data shaped by the newer one, and ask for a reload. Returning false replaces
    // Dexie's default, which would reopen on the next query.
    this.on('versionchange', (event) => {
      this.close();
      this.health.signal(event.newVersion ? 'version-change' : 'closed');
      return false;
    });
    // Another tab still runs an older version and does not let go of it: the upgrade waits (and every
    // query with it) until that tab is closed. Say so; the banner goes once the upgrade went through.
    this.on('blocked', () => this.health.signal('blocked'));
    this.on(
      'ready',
      (vipDb) => {
        this.health.clear('blocked');
        const backend = vipDb.backendDB();
        // A newer version of the app already shaped this data (Dexie opens it anyway, at its version):
        // this code must not write into it. Refusing to open makes every query and write fail, and say
        // why (classifyError reads the VersionError inside Dexie's DatabaseClosedError).
        const stored = backend ? Math.floor(backend.version / DEXIE_VERSION_FACTOR) : 0;
        if (stored > vipDb.verno) {
          this.health.signal('newer-version');
          return Dexie.Promise.reject(
            new Dexie.VersionError(`Stored version ${stored} is newer than ${vipDb.verno}`),
          );
        }
        // The browser closed the connection itself (site data cleared, storage failure). Dexie's own
        // 'close' event also fires on every deliberate or recoverable close (back-forward cache), so
        // the IndexedDB event, which fires only on a forced close, is the one listened to.
        backend?.addEventListener('close', () => this.health.signal('closed'));
      },
      true,
    );
  }
}

export const db = new AppDatabase();
// Leaving while an answer is still being written (or waits to be retried on a full disk) would lose it.
if (typeof window !== 'undefined') warnBeforeLeaving(db.health);

export function answerKey(assessmentId: string, itemId: string): string {
  return `${assessmentId}|${itemId}`;
}
