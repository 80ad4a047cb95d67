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
  /** `${groupId}|${snapshot.id}`: the same snapshot twice in a group is one row. */
  readonly id: string;
  readonly groupId: string;
  readonly receivedAt: number;
  readonly snapshot: ProfileSnapshot;
  /** True when it is the person's own profile, added from one of their bilans. */
  readonly own?: boolean;
}

export function receivedKey(groupId: string, snapshotId: string): string {
  return `${groupId}|${snapshotId}`;
}
