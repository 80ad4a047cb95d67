import { describe, expect, it } from 'vitest';
import {
  CAFE_PROMPTS,
  CAFE_ROUNDS,
  DEFAULT_ROUND_MINUTES,
  END_CUE_MS,
  advanceTimer,
  cafeRoundAt,
  defaultCafeSession,
  endCueShown,
  isCafeOver,
  parseCafeSession,
  createTimer,
  formatClock,
  isUntouched,
  minutesToMs,
  parseRoundMinutes,
  pauseTimer,
  remaining,
  resetTimer,
  startTimer,
  type TimerState,
} from './cafe';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

function buildTimer(overrides: Partial<TimerState> = {}): TimerState {
  return {
    round: 0,
    durationMs: 20 * MIN,
    remainingMs: 20 * MIN,
    running: false,
    startedAt: null,
    ...overrides,
  };
}

describe('the three rounds', () => {
  it('go question, 360°, synthesis, each with prompts and a default duration within 1–90 minutes', () => {
    expect(CAFE_ROUNDS).toEqual(['question', '360', 'synthese']);
    for (const round of CAFE_ROUNDS) {
      expect(CAFE_PROMPTS[round].length).toBeGreaterThan(0);
      expect(DEFAULT_ROUND_MINUTES[round]).toBeGreaterThanOrEqual(1);
      expect(DEFAULT_ROUND_MINUTES[round]).toBeLessThanOrEqual(90);
    }
    expect(new Set(CAFE_ROUNDS.flatMap((r) => CAFE_PROMPTS[r])).size).toBe(9);
  });

  it.each([
    [0, 'question'],
    [1, '360'],
    [2, 'synthese'],
    [-1, 'question'],
    [7, 'synthese'],
    [Number.NaN, 'question'],
  ])('round index %s is %s', (index, round) => {
    expect(cafeRoundAt(index)).toBe(round);
  });
});

describe('parseRoundMinutes', () => {
  it.each([
    ['20', 20],
    [' 1 ', 1],
    ['90', 90],
    ['0', null],
    ['91', null],
    ['', null],
    ['-5', null],
    ['2.5', null],
    ['1e1', null],
    ['abc', null],
  ])('%j gives %s', (text, expected) => {
    expect(parseRoundMinutes(text)).toBe(expected);
  });
});

describe('remaining', () => {
  it.each<[string, TimerState, number, number]>([
    [
      'stopped: what was left, whatever the time',
      buildTimer({ remainingMs: 5 * MIN }),
      T0 + 99 * MIN,
      5 * MIN,
    ],
    [
      'running: left minus elapsed',
      buildTimer({ running: true, startedAt: T0 }),
      T0 + 1_500,
      20 * MIN - 1_500,
    ],
    ['running past the end: 0, never below', buildTimer({ running: true, startedAt: T0 }), T0 + 21 * MIN, 0],
    [
      'running, clock gone back: no extra time',
      buildTimer({ running: true, startedAt: T0 }),
      T0 - 5_000,
      20 * MIN,
    ],
    ['negative stored time: 0', buildTimer({ remainingMs: -10 }), T0, 0],
  ])('%s', (_, state, now, expected) => {
    expect(remaining(state, now)).toBe(expected);
  });
});

describe('startTimer', () => {
  it.each<[string, TimerState, number, TimerState]>([
    ['starts a fresh timer at now', buildTimer(), T0, buildTimer({ running: true, startedAt: T0 })],
    [
      'resumes a paused timer with what was left',
      buildTimer({ remainingMs: 7 * MIN }),
      T0 + 5_000,
      buildTimer({ remainingMs: 7 * MIN, running: true, startedAt: T0 + 5_000 }),
    ],
    [
      'leaves a running timer as it is',
      buildTimer({ running: true, startedAt: T0 }),
      T0 + 3_000,
      buildTimer({ running: true, startedAt: T0 }),
    ],
    ['does not start with no time left', buildTimer({ remainingMs: 0 }), T0, buildTimer({ remainingMs: 0 })],
  ])('%s', (_, state, now, expected) => {
    expect(startTimer(state, now)).toEqual(expected);
  });
});

