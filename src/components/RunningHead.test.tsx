import { describe, expect, it } from 'vitest';
import { cssString } from './RunningHead';

describe('cssString', () => {
  it.each([
    { text: 'Bilan 2026', expected: '"Bilan 2026"' },
    { text: 'Le "grand" bilan', expected: '"Le \\"grand\\" bilan"' },
    { text: 'a\\b', expected: '"a\\\\b"' },
    { text: 'deux\nlignes', expected: '"deux lignes"' },
  ])('$text', ({ text, expected }) => {
    expect(cssString(text)).toBe(expected);
  });
});
