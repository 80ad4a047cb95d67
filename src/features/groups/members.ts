// Turns received profiles into group members the synthesis and the CSV read. A received profile gives
// the same member each time it is asked for, so that its whole profile, computed for the group's page,
// serves the projection too (memberProfile).
import { snapshotToAnswers } from '../../domain/exchange/snapshot';
import type { ReceivedProfile } from '../../domain/group';
import type { GroupMember } from '../../domain/scoring/group';

const asMembers = new WeakMap<ReceivedProfile, GroupMember>();

export function toMembers(profiles: readonly ReceivedProfile[]): GroupMember[] {
  return profiles.map((p) => {
    let member = asMembers.get(p);
    if (!member) {
      member = { id: p.id, alias: p.snapshot.alias, ...snapshotToAnswers(p.snapshot) };
      asMembers.set(p, member);
    }
    return member;
  });
}
