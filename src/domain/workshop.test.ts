import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, inviteLink, type Workshop } from './workshop';

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
    expect(decodeInvite(inviteLink('https://example.org', w))).toEqual(expected);
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
