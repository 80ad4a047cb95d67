// Turns received profiles into group members the synthesis and the CSV read.
import { snapshotToAnswers } from '../../domain/exchange/snapshot';
import type { ReceivedProfile } from '../../domain/group';
import type { GroupMember } from '../../domain/scoring/group';

export function toMembers(profiles: readonly ReceivedProfile[]): GroupMember[] {
  return profiles.map((p) => ({ id: p.id, alias: p.snapshot.alias, ...snapshotToAnswers(p.snapshot) }));
}
