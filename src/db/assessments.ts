// Owns every write to bilans and their competency answers: one transaction per answer, as it is given.
// Each write goes through the database's health store, so a full disk or a closed connection is told
// once by the app's banner; the failure is still rethrown for the page that asked.
import type { CompetencyId } from '../domain/content/grid';
import { CONTENT_VERSION } from '../domain/content/version';
import { cleanName } from '../domain/text';
import type { Assessment, CompetencyResponse, PostureValue } from '../domain/assessment';
import { answerKey, db, type AppDatabase, type StoredCompetencyAnswer } from './database';
import { requestPersistenceOnce } from './storage';

function newId(): string {
  return crypto.randomUUID();
}

/** A bilan's name as stored: cleaned (domain/text.ts); a name with nothing visible is refused. */
function bilanName(name: string): string {
  const cleaned = cleanName(name);
  if (!cleaned) throw new RangeError('A bilan needs a name with something visible in it');
  return cleaned;
}

// What each write is about (health.ts's WriteKey): a newer stored write of the same thing replaces an
// older failed one, and deleting a bilan replaces every failed write of its answers.
const bilanKey = (id: string) => `bilan|${id}`;
const competencyKey = (id: string, itemId: string, fields: readonly string[]) =>
  `${bilanKey(id)}|competency|${itemId}${fields.length > 0 ? `|${[...fields].sort().join(',')}` : ''}`;
const postureKey = (id: string, itemId: string) => `${bilanKey(id)}|posture|${itemId}`;

export async function createAssessment(
  name: string,
  database: AppDatabase = db,
  workshop?: Assessment['workshop'],
): Promise<string> {
  const now = Date.now();
  const id = newId();
  const stored = { id, name: bilanName(name), createdAt: now, updatedAt: now };
  const title = workshop && cleanName(workshop.title);
  await database.health.guardWrite(() =>
    database.assessments.add(
      workshop ? { ...stored, workshop: { ...workshop, title: title || workshop.id } } : stored,
    ),
  );
  // The person now has something to lose: ask the browser to keep it (once, silently; see storage.ts).
  requestPersistenceOnce();
  return id;
}

export async function renameAssessment(id: string, name: string, database: AppDatabase = db): Promise<void> {
  await database.health.guardWrite(
    () => database.assessments.update(id, { name: bilanName(name), updatedAt: Date.now() }),
    `${bilanKey(id)}|name`,
  );
}

export async function rememberPage(id: string, page: string, database: AppDatabase = db): Promise<void> {
  await database.health.guardWrite(
    () => database.assessments.update(id, { lastPage: page }),
    `${bilanKey(id)}|lastPage`,
  );
}

/** Deletes a bilan with its answers and its development plan, together or not at all. */
export async function deleteAssessment(id: string, database: AppDatabase = db): Promise<void> {
  const tables = [
    database.assessments,
    database.competencyAnswers,
    database.postureAnswers,
    database.planItems,
  ];
  await database.health.guardWrite(
    () =>
      database.transaction('rw', tables, async () => {
        await database.competencyAnswers.where('assessmentId').equals(id).delete();
        await database.postureAnswers.where('assessmentId').equals(id).delete();
        await database.planItems.where('assessmentId').equals(id).delete();
        await database.assessments.delete(id);
      }),
    bilanKey(id),
  );
}

/**
 * Creates a bilan that starts from a previous one: its competency answers copied, each marked « à
 * confirmer » until the person touches it. Bilan and answers are written together or not at all.
 */
export async function createAssessmentFrom(
  name: string,
  previousId: string,
  database: AppDatabase = db,
): Promise<string> {
  const now = Date.now();
  const id = newId();
  await database.health.guardWrite(() =>
    database.transaction('rw', database.assessments, database.competencyAnswers, async () => {
      const previous = await database.competencyAnswers.where('assessmentId').equals(previousId).toArray();
      await database.assessments.add({ id, name: bilanName(name), createdAt: now, updatedAt: now });
      await database.competencyAnswers.bulkAdd(
        previous.map(({ id: _id, assessmentId: _a, ...answer }) => ({
          ...answer,
          id: answerKey(id, answer.itemId),
          assessmentId: id,
          toConfirm: true as const,
        })),
      );
    }),
  );
  requestPersistenceOnce();
  return id;
}

/**
 * Merges a change into one competence's answer. Only the fields in `patch` change, so two tabs
 * answering different questions of the same bilan never overwrite each other. A field set to
 * undefined is cleared. Any change confirms an answer copied from a previous bilan.
 */
export async function saveCompetencyResponse(
  assessmentId: string,
  itemId: CompetencyId,
  patch: Partial<CompetencyResponse>,
  database: AppDatabase = db,
): Promise<void> {
  await database.health.guardWrite(
    () =>
      database.transaction('rw', database.assessments, database.competencyAnswers, async () => {
        const key = answerKey(assessmentId, itemId);
        const existing = await database.competencyAnswers.get(key);
        const now = Date.now();
        const merged: StoredCompetencyAnswer = {
          ...(existing ?? { id: key, assessmentId, itemId }),
          toConfirm: undefined,
          ...patch,
          contentVersion: CONTENT_VERSION,
          updatedAt: now,
        };
        for (const k of Object.keys(merged) as (keyof StoredCompetencyAnswer)[]) {
          if (merged[k] === undefined) delete merged[k];
        }
        await database.competencyAnswers.put(merged);
        await database.assessments.update(assessmentId, { updatedAt: now });
      }),
    competencyKey(assessmentId, itemId, Object.keys(patch)),
  );
}

export async function clearCompetencyResponse(
  assessmentId: string,
  itemId: CompetencyId,
  database: AppDatabase = db,
): Promise<void> {
  await database.health.guardWrite(
    () =>
      database.transaction('rw', database.assessments, database.competencyAnswers, async () => {
        await database.competencyAnswers.delete(answerKey(assessmentId, itemId));
        await database.assessments.update(assessmentId, { updatedAt: Date.now() });
      }),
    competencyKey(assessmentId, itemId, []),
  );
}

/** Writes one posture answer (undefined removes it), in its own transaction, as it is given. */
export async function savePostureValue(
  assessmentId: string,
  itemId: string,
  value: PostureValue | undefined,
  database: AppDatabase = db,
): Promise<void> {
  await database.health.guardWrite(
    () =>
      database.transaction('rw', database.assessments, database.postureAnswers, async () => {
        const id = answerKey(assessmentId, itemId);
        const now = Date.now();
        if (value === undefined) await database.postureAnswers.delete(id);
        else
          await database.postureAnswers.put({
            id,
            assessmentId,
            itemId,
            value,
            contentVersion: CONTENT_VERSION,
            updatedAt: now,
          });
        await database.assessments.update(assessmentId, { updatedAt: now });
      }),
    postureKey(assessmentId, itemId),
  );
}

export type { Assessment };
