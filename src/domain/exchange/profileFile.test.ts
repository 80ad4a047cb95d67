import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from './backup';
import {
  parseProfileFile,
  parseWorkshopResultFile,
  profileFile,
  profileFileName,
  PROFILE_FILE_FORMAT,
} from './profileFile';
import type { ProfileSnapshot } from './snapshot';
import { buildSnapshot } from '../../test/builders';

const snapshot = buildSnapshot;

describe('profile file', () => {
  it('reads back what it writes', () => {
    const s = snapshot({ workshopId: 'atelier-1' });
    expect(parseProfileFile(profileFile(s))).toStrictEqual({ ok: true, snapshot: s });
    expect(profileFileName(s)).toBe('profil-camille-012345.json');
  });

  it('shows an alias written with control, bidi-override or zero-width characters without them', () => {
    const text = profileFile(snapshot({ alias: '\u202Eelli\u200Bmac\u001B' }));
    expect(parseProfileFile(text)).toStrictEqual({ ok: true, snapshot: snapshot({ alias: 'ellimac' }) });
  });

  it.each<[string, string, string]>([
    ['a backup of the app', JSON.stringify({ format: BACKUP_FORMAT, version: 1, assessments: [] }), 'backup'],
    ['a backup of any version', JSON.stringify({ format: BACKUP_FORMAT, version: 99 }), 'backup'],
    ['another JSON file', JSON.stringify({ name: 'x' }), 'foreign'],
    ['JSON that is not an object', '[1, 2]', 'foreign'],
    ['text that is not JSON', 'profil: Camille', 'not-json'],
    [
      'a profile from a newer app',
      JSON.stringify({ format: PROFILE_FILE_FORMAT, snapshot: { ...snapshot(), version: 2 } }),
      'future-version',
    ],
    [
      'a profile whose alias is only invisible characters',
      profileFile(snapshot({ alias: '\u200B\u202E\u2060' })),
      'invalid',
    ],
    ['a profile with an unknown answer', profileFile(snapshot({ practice: { x: 1 } })), 'invalid'],
  ])('refuses %s, saying what it is', (_, text, error) => {
    expect(parseProfileFile(text)).toStrictEqual({ ok: false, error });
  });
});

describe('workshop result file', () => {
  it.each<[string, Partial<ProfileSnapshot>]>([
    ['a result sent to this workshop', { workshopId: 'atelier-mars' }],
    ['a profile shared outside any workshop', {}],
  ])('accepts %s', (_, o) => {
    const s = snapshot(o);
    expect(parseWorkshopResultFile(profileFile(s), 'atelier-mars')).toStrictEqual({ ok: true, snapshot: s });
  });

  it('refuses a result sent to another workshop, naming it', () => {
    const text = profileFile(snapshot({ workshopId: 'atelier-avril' }));
    expect(parseWorkshopResultFile(text, 'atelier-mars')).toStrictEqual({
      ok: false,
      error: 'other-workshop',
      workshopId: 'atelier-avril',
    });
  });

  it('says a backup is a backup', () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 2 });
    expect(parseWorkshopResultFile(text, 'atelier-mars')).toStrictEqual({ ok: false, error: 'backup' });
  });
});
