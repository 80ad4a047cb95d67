import { describe, expect, it } from 'vitest';
import { nearestLevel } from './stats';

describe('nearestLevel', () => {
  it.each([
    { mean: null, expected: null },
    { mean: 2.49, expected: 2 },
    { mean: 2.5, expected: 3 },
    { mean: 3.9, expected: 4 },
    { mean: 0.2, expected: 1 },
    { mean: 5, expected: 4 },
  ])('$mean on a 1–4 scale -> $expected', ({ mean, expected }) => {
    expect(nearestLevel(mean, 1, 4)).toBe(expected);
  });
});
