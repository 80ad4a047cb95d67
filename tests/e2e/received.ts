// Profiles as other people send them: snapshots made the way the app makes them, and their .json files.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSnapshot, type ProfileSnapshot } from '../../src/domain/exchange/snapshot';
import { profileFile } from '../../src/domain/exchange/profileFile';

/** Person `i`'s snapshot (its id made from `i`) with the given posture values and options. */
export function snapshot(
  i: number,
  alias: string,
  values: Record<string, unknown>,
  extra: Partial<Parameters<typeof buildSnapshot>[0]> = {},
): ProfileSnapshot {
  return buildSnapshot({
    responses: {},
    values: values as Parameters<typeof buildSnapshot>[0]['values'],
    alias,
    includeNotes: false,
    now: Date.now(),
    contentVersion: 1,
    randomId: () => `${(i + 1).toString(16).padStart(2, '0')}00000000000000`,
    ...extra,
  });
}

/** Each snapshot as a profile file `p1.json`, `p2.json`… in `dir`; their paths. */
export async function writeFiles(dir: string, snapshots: readonly ProfileSnapshot[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    snapshots.map(async (s, i) => {
      const path = join(dir, `p${i + 1}.json`);
      await writeFile(path, profileFile(s));
      return path;
    }),
  );
}
