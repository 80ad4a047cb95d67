// The glossary (docs/glossary.md) holds the app's terms: a French term the French wording uses has its
// English term in the English wording, the English never uses the words the glossary rules out, and
// the French never falls back on the forms the glossary replaces. The source's own words, quoted as
// written, are left as they are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from './index';
import { resources } from './resources';

const glossary = readFileSync('docs/glossary.md', 'utf8');

/** The rows of the markdown table under a heading, as trimmed cells. */
function table(heading: string): string[][] {
  const section = glossary.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`No « ${heading} » section in docs/glossary.md`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

function texts(lng: 'fr' | 'en'): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') out.push({ key, text: node });
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
  };
  for (const ns of NAMESPACES) walk((resources[lng] as Record<string, unknown>)[ns], ns);
  return out;
}

/** Quotations and the titles of sources are the source's own words. */
const QUOTED =
  /^pages\.(quotes|worksheet\.example|reperes\.approach)\.|\.sources?$|^common\.app\.source|^pages\.about\.credit/;
const own = (lng: 'fr' | 'en') => texts(lng).filter(({ key }) => !QUOTED.test(key));
const word = (w: string) =>
  new RegExp(`(^|[^\\p{L}·])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}·])`, 'iu');

const TERMS = table('Terms');
const FORMS = table('French forms');

describe('the glossary', () => {
  it('is read whole', () => {
    expect(TERMS.length).toBeGreaterThan(10);
    expect(FORMS.length).toBeGreaterThan(3);
  });

  it.each(TERMS.map(([fr, en]) => [fr!, en!]))('« %s » is "%s" in English', (fr, en) => {
    const french = own('fr').map((t) => t.text);
    const english = own('en').map((t) => t.text);
    if (french.some((t) => word(fr).test(t))) expect(english.some((t) => word(en).test(t))).toBe(true);
  });

  it('keeps out of the English every word it rules out', () => {
    const banned = TERMS.flatMap(([, , , never]) => (never ? never.split(',').map((w) => w.trim()) : []));
    expect(banned.length).toBeGreaterThan(5);
    const found = own('en').flatMap(({ key, text }) =>
      banned.filter((w) => word(w).test(text)).map((w) => `${key}: ${w}`),
    );
    expect(found).toEqual([]);
  });

  it('keeps the French to one inclusive form, with no generic masculine', () => {
    const found = own('fr').flatMap(({ key, text }) =>
      FORMS.filter(([avoid]) => word(avoid!).test(text)).map(([avoid]) => `${key}: ${avoid}`),
    );
    expect(found).toEqual([]);
  });

  it('writes apostrophes one way in each language', () => {
    const curly = [...own('fr'), ...own('en')].filter(({ text }) => /\p{L}’\p{L}/u.test(text));
    expect(curly.map(({ key }) => key)).toEqual([]);
  });
});
