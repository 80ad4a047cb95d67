// Owns writes to the development plan: one row per competence or direction a person chose to work on.
import type { PlanItem } from '../domain/plan';
import { db, type AppDatabase } from './database';

// What each write is about (health.ts's WriteKey): deleting an item replaces its failed changes.
const planKey = (id: string) => `plan|${id}`;

export async function addPlanItem(
  assessmentId: string,
  targetId: string,
  database: AppDatabase = db,
): Promise<string> {
  const now = Date.now();
  const id = crypto.randomUUID();
  await database.health.guardWrite(() =>
    database.planItems.add({
      id,
      assessmentId,
      targetId,
      why: '',
      how: [],
      withWhom: '',
      reviewOn: '',
      createdAt: now,
      updatedAt: now,
    }),
  );
  return id;
}

export type PlanItemChange = Partial<Pick<PlanItem, 'why' | 'how' | 'withWhom' | 'reviewOn'>>;

export async function updatePlanItem(
  id: string,
  change: PlanItemChange,
  database: AppDatabase = db,
): Promise<void> {
  await database.health.guardWrite(
    () => database.planItems.update(id, { ...change, updatedAt: Date.now() }),
    `${planKey(id)}|${Object.keys(change).sort().join(',')}`,
  );
}

export async function deletePlanItem(id: string, database: AppDatabase = db): Promise<void> {
  await database.health.guardWrite(() => database.planItems.delete(id), planKey(id));
}
