// Owns reading a whole bilan's answers at once, for a snapshot of the person's own profile.
import type { CompetencyResponses, PostureValues } from '../domain/progress';
import { db, type AppDatabase } from './database';

export async function readBilanAnswers(
  assessmentId: string,
  database: AppDatabase = db,
): Promise<{ responses: CompetencyResponses; values: PostureValues }> {
  const [answers, postures] = await Promise.all([
    database.competencyAnswers.where('assessmentId').equals(assessmentId).toArray(),
    database.postureAnswers.where('assessmentId').equals(assessmentId).toArray(),
  ]);
  return {
    responses: Object.fromEntries(answers.map((r) => [r.itemId, r])),
    values: Object.fromEntries(postures.map((r) => [r.itemId, r.value])),
  };
}
