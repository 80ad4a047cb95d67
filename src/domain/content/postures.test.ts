import { describe, expect, it } from 'vitest';
import {
  BALANCE,
  POSTURE_IDS,
  SITUATIONS,
  TENSION_IDS,
  TENSION_PAIRS,
  pairOutcome,
  situationFit,
} from './postures';

describe('SITUATIONS: a balanced instrument', () => {
  it('offers every posture the same number of times', () => {
    const offered = POSTURE_IDS.map((p) => SITUATIONS.filter((s) => s.options.includes(p)).length);
    expect(new Set(offered)).toEqual(new Set([5]));
  });

  it('gives every posture the same expected rate to someone picking one option at random', () => {
    // Σ over the situations offering p of 1 / options: the same for every posture.
    const expected = POSTURE_IDS.map((p) =>
      SITUATIONS.filter((s) => s.options.includes(p)).reduce((sum, s) => sum + 1 / s.options.length, 0),
    );
    for (const e of expected) expect(e).toBeCloseTo(expected[0] ?? 0, 12);
  });

  it('offers each posture at most once per situation', () => {
    for (const s of SITUATIONS) expect(new Set(s.options).size, s.id).toBe(s.options.length);
  });

  it('no longer maps coffees with colleagues to « agir en sous-main », and has a lobbying move', () => {
    expect(SITUATIONS.find((s) => s.id === 'situation.sortir-isolement')?.options).not.toContain('officieux');
    expect(SITUATIONS.find((s) => s.id === 'situation.recyclerie')?.options).toContain('officieux');
  });
});

describe('TENSION_PAIRS', () => {
  it('holds each pair of the four forces once', () => {
    expect(TENSION_PAIRS).toHaveLength(6);
    const keys = TENSION_PAIRS.map(([a, b]) => [a, b].sort().join('|'));
    expect(new Set(keys).size).toBe(6);
    for (const [a, b] of TENSION_PAIRS) {
      expect(a).not.toBe(b);
      expect(TENSION_IDS).toContain(a);
      expect(TENSION_IDS).toContain(b);
    }
  });

  it('reads an outcome only when it is one of the pair or the balance', () => {
    const pair = TENSION_PAIRS[0] ?? ['politique-publique', 'culture-professionnelle'];
    expect(pairOutcome(pair, pair[0])).toBe(pair[0]);
    expect(pairOutcome(pair, BALANCE)).toBe(BALANCE);
    expect(pairOutcome(pair, 'public-usagers')).toBeUndefined();
    expect(pairOutcome(pair, 3)).toBeUndefined();
    expect(situationFit('habit')).toBe('habit');
    expect(situationFit('souvent')).toBeUndefined();
  });
});
