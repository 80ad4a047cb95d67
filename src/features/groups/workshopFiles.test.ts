import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_FILE_BYTES, profileFile } from '../../domain/exchange/profileFile';
import { BACKUP_FORMAT } from '../../domain/exchange/backup';
import { buildSnapshot } from '../../test/builders';
import { sortWorkshopFiles, type ChosenFile } from './workshopFiles';

/** A file whose stream gives its bytes in chunks, each asked for when the reader wants it. */
function chunked(name: string, chunks: () => Iterator<Uint8Array>): ChosenFile {
  return {
    name,
    stream: () => {
      const source = chunks();
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = source.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
    },
  };
}

const file = (name: string, text: string): ChosenFile =>
  chunked(name, () => [new TextEncoder().encode(text)][Symbol.iterator]());

describe('sortWorkshopFiles', () => {
  it('keeps the results for this workshop or for none, and says why each other file is refused', async () => {
    const mine = buildSnapshot({ id: 'aaaaaaaaaaaaaaaa', workshopId: 'w1' });
    const unaddressed = buildSnapshot({ id: 'bbbbbbbbbbbbbbbb' });
    const sorted = await sortWorkshopFiles(
      [
        file('ana.json', profileFile(mine)),
        file('ailleurs.json', profileFile(buildSnapshot({ id: 'cccccccccccccccc', workshopId: 'w2' }))),
        file('sauvegarde.json', JSON.stringify({ format: BACKUP_FORMAT })),
        file('coupe.json', '{"format": "quel-dev'),
        file('enorme.json', ' '.repeat(MAX_PROFILE_FILE_BYTES + 1)),
        file('bob.json', profileFile(unaddressed)),
      ],
      'w1',
    );
    expect(sorted.snapshots.map((s) => s.id)).toEqual([mine.id, unaddressed.id]);
    expect(sorted.refusals).toEqual([
      { file: 'ailleurs.json', kind: 'other-workshop', workshopId: 'w2' },
      { file: 'sauvegarde.json', kind: 'backup' },
      { file: 'coupe.json', kind: 'unreadable', reason: 'not-json' },
      { file: 'enorme.json', kind: 'unreadable', reason: 'too-large' },
    ]);
  });

  it('stops reading a file once it is too large to be a result', async () => {
    const chunk = new Uint8Array(64 * 1024);
    let read = 0;
    const video = chunked('video.mp4', function* () {
      // A hundred times the largest result.
      for (let i = 0; i < (MAX_PROFILE_FILE_BYTES * 100) / chunk.byteLength; i++) {
        read += chunk.byteLength;
        yield chunk;
      }
    });
    const sorted = await sortWorkshopFiles([video], 'w1');
    expect(sorted.refusals).toEqual([{ file: 'video.mp4', kind: 'unreadable', reason: 'too-large' }]);
    // Read no further than the limit and the chunk that passed it (and one the stream may ask ahead).
    expect(read).toBeLessThanOrEqual(MAX_PROFILE_FILE_BYTES + 2 * chunk.byteLength);
  });

  it('refuses a file that cannot be read to its end, and keeps the others', async () => {
    const kept = buildSnapshot({ id: 'eeeeeeeeeeeeeeee' });
    const gone: ChosenFile = {
      name: 'deplace.json',
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.error(new DOMException('The file has moved', 'NotReadableError'));
          },
        }),
    };
    const sorted = await sortWorkshopFiles([gone, file('ana.json', profileFile(kept))], 'w1');
    expect(sorted.snapshots.map((s) => s.id)).toEqual([kept.id]);
    expect(sorted.refusals).toEqual([{ file: 'deplace.json', kind: 'unreadable', reason: 'not-json' }]);
  });

  it('reads a result given in several chunks, a character cut between two of them included', async () => {
    const snapshot = buildSnapshot({ id: 'dddddddddddddddd', alias: 'Zoé' });
    const bytes = new TextEncoder().encode(profileFile(snapshot));
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of « é »
    const sorted = await sortWorkshopFiles(
      [chunked('zoe.json', () => [bytes.slice(0, cut), bytes.slice(cut)][Symbol.iterator]())],
      'w1',
    );
    expect(sorted.snapshots.map((s) => s.alias)).toEqual(['Zoé']);
  });

  it('asks for every file at once and keeps the order chosen, whichever read ends first', async () => {
    const snapshots = ['1111111111111111', '2222222222222222', '3333333333333333'].map((id) =>
      buildSnapshot({ id }),
    );
    const pending: (() => void)[] = [];
    const files = snapshots.map((snapshot, index): ChosenFile => ({
      name: `${index}.json`,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            pending.push(() => {
              controller.enqueue(new TextEncoder().encode(profileFile(snapshot)));
              controller.close();
            });
          },
        }),
    }));
    const sorting = sortWorkshopFiles(files, 'w1');
    // All three reads are under way before any has ended.
    expect(pending).toHaveLength(3);
    for (const end of [...pending].reverse()) end();
    expect((await sorting).snapshots.map((s) => s.id)).toEqual(snapshots.map((s) => s.id));
  });
});
