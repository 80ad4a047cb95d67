// Counts read as the language says them: no « (s) », and a number before a noun goes through i18next's
// plural rules (`_one` / `_other`, or the base key and `_other`), so « 1 profil », « 2 profils ».
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES } from './index';
import { resources } from './resources';

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Words that may follow a number without agreeing with it: units, prepositions, invariable nouns, and
 * numbers that are never 1 (a maximum of 8 profiles, a size in MB).
 */
const INVARIABLE = new Set([
  'sur',
  'of',
  'en',
  'et',
  'and',
  'ou',
  'or',
  'out',
  'o',
  'ko',
  'Mo',
  'Go',
  'B',
  'kB',
  'MB',
  'GB',
  'choix',
  'up',
  'down',
  'à',
  'to',
  'de',
  'min',
  'minutes',
  'secondes',
  's',
  'h',
  'sans',
  'fois',
  'unchanged',
]);
const NEVER_ONE = new Set(['pages.group.tooManySideBySide', 'pages.data.error.too-large']);
/** Interpolated values that are words, not numbers. */
const WORDS = new Set([
  'name',
  'label',
  'title',
  'postures',
  'list',
  'cell',
  'usage',
  'quota',
  'best',
  'asked',
  'date',
  'alias',
  'forces',
  'level',
  'file',
  'reason',
  'atEase',
  'lacking',
  'added',
  'duplicates',
  'refused',
  'grid',
  'approach',
]);
/** Numbers that name (« le tour 2 »), not count. */
const ORDINALS = new Set(['number', 'next']);
/** The source's own words, quoted as written (Epstein's table, docs/reference). */
const QUOTED = new Set(['pages.reperes.approach.neoConservatrice.realisations']);

describe.each(LANGUAGES)('plurals in %s', (lng) => {
  const all = NAMESPACES.flatMap((ns) =>
    entries((resources[lng] as Record<string, unknown>)[ns]).map(([k, v]) => [`${ns}.${k}`, v] as const),
  );
  const keys = new Set<string>(all.map(([k]) => k));
  const isPluralSet = (key: string) =>
    PLURAL_SUFFIX.test(key) || keys.has(`${key}_other`) || keys.has(`${key}_one`);

  it('hedges no plural with « (s) »', () => {
    const hedged = all.filter(([k, v]) => !QUOTED.has(k) && /\((s|e|es|x)\)/.test(v)).map(([k]) => k);
    expect(hedged).toEqual([]);
  });

  it('puts no other number before a noun without plural forms', () => {
    const bare = all
      .filter(([k, v]) => {
        if (isPluralSet(k) || NEVER_ONE.has(k)) return false;
        // The word a number governs: the first after it, past « sur {{total}} » and the like.
        return [...v.matchAll(/\{\{(\w+)\}\}((?:\s+(?:sur|of|out of)\s+\{\{\w+\}\})?)\s+([\p{L}]+)/gu)].some(
          ([, name, , word]) => !WORDS.has(name!) && !ORDINALS.has(name!) && !INVARIABLE.has(word!),
        );
      })
      .map(([k, v]) => `${k}: ${v}`);
    expect(bare).toEqual([]);
  });
});