describe('pauseTimer', () => {
  it.each<[string, TimerState, number, TimerState]>([
    [
      'freezes what is left at now',
      buildTimer({ running: true, startedAt: T0 }),
      T0 + 90_000,
      buildTimer({ remainingMs: 20 * MIN - 90_000 }),
    ],
    [
      'freezes at 0 past the end',
      buildTimer({ running: true, startedAt: T0 }),
      T0 + 30 * MIN,
      buildTimer({ remainingMs: 0 }),
    ],
    [
      'leaves a stopped timer as it is',
      buildTimer({ remainingMs: 3 * MIN }),
      T0 + 90_000,
      buildTimer({ remainingMs: 3 * MIN }),
    ],
  ])('%s', (_, state, now, expected) => {
    expect(pauseTimer(state, now)).toEqual(expected);
  });

  it('start, pause, wait, resume: the waiting time is not counted', () => {
    let s = startTimer(buildTimer(), T0);
    s = pauseTimer(s, T0 + 60_000);
    expect(remaining(s, T0 + 10 * MIN)).toBe(19 * MIN);
    s = startTimer(s, T0 + 10 * MIN);
    expect(remaining(s, T0 + 10 * MIN + 30_000)).toBe(19 * MIN - 30_000);
  });
});

describe('resetTimer', () => {
  it.each<[string, TimerState, number, TimerState]>([
    [
      'stops a running timer with the full duration',
      buildTimer({ running: true, startedAt: T0, remainingMs: 4 * MIN }),
      20 * MIN,
      buildTimer(),
    ],
    [
      'takes a new duration and keeps the round',
      buildTimer({ round: 2, remainingMs: 0 }),
      5 * MIN,
      buildTimer({ round: 2, durationMs: 5 * MIN, remainingMs: 5 * MIN }),
    ],
  ])('%s', (_, state, durationMs, expected) => {
    expect(resetTimer(state, durationMs)).toEqual(expected);
  });
});

describe('createTimer and isUntouched', () => {
  it.each<[number, number, TimerState]>([
    [1, minutesToMs(20), buildTimer({ round: 1 })],
    [5, minutesToMs(15), buildTimer({ round: 2, durationMs: 15 * MIN, remainingMs: 15 * MIN })],
    [-2, -1, buildTimer({ durationMs: 0, remainingMs: 0 })],
  ])('round %s, %s ms', (round, durationMs, expected) => {
    expect(createTimer(round, durationMs)).toEqual(expected);
  });

  it.each<[string, TimerState, boolean]>([
    ['fresh', buildTimer(), true],
    ['running', buildTimer({ running: true, startedAt: T0 }), false],
    ['paused part-way', buildTimer({ remainingMs: MIN }), false],
    ['time up', buildTimer({ remainingMs: 0 }), false],
  ])('%s: %s', (_, state, expected) => {
    expect(isUntouched(state)).toBe(expected);
  });
});

describe('formatClock', () => {
  it.each([
    [20 * MIN, '20:00'],
    [20 * MIN - 1, '20:00'],
    [20 * MIN - 1_000, '19:59'],
    [61_000, '01:01'],
    [60_000, '01:00'],
    [59_000, '00:59'],
    [1_001, '00:02'],
    [1_000, '00:01'],
    [1, '00:01'],
    [0, '00:00'],
    [-3_000, '00:00'],
    [Number.NaN, '00:00'],
    [90 * MIN, '90:00'],
    [100 * MIN, '100:00'],
  ])('%s ms shows %s', (ms, expected) => {
    expect(formatClock(ms)).toBe(expected);
  });
});

