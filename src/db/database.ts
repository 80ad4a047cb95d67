// Owns the IndexedDB database: its name, its tables and every schema version, in order.
import { Dexie, type EntityTable } from 'dexie';
import type { Assessment, CompetencyAnswer, PostureAnswer } from '../domain/assessment';
import type { PlanItem } from '../domain/plan';
import type { Worksheet } from '../domain/worksheet';
import type { PeerGroup, ReceivedProfile } from '../domain/group';
import type { Workshop } from '../domain/workshop';
import { createHealthStore, type HealthStore } from './health';
import { declareVersions } from './migrations';

export interface StoredCompetencyAnswer extends CompetencyAnswer {
  /** `${assessmentId}|${itemId}`: one row per bilan and competence. */
  readonly id: string;
}

export interface StoredPostureAnswer extends PostureAnswer {
  /** `${assessmentId}|${itemId}`. */
  readonly id: string;
}

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
    // The browser closed the connection itself (site data cleared, storage failure). Dexie's own
    // 'close' event also fires on every deliberate or recoverable close (back-forward cache), so the
    // IndexedDB event, which fires only on a forced close, is the one listened to.
    this.on(
      'ready',
      (vipDb) => {
        vipDb.backendDB()?.addEventListener('close', () => this.health.signal('closed'));
      },
      true,
    );
  }
}

export const db = new AppDatabase();

export function answerKey(assessmentId: string, itemId: string): string {
  return `${assessmentId}|${itemId}`;
}
