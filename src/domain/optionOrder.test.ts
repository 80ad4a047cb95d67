import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITUATIONS } from './content/postures';
import { optionOrder, seededOrder } from './optionOrder';

describe('optionOrder', () => {
  it('is the same order every time for one bilan and one question', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.integer(), { maxLength: 12 }), (bilan, q, items) => {
        expect(optionOrder(items, bilan, q)).toEqual(optionOrder(items, bilan, q));
      }),
    );
  });

  it('keeps every option once and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.integer(), { maxLength: 12 }), (seed, items) => {
        const copy = [...items];
        const out = seededOrder(items, seed);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
        expect(items).toEqual(copy);
      }),
    );
  });

  it('differs between bilans: each option comes first about as often', () => {
    const options = SITUATIONS[0]?.options ?? [];
    const firsts = new Map<string, number>();
    const runs = 6000;
    for (let i = 0; i < runs; i++) {
      const first = optionOrder(options, crypto.randomUUID(), SITUATIONS[0]?.id ?? '')[0] ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect(firsts.size).toBe(options.length);
    for (const n of firsts.values()) expect(Math.abs(n / runs - 1 / options.length)).toBeLessThan(0.025);
  });

  it('differs between the questions of one bilan', () => {
    const orders = SITUATIONS.map((s) => optionOrder([0, 1, 2, 3, 4], 'bilan-1', s.id).join());
    expect(new Set(orders).size).toBeGreaterThan(1);
  });
});
