import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDatabase } from './database';
import {
  addReceivedProfile,
  addReceivedProfiles,
  createGroup,
  createWorkshop,
  deleteGroup,
  ensureWorkshopGroup,
  renameGroup,
} from './groups';
import { buildSnapshot } from '../test/builders';

let database: AppDatabase;
beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

const snapshot = buildSnapshot;
const other = snapshot({
  alias: 'Dominique',
  competencies: { 'competency.strategie.regulation.negociation': { aisance: 1 } },
});

const aliasesIn = async (groupId: string) =>
  (await database.receivedProfiles.where('groupId').equals(groupId).toArray())
    .map((p) => p.snapshot.alias)
    .sort();

const workshop = {
  id: 'atelier-mars',
  title: 'Postures — réseau DSU',
  date: '2026-03-12',
  instruments: ['acrobat' as const],
  anonymous: true,
};

describe('received profiles: the same snapshot is recognised by its content, not its id alone', () => {
  it('keeps the same snapshot once', async () => {
    const g = await createGroup('Réseau', {}, database);
    expect(await addReceivedProfile(g, snapshot(), {}, database)).toBe('added');
    expect(await addReceivedProfile(g, snapshot(), {}, database)).toBe('duplicate');
    expect(await aliasesIn(g)).toStrictEqual(['Camille']);
  });

  it('recognises the same content whatever the order of its keys', async () => {
    const g = await createGroup('Réseau', {}, database);
    const s = snapshot({ practice: { 'acrobat.haut.appui': 2, 'acrobat.avant.phases': 1 } });
    const reordered = { ...s, practice: { 'acrobat.avant.phases': 1, 'acrobat.haut.appui': 2 } };
    await addReceivedProfile(g, s, {}, database);
    expect(await addReceivedProfile(g, reordered, {}, database)).toBe('duplicate');
  });

  it('keeps another profile that reuses an id with other answers, beside the first', async () => {
    const g = await createGroup('Réseau', {}, database);
    await addReceivedProfile(g, snapshot(), {}, database);
    expect(await addReceivedProfile(g, other, {}, database)).toBe('added');
    expect(await addReceivedProfile(g, snapshot({ alias: 'Sacha' }), {}, database)).toBe('added');
    expect(await addReceivedProfile(g, other, {}, database)).toBe('duplicate');
    expect(await aliasesIn(g)).toStrictEqual(['Camille', 'Dominique', 'Sacha']);
    const ids = (await database.receivedProfiles.toArray()).map((p) => p.id).sort();
    expect(ids).toStrictEqual([
      `${g}|0123456789abcdef`,
      `${g}|0123456789abcdef|2`,
      `${g}|0123456789abcdef|3`,
    ]);
  });

  it('does the same for a batch of files', async () => {
    const g = await createGroup('Atelier', {}, database);
    await addReceivedProfile(g, snapshot(), {}, database);
    expect(
      await addReceivedProfiles(
        g,
        [snapshot(), other, other, snapshot({ id: 'ffffffffffffffff' })],
        database,
      ),
    ).toStrictEqual({
      added: 2,
      duplicates: 2,
    });
    expect(await aliasesIn(g)).toStrictEqual(['Camille', 'Camille', 'Dominique']);
  });

  it('keeps the same snapshot in two groups', async () => {
    const a = await createGroup('A', {}, database);
    const b = await createGroup('B', {}, database);
    expect(await addReceivedProfile(a, snapshot(), {}, database)).toBe('added');
    expect(await addReceivedProfile(b, snapshot(), {}, database)).toBe('added');
  });
});

describe("a workshop's collecting group", () => {
  it('is created again, empty, when it was deleted, and results can be kept in it again', async () => {
    await createWorkshop(workshop, database);
    const first = await ensureWorkshopGroup(workshop.id, database);
    expect(first).toBeDefined();
    await addReceivedProfile(first ?? '', snapshot({ workshopId: workshop.id }), {}, database);
    await deleteGroup(first ?? '', database);

    const again = await ensureWorkshopGroup(workshop.id, database);
    expect(again).toBeDefined();
    expect(again).not.toBe(first);
    expect(await database.groups.get(again ?? '')).toMatchObject({
      name: workshop.title,
      anonymous: true,
      workshopId: workshop.id,
    });
    expect(await aliasesIn(again ?? '')).toStrictEqual([]);
    expect(await addReceivedProfile(again ?? '', snapshot({ workshopId: workshop.id }), {}, database)).toBe(
      'added',
    );
    expect(await ensureWorkshopGroup(workshop.id, database)).toBe(again);
    expect(await database.groups.count()).toBe(1);
  });

  it('is none for an unknown workshop, and nothing is created', async () => {
    expect(await ensureWorkshopGroup('inconnu', database)).toBeUndefined();
    expect(await database.groups.count()).toBe(0);
  });
});

describe('names are cleaned where they are stored', () => {
  it('stores group names and workshop titles without control, bidi-override or invisible characters', async () => {
    const g = await createGroup('\u202EAtelier\u0000 \u200Bnord ', {}, database);
    expect((await database.groups.get(g))?.name).toBe('Atelier nord');
    await renameGroup(g, 'Sud\u0007\u2066', database);
    expect((await database.groups.get(g))?.name).toBe('Sud');
    await createWorkshop({ ...workshop, title: '\u202DPostures\u200B\u001B' }, database);
    expect((await database.workshops.get(workshop.id))?.title).toBe('Postures');
    const collecting = await ensureWorkshopGroup(workshop.id, database);
    expect((await database.groups.get(collecting ?? ''))?.name).toBe('Postures');
  });

  it.each([
    ['a group', () => createGroup('\u200B\u202E ', {}, database)],
    ['a workshop', () => createWorkshop({ ...workshop, title: '\u2060\u200D' }, database)],
  ])('refuses %s whose name has nothing visible, storing nothing', async (_, create) => {
    await expect(create()).rejects.toThrow(RangeError);
    expect(await database.groups.count()).toBe(0);
    expect(await database.workshops.count()).toBe(0);
  });
});
