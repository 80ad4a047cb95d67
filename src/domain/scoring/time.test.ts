import { describe, expect, it } from 'vitest';
import { ACTIVITY_IDS, type ActivityId } from '../content/postures';
import { checkSplit, computeTime, type TimeSplit } from './time';

/** `fill` percent for every activity (10 makes 100), then per-activity overrides. */
function buildSplit(
  fill: number | undefined,
  overrides: Partial<Record<ActivityId, number>> = {},
): TimeSplit {
  return { ...Object.fromEntries(ACTIVITY_IDS.map((id) => [id, fill])), ...overrides };
}

describe('checkSplit', () => {
  it.each([
    { name: 'ten times 10', split: buildSplit(10), total: 100, valid: true, problem: null },
    {
      name: 'total 99',
      split: buildSplit(10, { management: 9 }),
      total: 99,
      valid: false,
      problem: 'not-100',
    },
    {
      name: 'total 101',
      split: buildSplit(10, { management: 11 }),
      total: 101,
      valid: false,
      problem: 'not-100',
    },
    { name: 'empty', split: buildSplit(undefined), total: 0, valid: false, problem: 'not-100' },
    {
      name: 'missing activities count as 0',
      split: buildSplit(undefined, { management: 60, etude: 40 }),
      total: 100,
      valid: true,
      problem: null,
    },
    {
      name: 'one activity at 100',
      split: buildSplit(0, { concertation: 100 }),
      total: 100,
      valid: true,
      problem: null,
    },
    {
      name: 'a negative percentage, even when the sum is 100',
      split: buildSplit(10, { management: -10, etude: 30 }),
      total: 110,
      valid: false,
      problem: 'invalid-value',
    },
    {
      name: 'fractional percentages, even when the sum is 100',
      split: buildSplit(10, { management: 10.5, etude: 9.5 }),
      total: 80,
      valid: false,
      problem: 'invalid-value',
    },
    {
      name: 'above 100',
      split: buildSplit(undefined, { management: 110, etude: -10 }),
      total: 0,
      valid: false,
      problem: 'invalid-value',
    },
    {
      name: 'not a number',
      split: buildSplit(10, { management: Number.NaN }),
      total: 90,
      valid: false,
      problem: 'invalid-value',
    },
  ])('$name', ({ split, total, valid, problem }) => {
    expect(checkSplit(split)).toEqual({ total, valid, problem });
  });
});

// Sums to 100; against ten times 10: +20, +10, +5, +5 and -10, -10, -10, -5, -5, 0.
const WISHED = buildSplit(undefined, {
  management: 30,
  'reunions-collectivite': 10,
  'reunions-etat': 0,
  'reunions-partenaires': 0,
  programmation: 5,
  'reporting-elus': 5,
  'reporting-financeurs': 0,
  etude: 20,
  associations: 15,
  concertation: 15,
});

const column = (p: ReturnType<typeof computeTime>, key: 'actual' | 'wished' | 'delta') =>
  Object.fromEntries(p.activities.map((a) => [a.id, a[key]]));

