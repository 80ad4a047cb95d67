// Owns writes to peer groups, the profiles received into them, and trainer workshops (each with its group).
import type { ProfileSnapshot } from '../domain/exchange/snapshot';
import { placeReceived, type PeerGroup, type ReceivedProfile } from '../domain/group';
import { cleanName } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { db, type AppDatabase } from './database';

/** A group name or workshop title as stored (cleanName); the UI refuses one that cleans to nothing. */
function storedName(name: string): string {
  const clean = cleanName(name);
  if (clean === '') throw new RangeError('A name needs at least one visible character');
  return clean;
}

export async function createGroup(
  name: string,
  options: { anonymous?: boolean; workshopId?: string } = {},
  database: AppDatabase = db,
): Promise<string> {
  const id = crypto.randomUUID();
  await database.groups.add({
    id,
    name: storedName(name),
    anonymous: options.anonymous ?? false,
    createdAt: Date.now(),
    ...(options.workshopId ? { workshopId: options.workshopId } : {}),
  });
  return id;
}

export async function renameGroup(id: string, name: string, database: AppDatabase = db): Promise<void> {
  await database.groups.update(id, { name: storedName(name) });
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

/**
 * Keeps a received profile in a group. The same snapshot twice (same id, same content) is recognised
 * and not duplicated; one that reuses an id with other content is kept as another profile.
 */
export async function addReceivedProfile(
  groupId: string,
  snapshot: ProfileSnapshot,
  options: { own?: boolean } = {},
  database: AppDatabase = db,
): Promise<'added' | 'duplicate'> {
  return database.transaction('rw', database.receivedProfiles, database.groups, async () => {
    if (!(await database.groups.get(groupId))) throw new Error(`No group ${groupId}`);
    const sameId = await database.receivedProfiles
      .where('groupId')
      .equals(groupId)
      .filter((p) => p.snapshot.id === snapshot.id)
      .toArray();
    const place = placeReceived(groupId, snapshot, sameId);
    if (place.duplicate) return 'duplicate';
    await database.receivedProfiles.add({
      id: place.id,
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
    const held: ReceivedProfile[] = await database.receivedProfiles
      .where('groupId')
      .equals(groupId)
      .toArray();
    const now = Date.now();
    const rows: ReceivedProfile[] = [];
    for (const snapshot of snapshots) {
      const place = placeReceived(groupId, snapshot, held);
      if (place.duplicate) continue;
      const row = { id: place.id, groupId, snapshot, receivedAt: now };
      held.push(row);
      rows.push(row);
    }
    await database.receivedProfiles.bulkAdd(rows);
    return { added: rows.length, duplicates: snapshots.length - rows.length };
  });
}

export async function removeReceivedProfile(id: string, database: AppDatabase = db): Promise<void> {
  await database.receivedProfiles.delete(id);
}

/** The group that collects a workshop's results, as a new row. */
const collectingGroup = (workshop: Workshop, now: number): PeerGroup => ({
  id: crypto.randomUUID(),
  name: workshop.title,
  anonymous: workshop.anonymous,
  workshopId: workshop.id,
  createdAt: now,
});

/** A workshop and the group that collects its results, created together. */
export async function createWorkshop(
  workshop: Omit<Workshop, 'createdAt'>,
  database: AppDatabase = db,
): Promise<void> {
  const stored: Workshop = { ...workshop, title: storedName(workshop.title), createdAt: Date.now() };
  await database.transaction('rw', database.workshops, database.groups, async () => {
    await database.workshops.add(stored);
    await database.groups.add(collectingGroup(stored, stored.createdAt));
  });
}

/**
 * The group collecting a workshop's results, created again (empty) when it was deleted: a workshop
 * always has one, so its page and the results sent to it keep working. Undefined for an unknown workshop.
 */
export async function ensureWorkshopGroup(
  workshopId: string,
  database: AppDatabase = db,
): Promise<string | undefined> {
  return database.transaction('rw', database.workshops, database.groups, async () => {
    const workshop = await database.workshops.get(workshopId);
    if (!workshop) return undefined;
    const group = await database.groups.where('workshopId').equals(workshopId).first();
    if (group) return group.id;
    const created = collectingGroup(workshop, Date.now());
    await database.groups.add(created);
    return created.id;
  });
}

/** Sets how many participants a workshop expects; undefined forgets it. */
export async function setWorkshopExpected(
  id: string,
  expected: number | undefined,
  database: AppDatabase = db,
): Promise<void> {
  await database.workshops.update(id, { expected });
}

/** Remembers that a live workshop's room was cleared from the relay: its page no longer connects. */
export async function setWorkshopLiveCleared(id: string, database: AppDatabase = db): Promise<void> {
  await database.transaction('rw', database.workshops, async () => {
    const live = (await database.workshops.get(id))?.live;
    if (live) await database.workshops.update(id, { live: { ...live, cleared: true } });
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
