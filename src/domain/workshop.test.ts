/// <reference types="node" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './dates';
import { cleanName } from './text';
import {
  decodeInvite,
  encodeInvite,
  workshopDraftErrors,
  type Workshop,
  type WorkshopDraft,
} from './workshop';

function buildWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: 'a1b2c3d4e5f6',
    title: 'Atelier postures — DSU Grand Est',
    date: '2026-12-03',
    instruments: ['acrobat', 'situations'],
    anonymous: true,
    createdAt: 0,
    ...overrides,
  };
}

describe('workshop invitations', () => {
  it('round-trip through a code and through a whole link, accents included', () => {
    const w = buildWorkshop({ title: 'Équipe « Cohésion » à Nancy' });
    const expected = {
      v: 1,
      id: w.id,
      title: w.title,
      date: w.date,
      instruments: w.instruments,
      anonymous: true,
    };
    expect(decodeInvite(encodeInvite(w))).toEqual(expected);
    expect(decodeInvite(`https://example.org/atelier#i=${encodeInvite(w)}`)).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc$%'],
    ['truncated', encodeInvite(buildWorkshop()).slice(0, 20)],
    ['foreign JSON', btoa('{"hello":"world"}')],
    [
      'unknown instrument',
      btoa(
        JSON.stringify({
          ...JSON.parse('{}'),
          v: 1,
          id: 'x',
          title: 't',
          date: '2026-01-01',
          instruments: ['tarot'],
          anonymous: false,
        }),
      ),
    ],
    [
      'no instrument',
      btoa(
        JSON.stringify({ v: 1, id: 'x', title: 't', date: '2026-01-01', instruments: [], anonymous: false }),
      ),
    ],
    [
      'future version',
      btoa(
        JSON.stringify({
          v: 2,
          id: 'x',
          title: 't',
          date: '2026-01-01',
          instruments: ['grid'],
          anonymous: false,
        }),
      ),
    ],
    ['too long', 'A'.repeat(5000)],
  ])('refuses %s', (_name, code) => {
    expect(decodeInvite(code.replace(/=+$/, ''))).toBeNull();
  });
});

