// Owns the IndexedDB database: its name, its tables and every schema version, in order.
import { Dexie, type EntityTable } from 'dexie';
import type { Assessment, CompetencyAnswer, PostureAnswer } from '../domain/assessment';
import type { PlanItem } from '../domain/plan';
import type { Worksheet } from '../domain/worksheet';
import type { PeerGroup, ReceivedProfile } from '../domain/group';
import type { Workshop } from '../domain/workshop';

export interface StoredCompetencyAnswer extends CompetencyAnswer {
  /** `${assessmentId}|${itemId}`: one row per bilan and competence. */
  readonly id: string;
}

export interface StoredPostureAnswer extends PostureAnswer {
  /** `${assessmentId}|${itemId}`. */
  readonly id: string;
}

// Changing this name, or a store below without a new version and a migration, wipes users' data.
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

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      assessments: 'id, updatedAt',
      competencyAnswers: 'id, assessmentId',
      postureAnswers: 'id, assessmentId',
      planItems: 'id, assessmentId, reviewOn',
      worksheets: 'id, updatedAt',
      groups: 'id, createdAt, workshopId',
      receivedProfiles: 'id, groupId',
      workshops: 'id, createdAt',
    });
  }
}

export const db = new AppDatabase();

export function answerKey(assessmentId: string, itemId: string): string {
  return `${assessmentId}|${itemId}`;
}
