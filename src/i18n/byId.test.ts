import { describe, expect, it } from 'vitest';
import i18n from './index';
import { byId } from './byId';

describe('translation keys', () => {
  it('reads a key chosen with a selector, in the default namespace or another one', () => {
    expect(i18n.t(($) => $.app.title, { lng: 'fr' })).toBe('Quel·le développeur·euse êtes-vous ?');
    expect(i18n.t(($) => $.direction.haut.label, { ns: 'postures', lng: 'en' })).toMatch(/\S/);
  });

  it('reads the wording of a content id, dots and all, through byId', () => {
    const id = 'competency.strategie.regulation.mediation';
    expect(i18n.t(($) => byId($, id, 'label'), { ns: 'content', lng: 'fr' })).toBe('Médiation');
  });

  it('refuses, at the typecheck, a key that no bundle has', () => {
    // @ts-expect-error: no bundle words `app.noSuchKey` (npm run check fails if this ever compiles).
    const missing = i18n.t(($) => $.app.noSuchKey, { lng: 'fr' });
    // At run time i18next shows the key itself, which is what the typecheck prevents.
    expect(missing).toBe('app.noSuchKey');
  });
});
