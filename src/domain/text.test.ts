import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName } from './text';

// What must never reach a list, a heading or a CSV cell.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]/u;
const JOINERS = /[\u200C\u200D]/gu;
// Texts rich in what an attacker or a bad paste brings: controls, bidi overrides, zero-width characters.
const HOSTILE = [
  ...'\u0000\u0007\u001B\u007F\u0085\u200B\u200C\u200D\u200E\u202A\u202E\u2066\u2069\u2060\uFEFF\u00AD\u3164\u2800\t\n \u00A0\u3000\uD800\uDC00',
];
const textArb = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.constantFrom('a', 'é', '👩', '💻', '1', '-', '\u0301'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('cleanName', () => {
  it.each<[string, string, string]>([
    ['a plain name', 'Camille', 'Camille'],
    ['accents and emoji', 'Zoé 🌱 Ñandú', 'Zoé 🌱 Ñandú'],
    ['an emoji sequence joined by ZWJ', 'Dev 👩‍💻', 'Dev 👩‍💻'],
    ['a right-to-left override', '\u202Egnp.exe', 'gnp.exe'],
    ['bidi embeddings, isolates and marks', '\u202Ba\u2067b\u2069\u200Fc\u202C', 'abc'],
    ['NUL, BEL and ESC', 'Al\u0000i\u0007c\u001Be', 'Alice'],
    ['DEL and C1 controls', 'A\u007F\u0085\u009Bb', 'Ab'],
    ['zero-width spaces inside a name', 'Ca\u200Bmi\u2060lle\uFEFF', 'Camille'],
    ['tabs and line breaks', 'Équipe\tNord\n\r\nSud', 'Équipe Nord Sud'],
    ['no-break and wide spaces', '\u00A0Ma\u202Frie\u3000 Anne\u2028', 'Ma rie Anne'],
    ['surrounding spaces', '   Atelier de mars  ', 'Atelier de mars'],
    ['a lone surrogate', 'a\uD800b', 'ab'],
    ['a joiner at an edge or beside a space', '\u200Dab\u200C c\u200D', 'ab c'],
    ['a soft hyphen', 'Jean\u00ADLuc', 'JeanLuc'],
    ['Arabic letters, kept in their own direction', 'مريم', 'مريم'],
  ])('keeps what is seen of %s', (_, input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it.each<[string, string]>([
    ['an empty text', ''],
    ['only spaces', ' \t\n '],
    ['only zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['only bidi controls', '\u202E\u202D\u2066'],
    ['only controls', '\u0000\u0007\u001B'],
    ['Hangul fillers and a blank Braille pattern', '\u3164\u115F \u2800'],
    ['only combining marks', '\u0301\u0308'],
  ])('leaves nothing of %s', (_, input) => {
    expect(cleanName(input)).toBe('');
  });

  it('leaves no control, format or invisible character outside a joined sequence, whatever the text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const name = cleanName(text);
        expect(HIDDEN.test(name.replace(JOINERS, ''))).toBe(false);
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/\s\s|[^\S ]/u);
        expect(name.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent and keeps every letter, digit and mark of the text in order', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const name = cleanName(text);
        expect(cleanName(name)).toBe(name);
        if (name !== '') {
          // Hangul fillers and the blank Braille pattern are letters and symbols that show nothing.
          const seen = (s: string) =>
            s.match(/(?![\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}\p{M}\p{S}\p{P}]/gu)?.join('') ?? '';
          expect(seen(name)).toBe(seen(text));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps an ordinary name unchanged', () => {
    fc.assert(
      fc.property(
        fc
          .stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ0-9'’.-]+( [A-Za-zÀ-ÖØ-öø-ÿ0-9'’.-]+)*$/)
          .filter((s) => s.length <= 40),
        (name) => {
          expect(cleanName(name)).toBe(name);
        },
      ),
    );
  });
});
