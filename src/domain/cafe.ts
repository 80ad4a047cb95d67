// Owns the pro-action café: its three rounds, their prompts (stable ids, wording in the `cafe`
// locale), the default durations, and a pure round timer computed from explicit `now` values.

export const CAFE_ROUNDS = ['question', '360', 'synthese'] as const;
export type CafeRound = (typeof CAFE_ROUNDS)[number];

/** The prompts the synthesis gives for each round, by id; wording in `cafe.rounds.<round>.prompts`. */
export const CAFE_PROMPTS: Readonly<Record<CafeRound, readonly string[]>> = {
  question: ['questionBehind', 'sevenWhys'],
  '360': ['missing', 'blindSpots'],
  synthese: ['learningSelf', 'learningProject', 'nextSteps', 'helpNeeded', 'reformulate'],
};

export interface CafeTopic {
  readonly id: string;
  /** The line of the synthesis where the topic is asked. */
  readonly line: number;
  /** Where the synthesis tells how the question was reformulated at the end, when it does. */
  readonly reformulatedLine?: number;
}

/** The five topics the cycle's participants brought, as examples: wording `cafe.topics.<id>`. */
export const CAFE_TOPICS: readonly CafeTopic[] = [
  { id: 'appropriation', line: 297, reformulatedLine: 301 },
  { id: 'legitimite', line: 305, reformulatedLine: 309 },
  { id: 'recyclerie', line: 311 },
  { id: 'nouvelElu', line: 317 },
  { id: 'partenairesExterieurs', line: 327 },
];

export const DEFAULT_ROUND_MINUTES: Record<CafeRound, number> = { question: 20, '360': 20, synthese: 15 };
export const MIN_ROUND_MINUTES = 1;
export const MAX_ROUND_MINUTES = 90;

const MS_PER_MINUTE = 60_000;

export function minutesToMs(minutes: number): number {
  return minutes * MS_PER_MINUTE;
}

/** A whole number of minutes within 1–90 from what was typed, or null when it is not one. */
export function parseRoundMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= MIN_ROUND_MINUTES && minutes <= MAX_ROUND_MINUTES ? minutes : null;
}

export interface TimerState {
  /** Index of the current round in CAFE_ROUNDS. */
  readonly round: number;
  readonly durationMs: number;
  /** Time left when the timer was last started, paused or reset. */
  readonly remainingMs: number;
  readonly running: boolean;
  /** When the running stretch began (ms since epoch); null while stopped. */
  readonly startedAt: number | null;
}

function clampRound(round: number): number {
  if (!Number.isFinite(round)) return 0;
  return Math.min(CAFE_ROUNDS.length - 1, Math.max(0, Math.trunc(round)));
}

/** A stopped timer at the start of a round (clamped to the three rounds), with that round's duration. */
export function createTimer(round: number, durationMs: number): TimerState {
  const duration = Math.max(0, durationMs);
  return {
    round: clampRound(round),
    durationMs: duration,
    remainingMs: duration,
    running: false,
    startedAt: null,
  };
}

export function cafeRoundAt(round: number): CafeRound {
  return CAFE_ROUNDS[clampRound(round)] ?? 'question';
}

/** Time left at `now`, never below 0 (nor above what was left, should the clock go back). */
export function remaining(s: TimerState, now: number): number {
  if (!s.running || s.startedAt === null) return Math.max(0, s.remainingMs);
  const elapsed = Math.max(0, now - s.startedAt);
  return Math.max(0, s.remainingMs - elapsed);
}

/** Starts or resumes; a running timer, or one with no time left, is returned unchanged. */
export function startTimer(s: TimerState, now: number): TimerState {
  if (s.running || remaining(s, now) === 0) return s;
  return { ...s, running: true, startedAt: now };
}

/** Freezes the time left at `now`; a stopped timer is returned unchanged. */
export function pauseTimer(s: TimerState, now: number): TimerState {
  if (!s.running) return s;
  return { ...s, remainingMs: remaining(s, now), running: false, startedAt: null };
}

/** Stops the timer and gives it a full (possibly new) duration, in the same round. */
export function resetTimer(s: TimerState, durationMs: number): TimerState {
  return createTimer(s.round, durationMs);
}

/** Neither started nor paused part-way: a new duration may replace the current one at once. */
export function isUntouched(s: TimerState): boolean {
  return !s.running && s.remainingMs === s.durationMs;
}

/** 'mm:ss', rounded up to the second so that '00:00' shows only when the time is really up. */
export function formatClock(ms: number): string {
  const totalSeconds = Number.isFinite(ms) ? Math.ceil(Math.max(0, ms) / 1000) : 0;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