describe('advanceTimer', () => {
  const durations = [2 * MIN, 3 * MIN, MIN];
  const durationOf = (round: number) => durations[round] ?? 0;
  const running = (round: number, startedAt: number) => ({
    ...createTimer(round, durationOf(round)),
    running: true,
    startedAt,
  });

  it('leaves a round with time left alone', () => {
    const s = running(0, T0);
    expect(advanceTimer(s, T0 + 2 * MIN - 1, durationOf, true)).toEqual({ timer: s, ended: [] });
  });

  it('ends a round when its time is up and starts the next one at that very instant', () => {
    const { timer, ended } = advanceTimer(running(0, T0), T0 + 2 * MIN + 500, durationOf, true);
    expect(ended).toEqual([{ round: 0, at: T0 + 2 * MIN }]);
    expect(timer).toEqual(running(1, T0 + 2 * MIN));
    expect(remaining(timer, T0 + 2 * MIN + 500)).toBe(3 * MIN - 500);
  });

  it('catches up through every round that ended while the page was closed, then stops at the last', () => {
    const { timer, ended } = advanceTimer(running(0, T0), T0 + 60 * MIN, durationOf, true);
    expect(ended).toEqual([
      { round: 0, at: T0 + 2 * MIN },
      { round: 1, at: T0 + 5 * MIN },
      { round: 2, at: T0 + 6 * MIN },
    ]);
    expect(timer).toMatchObject({ round: 2, remainingMs: 0, running: false });
    expect(isCafeOver(timer, T0 + 60 * MIN)).toBe(true);
  });

  it('without auto-advance, stops the round at zero and stays in it', () => {
    const { timer, ended } = advanceTimer(running(0, T0), T0 + 10 * MIN, durationOf, false);
    expect(ended).toEqual([{ round: 0, at: T0 + 2 * MIN }]);
    expect(timer).toMatchObject({ round: 0, remainingMs: 0, running: false, startedAt: null });
    expect(isCafeOver(timer, T0 + 10 * MIN)).toBe(false);
  });

  it('leaves a paused timer alone, whatever the time', () => {
    const paused = pauseTimer(running(1, T0), T0 + MIN);
    expect(advanceTimer(paused, T0 + 99 * MIN, durationOf, true)).toEqual({ timer: paused, ended: [] });
  });
});

describe('endCueShown', () => {
  const end = { round: 0, at: T0 };
  it.each([
    [null, T0, false],
    [end, T0 - 1, false],
    [end, T0, true],
    [end, T0 + END_CUE_MS - 1, true],
    [end, T0 + END_CUE_MS, false],
  ] as const)('%j at %s: %s', (e, now, expected) => {
    expect(endCueShown(e, now)).toBe(expected);
  });
});

describe('parseCafeSession', () => {
  const session = {
    ...defaultCafeSession(),
    topic: 'Comment construire ma légitimité ?',
    notes: 'Idée : un binôme',
    timer: { ...createTimer(1, 3 * MIN), running: true, startedAt: T0 },
    lastEnd: { round: 0, at: T0 },
  };

  it('reads back what was written', () => {
    expect(parseCafeSession(JSON.parse(JSON.stringify(session)))).toEqual(session);
  });

  it.each<[string, unknown]>([
    ['not an object', 'café'],
    ['a round out of range', { ...session, timer: { ...session.timer, round: 3 } }],
    ['more time left than the duration', { ...session, timer: { ...session.timer, remainingMs: 4 * MIN } }],
    ['running without a start', { ...session, timer: { ...session.timer, startedAt: null } }],
    ['minutes out of range', { ...session, minutes: { ...session.minutes, synthese: 0 } }],
    ['a topic that is not text', { ...session, topic: 3 }],
    ['no auto-advance flag', { ...session, autoAdvance: undefined }],
  ])('refuses %s', (_, value) => {
    expect(parseCafeSession(value)).toBeNull();
  });

  it('drops an unreadable end marker but keeps the café', () => {
    expect(parseCafeSession({ ...session, lastEnd: { round: 'x' } })).toEqual({ ...session, lastEnd: null });
  });
});
