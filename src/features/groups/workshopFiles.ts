// Sorts the result files a trainer chose for a workshop: the results it can add, and for each file it
// cannot, why (too large, sent to another workshop, a backup, unreadable). Pure: WorkshopPage.tsx reads
// the files, adds the results and words the refusals.
import {
  MAX_PROFILE_FILE_BYTES,
  parseWorkshopResultFile,
  type ProfileFileError,
} from '../../domain/exchange/profileFile';
import type { ProfileSnapshot } from '../../domain/exchange/snapshot';

export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly text: () => Promise<string>;
}

export type Refusal =
  | { readonly file: string; readonly kind: 'other-workshop'; readonly workshopId: string }
  | { readonly file: string; readonly kind: 'backup' }
  | {
      readonly file: string;
      readonly kind: 'unreadable';
      readonly reason: Exclude<ProfileFileError, 'backup'>;
    };

export interface SortedFiles {
  readonly snapshots: readonly ProfileSnapshot[];
  readonly refusals: readonly Refusal[];
}

/**
 * Reads each file (unless it is too large to be a result) and sorts it, in the order chosen. The files
 * are read all at once, not one after the other: each read is a round trip to the browser.
 */
export async function sortWorkshopFiles(
  files: readonly ChosenFile[],
  workshopId: string,
): Promise<SortedFiles> {
  const snapshots: ProfileSnapshot[] = [];
  const refusals: Refusal[] = [];
  const texts = await Promise.all(
    files.map((file) => (file.size > MAX_PROFILE_FILE_BYTES ? null : file.text())),
  );
  for (const [index, file] of files.entries()) {
    const text = texts[index];
    if (text === null || text === undefined) {
      refusals.push({ file: file.name, kind: 'unreadable', reason: 'too-large' });
      continue;
    }
    const result = parseWorkshopResultFile(text, workshopId);
    if (result.ok) snapshots.push(result.snapshot);
    else if (result.error === 'other-workshop')
      refusals.push({ file: file.name, kind: 'other-workshop', workshopId: result.workshopId });
    else if (result.error === 'backup') refusals.push({ file: file.name, kind: 'backup' });
    else refusals.push({ file: file.name, kind: 'unreadable', reason: result.error });
  }
  return { snapshots, refusals };
}