/** A join code as a link carries it: base64url of the invitation's JSON. */
function codeOf(invite: object): string {
  const bytes = new TextEncoder().encode(JSON.stringify(invite));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const invite = {
  v: 1,
  id: 'abc123',
  title: 'Atelier',
  date: '2026-03-12',
  instruments: ['grid'],
  anonymous: false,
};

describe('live workshop invitations', () => {
  const live = { room: 'AAAAAAAAAAAAAAAAAAAAAA', key: 'B'.repeat(87) };

  it('carry the room and its public key after #, never the private key; a link without them reads as before', () => {
    const link = `https://example.org/atelier#i=${encodeInvite(buildWorkshop({ live: { ...live, secret: 'S'.repeat(184) } }))}`;
    expect(link).not.toContain('SSSS');
    expect(decodeInvite(link)?.live).toEqual(live);
    expect(decodeInvite(encodeInvite(buildWorkshop()))).not.toHaveProperty('live');
  });

  it('leave out a room the trainer cleared from the relay', () => {
    expect(
      decodeInvite(
        encodeInvite(buildWorkshop({ live: { ...live, secret: 'S'.repeat(184), cleared: true } })),
      ),
    ).not.toHaveProperty('live');
  });

  it('refuse a link whose room or key is malformed', () => {
    for (const bad of [{ ...live, room: 'short' }, { ...live, key: 'x' }, { room: live.room }]) {
      const code = Buffer.from(
        JSON.stringify({
          ...JSON.parse(Buffer.from(encodeInvite(buildWorkshop()), 'base64url').toString()),
          live: bad,
        }),
      ).toString('base64url');
      expect(decodeInvite(code)).toBeNull();
    }
  });
});

describe('invitation dates and instruments', () => {
  it.each(['2026-13-45', '0000-00-00', '2026-02-30', ''])('refuses an invitation dated %j', (date) => {
    expect(decodeInvite(codeOf({ ...invite, date }))).toBeNull();
  });

  it('refuses any invitation whose date is not a real day, and reads any that is', () => {
    const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), twoDigits, twoDigits, (year, month, day) => {
        const date = `${String(year).padStart(4, '0')}-${month}-${day}`;
        expect(decodeInvite(codeOf({ ...invite, date }))?.date ?? null).toBe(
          isCalendarDate(date) ? date : null,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an instrument listed twice', () => {
    expect(decodeInvite(codeOf({ ...invite, instruments: Array(6).fill('grid') }))).toBeNull();
    expect(decodeInvite(codeOf({ ...invite, instruments: ['grid', 'acrobat', 'grid'] }))).toBeNull();
    expect(decodeInvite(codeOf({ ...invite, instruments: ['grid', 'acrobat'] }))?.instruments).toEqual([
      'grid',
      'acrobat',
    ]);
  });
});

describe('workshopDraftErrors', () => {
  const draft: WorkshopDraft = {
    title: 'Atelier',
    date: '2026-03-12',
    instruments: ['grid'],
    anonymous: true,
  };

  it('finds nothing wrong in a workshop that can be created', () => {
    expect(workshopDraftErrors(draft)).toEqual({});
  });

  it.each<[string, Partial<WorkshopDraft>, ReturnType<typeof workshopDraftErrors>]>([
    ['an empty date field', { date: '' }, { date: true }],
    ['a five-digit year', { date: '20266-01-01' }, { date: true }],
    ['an impossible day', { date: '2026-02-29' }, { date: true }],
    ['a blank title', { title: '   ' }, { title: true }],
    ['no instrument', { instruments: [] }, { instruments: true }],
    ['an instrument twice', { instruments: ['grid', 'grid'] }, { instruments: true }],
    ['a blank title and no date', { title: '', date: '' }, { title: true, date: true }],
  ])('names the field wrong for %s', (_name, change, errors) => {
    expect(workshopDraftErrors({ ...draft, ...change })).toEqual(errors);
  });
});

describe('workshop titles', () => {
  const draft: WorkshopDraft = {
    title: 'Atelier',
    date: '2026-03-12',
    instruments: ['grid'],
    anonymous: true,
  };

  it.each([
    ['a right-to-left override', '\u202Eelytsnoc\u202C', 'elytsnoc'],
    ['zero-width spaces around', '\u200B Atelier\u200B postures \uFEFF', 'Atelier postures'],
    ['control characters', 'Ate\u0000li\u0007er\u001B', 'Atelier'],
    ['a line break', 'Atelier\n2026', 'Atelier 2026'],
  ])('a join link titled with %s is read with the title cleaned', (_name, title, shown) => {
    expect(decodeInvite(codeOf({ ...invite, title }))?.title).toBe(shown);
  });

  it.each([
    ['zero-width spaces only', '\u200B\u200B\u200B'],
    ['bidi overrides only', '\u202E\u202D\u2066\u2069'],
    ['control characters only', '\u0000\u0007\u001B'],
    ['a Hangul filler', '\u3164'],
  ])('a join link titled with %s is refused', (_name, title) => {
    expect(decodeInvite(codeOf({ ...invite, title }))).toBeNull();
    expect(workshopDraftErrors({ ...draft, title })).toEqual({ title: true });
  });

  it('any title: read as cleanName gives it when something visible is left, refused otherwise', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '\u202E',
        '\u202D',
        '\u2066',
        '\u200B',
        '\u200D',
        '\uFEFF',
        '\u0000',
        '\u001B',
        ' ',
        '\u3164',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const title = pieces.join('');
        const clean = cleanName(title);
        const read = decodeInvite(codeOf({ ...invite, title }));
        if (clean === '' || clean.length > 120) {
          expect(read).toBeNull();
          expect(workshopDraftErrors({ ...draft, title })).toEqual({ title: true });
        } else {
          expect(read?.title).toBe(clean);
          expect(workshopDraftErrors({ ...draft, title })).toEqual({});
        }
      }),
      { numRuns: 1000 },
    );
  });
});
