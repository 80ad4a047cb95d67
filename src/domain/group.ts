// Owns peer groups and the profiles received into them (snapshots shared by their owners).
import type { ProfileSnapshot } from './exchange/snapshot';

export interface PeerGroup {
  readonly id: string;
  name: string;
  /** Show P1…Pn instead of aliases, on screen and in exports. */
  anonymous: boolean;
  /** Set when the group collects a trainer's workshop results. */
  readonly workshopId?: string;
  readonly createdAt: number;
}

export interface ReceivedProfile {
  /**
   * `${groupId}|${snapshot.id}`: the same snapshot twice in a group is one row. Another profile that
   * reuses a snapshot id with other content is kept beside it, as `${groupId}|${snapshot.id}|2`, `|3`…
   */
  readonly id: string;
  readonly groupId: string;
  readonly receivedAt: number;
  readonly snapshot: ProfileSnapshot;
  /** True when it is the person's own profile, added from one of their bilans. */
  readonly own?: boolean;
}

export function receivedKey(groupId: string, snapshotId: string, copy = 1): string {
  return copy === 1 ? `${groupId}|${snapshotId}` : `${groupId}|${snapshotId}|${copy}`;
}

/** A value as JSON with its object keys sorted, so equal content gives equal text whatever the order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two snapshots hold the same content: alias, date, answers, notes, workshop. */
export function sameSnapshot(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Where a received snapshot goes in a group that holds `existing`: nowhere when a profile with the same
 * id holds the same content (the same link opened twice); otherwise the key of a new row. The sender's
 * id alone proves nothing: a profile that reuses it with other answers is another profile, kept too.
 */
export function placeReceived(
  groupId: string,
  snapshot: ProfileSnapshot,
  existing: readonly Pick<ReceivedProfile, 'id' | 'snapshot'>[],
): { duplicate: true } | { duplicate: false; id: string } {
  const sameId = existing.filter((p) => p.snapshot.id === snapshot.id);
  if (sameId.some((p) => sameSnapshot(p.snapshot, snapshot))) return { duplicate: true };
  const taken = new Set(sameId.map((p) => p.id));
  let copy = 1;
  while (taken.has(receivedKey(groupId, snapshot.id, copy))) copy++;
  return { duplicate: false, id: receivedKey(groupId, snapshot.id, copy) };
}
