// Owns writes to peer groups, the profiles received into them, and trainer workshops (each with its group).
import type { ProfileSnapshot } from '../domain/exchange/snapshot';
import { receivedKey } from '../domain/group';
import type { Workshop } from '../domain/workshop';
import { db, type AppDatabase } from './database';

export async function createGroup(
  name: string,
  options: { anonymous?: boolean; workshopId?: string } = {},
  database: AppDatabase = db,
): Promise<string> {
  const id = crypto.randomUUID();
  await database.groups.add({
    id,
    name,
    anonymous: options.anonymous ?? false,
    createdAt: Date.now(),
    ...(options.workshopId ? { workshopId: options.workshopId } : {}),
  });
  return id;
}

export async function renameGroup(id: string, name: string, database: AppDatabase = db): Promise<void> {
  await database.groups.update(id, { name });
}

export async function setGroupAnonymous(
  id: string,
  anonymous: boolean,
  database: AppDatabase = db,
): Promise<void> {
  await database.groups.update(id, { anonymous });
}

export async function deleteGroup(id: string, database: AppDatabase = db): Promise<void> {
  await database.transaction('rw', database.groups, database.receivedProfiles, async () => {
    await database.receivedProfiles.where('groupId').equals(id).delete();
    await database.groups.delete(id);
  });
}

/** Keeps a received profile in a group; the same snapshot twice is recognised and not duplicated. */
export async function addReceivedProfile(
  groupId: string,
  snapshot: ProfileSnapshot,
  options: { own?: boolean } = {},
  database: AppDatabase = db,
): Promise<'added' | 'duplicate'> {
  return database.transaction('rw', database.receivedProfiles, database.groups, async () => {
    if (!(await database.groups.get(groupId))) throw new Error(`No group ${groupId}`);
    const id = receivedKey(groupId, snapshot.id);
    if (await database.receivedProfiles.get(id)) return 'duplicate';
    await database.receivedProfiles.add({
      id,
      groupId,
      snapshot,
      receivedAt: Date.now(),
      ...(options.own ? { own: true } : {}),
    });
    return 'added';
  });
}

/** Many snapshots at once (a trainer's batch of files): all or nothing, duplicates skipped. */
export async function addReceivedProfiles(
  groupId: string,
  snapshots: readonly ProfileSnapshot[],
  database: AppDatabase = db,
): Promise<{ added: number; duplicates: number }> {
  return database.transaction('rw', database.receivedProfiles, async () => {
    const seen = new Set(
      (await database.receivedProfiles.where('groupId').equals(groupId).primaryKeys()) as string[],
    );
    const now = Date.now();
    const rows = [];
    for (const snapshot of snapshots) {
      const id = receivedKey(groupId, snapshot.id);
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({ id, groupId, snapshot, receivedAt: now });
    }
    await database.receivedProfiles.bulkAdd(rows);
    return { added: rows.length, duplicates: snapshots.length - rows.length };
  });
}

export async function removeReceivedProfile(id: string, database: AppDatabase = db): Promise<void> {
  await database.receivedProfiles.delete(id);
}

/** A workshop and the group that collects its results, created together. */
export async function createWorkshop(
  workshop: Omit<Workshop, 'createdAt'>,
  database: AppDatabase = db,
): Promise<void> {
  await database.transaction('rw', database.workshops, database.groups, async () => {
    const now = Date.now();
    await database.workshops.add({ ...workshop, createdAt: now });
    await database.groups.add({
      id: crypto.randomUUID(),
      name: workshop.title,
      anonymous: workshop.anonymous,
      workshopId: workshop.id,
      createdAt: now,
    });
  });
}

export async function deleteWorkshop(id: string, database: AppDatabase = db): Promise<void> {
  await database.transaction(
    'rw',
    database.workshops,
    database.groups,
    database.receivedProfiles,
    async () => {
      const groups = await database.groups.where('workshopId').equals(id).toArray();
      for (const g of groups) await database.receivedProfiles.where('groupId').equals(g.id).delete();
      await database.groups.where('workshopId').equals(id).delete();
      await database.workshops.delete(id);
    },
  );
}

/** The group collecting a workshop's results. */
export async function groupOfWorkshop(
  workshopId: string,
  database: AppDatabase = db,
): Promise<string | undefined> {
  return (await database.groups.where('workshopId').equals(workshopId).first())?.id;
}
