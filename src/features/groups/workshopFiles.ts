// Sorts the result files a trainer chose for a workshop: the results it can add, and for each file it
// cannot, why (too large, sent to another workshop, a backup, unreadable). Pure: WorkshopPage.tsx reads
// the files, adds the results and words the refusals.
import {
  MAX_PROFILE_FILE_BYTES,
  parseWorkshopResultFile,
  type ProfileFileError,
} from '../../domain/exchange/profileFile';
import type { ProfileSnapshot } from '../../domain/exchange/snapshot';

/** A chosen file, as the page's file input gives it. */
export interface ChosenFile {
  readonly name: string;
  readonly stream: () => ReadableStream<Uint8Array>;
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
 * A file's text, or null past `max` bytes: the read stops there, so a large file is never held whole.
 * The file's size is not asked for: for a chosen file, that is a round trip to the browser the page
 * waits for (170 ms for two hundred files on our machine), where starting to read it is not.
 */
async function textUpTo(file: ChosenFile, max: number): Promise<string | null> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > max) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Reads each file (up to the size a result can have) and sorts it, in the order chosen. The files are
 * read all at once, not one after the other: each read is a round trip to the browser. Each is checked
 * as soon as its text arrives, while the others are still on their way.
 */
export async function sortWorkshopFiles(
  files: readonly ChosenFile[],
  workshopId: string,
): Promise<SortedFiles> {
  const sorted = await Promise.all(
    files.map(async (file) => {
      // A file that cannot be read to its end (moved or deleted since it was chosen) is unreadable.
      const text = await textUpTo(file, MAX_PROFILE_FILE_BYTES).catch(() => undefined);
      if (text === undefined) return { ok: false, error: 'not-json' } as const;
      return text === null ? null : parseWorkshopResultFile(text, workshopId);
    }),
  );
  const snapshots: ProfileSnapshot[] = [];
  const refusals: Refusal[] = [];
  for (const [index, file] of files.entries()) {
    const result = sorted[index];
    if (!result) refusals.push({ file: file.name, kind: 'unreadable', reason: 'too-large' });
    else if (result.ok) snapshots.push(result.snapshot);
    else if (result.error === 'other-workshop')
      refusals.push({ file: file.name, kind: 'other-workshop', workshopId: result.workshopId });
    else if (result.error === 'backup') refusals.push({ file: file.name, kind: 'backup' });
    else refusals.push({ file: file.name, kind: 'unreadable', reason: result.error });
  }
  return { snapshots, refusals };
}