describe('computeTime', () => {
  it.each([
    {
      name: 'no split',
      actual: undefined,
      wished: undefined,
      hasActual: false,
      hasWished: false,
      management: { actual: null, wished: null, delta: null },
    },
    {
      name: 'only the actual split',
      actual: buildSplit(10),
      wished: undefined,
      hasActual: true,
      hasWished: false,
      management: { actual: 10, wished: null, delta: null },
    },
    {
      name: 'only the wished split',
      actual: undefined,
      wished: WISHED,
      hasActual: false,
      hasWished: true,
      management: { actual: null, wished: 30, delta: null },
    },
    {
      name: 'an actual split that does not reach 100 is absent',
      actual: buildSplit(10, { management: 9 }),
      wished: WISHED,
      hasActual: false,
      hasWished: true,
      management: { actual: null, wished: 30, delta: null },
    },
    {
      name: 'a wished split with an invalid value is absent',
      actual: buildSplit(10),
      wished: buildSplit(10, { management: -10, etude: 30 }),
      hasActual: true,
      hasWished: false,
      management: { actual: 10, wished: null, delta: null },
    },
    {
      name: 'both splits',
      actual: buildSplit(10),
      wished: WISHED,
      hasActual: true,
      hasWished: true,
      management: { actual: 10, wished: 30, delta: 20 },
    },
    {
      name: 'a missing activity is 0 in a present split',
      actual: buildSplit(undefined, { etude: 100 }),
      wished: WISHED,
      hasActual: true,
      hasWished: true,
      management: { actual: 0, wished: 30, delta: 30 },
    },
  ])('$name', ({ actual, wished, hasActual, hasWished, management }) => {
    const p = computeTime(actual, wished);
    expect(p.activities.map((a) => a.id)).toEqual([...ACTIVITY_IDS]);
    expect(p.hasActual).toBe(hasActual);
    expect(p.hasWished).toBe(hasWished);
    expect(p.activities[0]).toEqual({ id: 'management', ...management });
  });

  it('gives every activity its delta, 0 included', () => {
    const p = computeTime(buildSplit(10), WISHED);
    expect(column(p, 'delta')).toEqual({
      management: 20,
      'reunions-collectivite': 0,
      'reunions-etat': -10,
      'reunions-partenaires': -10,
      programmation: -5,
      'reporting-elus': -5,
      'reporting-financeurs': -10,
      etude: 10,
      associations: 5,
      concertation: 5,
    });
    expect(column(p, 'actual')).toEqual(Object.fromEntries(ACTIVITY_IDS.map((id) => [id, 10])));
  });

  it.each([
    { name: 'no split', actual: undefined, wished: undefined, more: [], less: [] },
    { name: 'only one split', actual: buildSplit(10), wished: undefined, more: [], less: [] },
    { name: 'no change', actual: WISHED, wished: WISHED, more: [], less: [] },
    {
      name: 'largest first, ties in activity order, at most 3',
      actual: buildSplit(10),
      wished: WISHED,
      more: ['management', 'etude', 'associations'],
      less: ['reunions-etat', 'reunions-partenaires', 'reporting-financeurs'],
    },
    {
      name: 'the reverse wish',
      actual: WISHED,
      wished: buildSplit(10),
      more: ['reunions-etat', 'reunions-partenaires', 'reporting-financeurs'],
      less: ['management', 'etude', 'associations'],
    },
    {
      name: 'fewer than 3 changes',
      actual: buildSplit(10),
      wished: buildSplit(10, { etude: 15, management: 5 }),
      more: ['etude'],
      less: ['management'],
    },
  ])('wishes: $name', ({ actual, wished, more, less }) => {
    const p = computeTime(actual, wished);
    expect(p.wishMore).toEqual(more);
    expect(p.wishLess).toEqual(less);
  });

  it.each([
    { name: 'ten times 10', split: buildSplit(10), meetings: 30 },
    { name: 'no meetings', split: buildSplit(undefined, { management: 100 }), meetings: 0 },
    {
      name: 'one kind of meeting',
      split: buildSplit(undefined, { 'reunions-etat': 50, management: 50 }),
      meetings: 50,
    },
    {
      name: 'the three kinds of meeting',
      split: buildSplit(undefined, {
        'reunions-collectivite': 20,
        'reunions-etat': 15,
        'reunions-partenaires': 25,
        management: 40,
      }),
      meetings: 60,
    },
    { name: 'an invalid split', split: buildSplit(10, { 'reunions-etat': 11 }), meetings: null },
  ])('meetings: $name', ({ split, meetings }) => {
    const p = computeTime(split, split);
    expect(p.meetings).toEqual({ actual: meetings, wished: meetings, reference: 30 });
  });

  it('compares meetings actual and wished against the FORS reference', () => {
    expect(computeTime(buildSplit(10), WISHED).meetings).toEqual({ actual: 30, wished: 10, reference: 30 });
    expect(computeTime(undefined, undefined).meetings).toEqual({ actual: null, wished: null, reference: 30 });
  });
});
