import { describe, expect, it } from 'vitest';
import { decodeInvite } from '../domain/workshop';
import { decodeShareCode, encodeShareCode } from '../domain/exchange/shareCode';
import { buildSnapshot } from '../test/builders';
import { href } from 'react-router';
import { links, paths } from './paths';

const snapshot = buildSnapshot();

describe('paths', () => {
  it('builds every link from the pattern the router matches', () => {
    expect(paths.bilan('b1')).toBe('/bilans/b1');
    expect(paths.questionnaire('b1', 'animation')).toBe('/bilans/b1/grille/animation');
    expect(paths.instrument('b1', 'acrobat')).toBe('/bilans/b1/acrobate');
    expect(paths.instrument('b1', 'grid')).toBe('/bilans/b1/grille/strategie');
    expect(paths.profile('b1', 'postures')).toBe('/bilans/b1/profil#postures');
    expect(paths.compare('a b', 'c')).toBe('/comparer?avant=a+b&apres=c');
    expect(paths.workshop('w1')).toBe('/ateliers/w1');
  });

  it('names a page only by a path that app/routes.tsx declares, with its parameters', () => {
    // @ts-expect-error: no page has this path
    expect(href('/nulle-part')).toBe('/nulle-part');
    // @ts-expect-error: a bilan's page needs its id
    expect(() => href('/bilans/:id')).toThrow(/requires param 'id'/);
    expect(href('/bilans/:id/grille/:macro?', { id: 'b1' })).toBe('/bilans/b1/grille');
  });

  it('resumes where the person left off, or at the bilan for an unknown page', () => {
    expect(paths.resume('b1', 'grille/animation')).toBe('/bilans/b1/grille/animation');
    expect(paths.resume('b1', 'temps')).toBe('/bilans/b1/temps');
    expect(paths.resume('b1', 'grille/nulle-part')).toBe('/bilans/b1');
    expect(paths.resume('b1', 'temps/extra')).toBe('/bilans/b1');
    expect(paths.resume('b1', undefined)).toBe('/bilans/b1');
  });
});

describe('links', () => {
  it('writes a share link the receiving page reads back, with or without a trailing slash', async () => {
    const code = await encodeShareCode(snapshot);
    for (const origin of ['https://example.org', 'https://example.org/']) {
      const link = links.share(origin, code);
      expect(link).toBe(`https://example.org/recevoir#p=${code}`);
      expect(await decodeShareCode(link)).toStrictEqual({ ok: true, snapshot });
    }
  });

  it('writes an invitation link on the join page', () => {
    expect(links.invite('https://example.org/', 'abc')).toBe('https://example.org/atelier#i=abc');
    expect(decodeInvite(links.invite('https://example.org', 'abc'))).toBeNull();
  });
});
