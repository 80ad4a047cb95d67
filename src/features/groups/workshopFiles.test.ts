import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_FILE_BYTES, profileFile } from '../../domain/exchange/profileFile';
import { BACKUP_FORMAT } from '../../domain/exchange/backup';
import { buildSnapshot } from '../../test/builders';
import { sortWorkshopFiles, type ChosenFile } from './workshopFiles';

const file = (name: string, text: string, size = text.length): ChosenFile => ({
  name,
  size,
  text: () => Promise.resolve(text),
});

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
        file('enorme.json', '{}', MAX_PROFILE_FILE_BYTES + 1),
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

  it('does not read a file too large to be a result', async () => {
    let read = false;
    const big: ChosenFile = {
      name: 'video.mp4',
      size: MAX_PROFILE_FILE_BYTES * 100,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    };
    await sortWorkshopFiles([big], 'w1');
    expect(read).toBe(false);
  });

  it('asks for every file at once and keeps the order chosen, whichever read ends first', async () => {
    const snapshots = ['1111111111111111', '2222222222222222', '3333333333333333'].map((id) =>
      buildSnapshot({ id }),
    );
    const pending: (() => void)[] = [];
    const files = snapshots.map((snapshot, index): ChosenFile => {
      const text = profileFile(snapshot);
      return {
        name: `${index}.json`,
        size: text.length,
        text: () => new Promise((resolve) => pending.push(() => resolve(text))),
      };
    });
    const sorting = sortWorkshopFiles(files, 'w1');
    // All three reads are under way before any has ended.
    expect(pending).toHaveLength(3);
    for (const end of [...pending].reverse()) end();
    expect((await sorting).snapshots.map((s) => s.id)).toEqual(snapshots.map((s) => s.id));
  });
});
