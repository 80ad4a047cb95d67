import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { AppDatabase } from './database';
import {
  clearCompetencyResponse,
  createAssessment,
  createAssessmentFrom,
  deleteAssessment,
  renameAssessment,
  saveCompetencyResponse,
  savePostureValue,
} from './assessments';
import { addPlanItem } from './plans';
import { CONTENT_VERSION } from '../domain/content/version';

const NEGO = 'competency.strategie.regulation.negociation';
const VEILLE = 'competency.connaissances.prospective.veille';
let database: AppDatabase;

beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

describe('assessment repository', () => {
  it('creates, renames and lists a bilan', async () => {
    const id = await createAssessment('Bilan 2026', database);
    await renameAssessment(id, 'Après les élections', database);
    expect((await database.assessments.get(id))?.name).toBe('Après les élections');
  });

  it('stores a name cleaned of control, bidi-override and invisible characters, and refuses an invisible one', async () => {
    const id = await createAssessment('Bilan\u202E 2026\u0007', database);
    expect((await database.assessments.get(id))?.name).toBe('Bilan 2026');
    await expect(renameAssessment(id, '\u200B\u2066', database)).rejects.toThrow(RangeError);
    expect((await database.assessments.get(id))?.name).toBe('Bilan 2026');
    const fromWorkshop = await createAssessment('Atelier', database, {
      id: 'abc123',
      title: 'Atelier\u202E DSU',
      instruments: ['grid'],
      anonymous: false,
    });
    expect((await database.assessments.get(fromWorkshop))?.workshop?.title).toBe('Atelier DSU');
  });

  it('merges answers field by field and records the content version', async () => {
    const id = await createAssessment('B', database);
    await saveCompetencyResponse(id, NEGO, { aisance: 3 }, database);
    await saveCompetencyResponse(id, NEGO, { mobilisation: 2 }, database);
    await saveCompetencyResponse(id, NEGO, { note: 'Avec la DDCS' }, database);
    const rows = await database.competencyAnswers.where('assessmentId').equals(id).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      itemId: NEGO,
      aisance: 3,
      mobilisation: 2,
      note: 'Avec la DDCS',
      contentVersion: CONTENT_VERSION,
    });
  });

  it('starts a bilan from a previous one: answers copied « à confirmer », confirmed by any change', async () => {
    const before = await createAssessment('Printemps', database);
    await saveCompetencyResponse(before, NEGO, { aisance: 3, mobilisation: 2, note: 'DDETS' }, database);
    await saveCompetencyResponse(before, VEILLE, { notConcerned: true }, database);
    const id = await createAssessmentFrom('Automne', before, database);
    const copied = await database.competencyAnswers.where('assessmentId').equals(id).toArray();
    expect(copied).toHaveLength(2);
    expect(copied.find((r) => r.itemId === NEGO)).toMatchObject({
      aisance: 3,
      mobilisation: 2,
      note: 'DDETS',
      toConfirm: true,
    });
    await saveCompetencyResponse(id, NEGO, { aisance: 4 }, database);
    const touched = await database.competencyAnswers.get(`${id}|${NEGO}`);
    expect(touched).toMatchObject({ aisance: 4, mobilisation: 2 });
    expect(touched).not.toHaveProperty('toConfirm');
    // The previous bilan is left as it was.
    const kept = await database.competencyAnswers.where('assessmentId').equals(before).toArray();
    expect(kept.every((r) => r.toConfirm === undefined)).toBe(true);
    expect((await database.competencyAnswers.get(`${before}|${NEGO}`))?.aisance).toBe(3);
  });

  it('clears a field set to undefined, and a whole answer on request', async () => {
    const id = await createAssessment('B', database);
    await saveCompetencyResponse(id, NEGO, { aisance: 3, mobilisation: 1 }, database);
    await saveCompetencyResponse(id, NEGO, { aisance: undefined }, database);
    const row = await database.competencyAnswers.toArray();
    expect(row[0]).not.toHaveProperty('aisance');
    expect(row[0]?.mobilisation).toBe(1);
    await clearCompetencyResponse(id, NEGO, database);
    expect(await database.competencyAnswers.count()).toBe(0);
  });

  it('deletes a bilan with its answers and leaves other bilans alone', async () => {
    const a = await createAssessment('A', database);
    const b = await createAssessment('B', database);
    await saveCompetencyResponse(a, NEGO, { aisance: 2 }, database);
    await saveCompetencyResponse(b, NEGO, { aisance: 4 }, database);
    await savePostureValue(a, 'acrobat.haut.appui', 3, database);
    await addPlanItem(a, NEGO, database);
    await addPlanItem(b, NEGO, database);
    await deleteAssessment(a, database);
    expect(await database.postureAnswers.count()).toBe(0);
    expect((await database.planItems.toArray()).map((p) => p.assessmentId)).toEqual([b]);
    expect(await database.assessments.toArray()).toEqual([expect.objectContaining({ id: b })]);
    expect((await database.competencyAnswers.toArray()).map((r) => r.assessmentId)).toEqual([b]);
  });
});

describe('two tabs answering the same bilan', () => {
  it('keeps both fields when two writers interleave on the same answer', async () => {
    const other = new AppDatabase(database.name);
    const id = await createAssessment('B', database);
    await Promise.all([
      saveCompetencyResponse(id, NEGO, { aisance: 3 }, database),
      saveCompetencyResponse(id, NEGO, { mobilisation: 2 }, other),
      saveCompetencyResponse(id, NEGO, { note: 'Avec la DDCS' }, database),
      saveCompetencyResponse(id, NEGO, { envie: true }, other),
    ]);
    other.close();
    expect(await database.competencyAnswers.toArray()).toEqual([
      expect.objectContaining({ aisance: 3, mobilisation: 2, note: 'Avec la DDCS', envie: true }),
    ]);
  });
});

describe('a write the device has no room for', () => {
  const full = () =>
    Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

  it('is reported to the banner and still rejected for the page, then saved by retry', async () => {
    const id = await createAssessment('B', database);
    const put = vi.spyOn(database.competencyAnswers, 'put').mockImplementationOnce(full);
    await expect(saveCompetencyResponse(id, NEGO, { aisance: 4 }, database)).rejects.toThrow();
    expect(database.health.getSnapshot()).toBe('quota');
    expect(await database.competencyAnswers.count()).toBe(0);

    await database.health.retry();
    expect(put).toHaveBeenCalledTimes(2);
    expect(database.health.getSnapshot()).toBe('ok');
    expect((await database.competencyAnswers.toArray())[0]?.aisance).toBe(4);
  });

  it('leaves the banner alone for an error that is not about storage', async () => {
    const id = await createAssessment('B', database);
    vi.spyOn(database.postureAnswers, 'put').mockImplementationOnce(() =>
      Dexie.Promise.reject(new Error('bug')),
    );
    await expect(savePostureValue(id, 'acrobat.haut.appui', 3, database)).rejects.toThrow('bug');
    expect(database.health.getSnapshot()).toBe('ok');
  });
});
