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

const LAST_ROUND_INDEX = CAFE_ROUNDS.length - 1;

/** A round that ran out of time, and the instant it did (ms since epoch). */
export interface RoundEnd {
  readonly round: number;
  readonly at: number;
}

/**
 * Brings a running timer up to `now`. A round whose time is up ends at the exact instant it ran out;
 * with `autoAdvance`, the next round starts at that instant (so a page reopened later catches up
 * through every round that ended meanwhile); the last round, or any round without it, stops at zero.
 * Returns the new timer and the rounds that ended, oldest first.
 */
export function advanceTimer(
  s: TimerState,
  now: number,
  durationOf: (round: number) => number,
  autoAdvance: boolean,
): { readonly timer: TimerState; readonly ended: readonly RoundEnd[] } {
  let timer = s;
  const ended: RoundEnd[] = [];
  while (timer.running && timer.startedAt !== null && remaining(timer, now) === 0) {
    const at = timer.startedAt + Math.max(0, timer.remainingMs);
    ended.push({ round: timer.round, at });
    if (autoAdvance && timer.round < LAST_ROUND_INDEX) {
      const next = createTimer(timer.round + 1, durationOf(timer.round + 1));
      timer = { ...next, running: true, startedAt: at };
    } else {
      timer = { ...timer, remainingMs: 0, running: false, startedAt: null };
    }
  }
  return { timer, ended };
}

/** How long the end of a round stays marked on screen. */
export const END_CUE_MS = 15_000;

/** Whether the end of a round is still to be marked at `now` (not before it happened either). */
export function endCueShown(end: RoundEnd | null, now: number): boolean {
  return end !== null && now >= end.at && now - end.at < END_CUE_MS;
}

/** The last round has run out: the café is over. */
export function isCafeOver(s: TimerState, now: number): boolean {
  return s.round === LAST_ROUND_INDEX && remaining(s, now) === 0;
}

/** Everything a café in progress needs to carry on after the page is reloaded. */
export interface CafeSession {
  readonly topic: string;
  readonly minutes: Readonly<Record<CafeRound, number>>;
  readonly timer: TimerState;
  readonly autoAdvance: boolean;
  readonly sound: boolean;
  readonly notes: string;
  readonly lastEnd: RoundEnd | null;
}

export function defaultCafeSession(): CafeSession {
  return {
    topic: '',
    minutes: DEFAULT_ROUND_MINUTES,
    timer: createTimer(0, minutesToMs(DEFAULT_ROUND_MINUTES.question)),
    autoAdvance: true,
    sound: true,
    notes: '',
    lastEnd: null,
  };
}

const MAX_TEXT = 20_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteAtLeast0(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function parseTimer(value: unknown): TimerState | null {
  if (!isRecord(value)) return null;
  const round = value.round;
  const durationMs = finiteAtLeast0(value.durationMs);
  const remainingMs = finiteAtLeast0(value.remainingMs);
  if (typeof round !== 'number' || !Number.isInteger(round) || round < 0 || round > LAST_ROUND_INDEX) {
    return null;
  }
  if (durationMs === null || remainingMs === null || remainingMs > durationMs) return null;
  const running = value.running === true;
  const startedAt = running ? finiteAtLeast0(value.startedAt) : null;
  if (running && startedAt === null) return null;
  return { round, durationMs, remainingMs, running, startedAt };
}

function parseMinutes(value: unknown): Record<CafeRound, number> | null {
  if (!isRecord(value)) return null;
  const entries = CAFE_ROUNDS.map((round) => [round, value[round]] as const);
  const valid = entries.every(
    ([, m]) =>
      typeof m === 'number' && Number.isInteger(m) && m >= MIN_ROUND_MINUTES && m <= MAX_ROUND_MINUTES,
  );
  return valid ? (Object.fromEntries(entries) as Record<CafeRound, number>) : null;
}

function parseRoundEnd(value: unknown): RoundEnd | null {
  if (!isRecord(value)) return null;
  const at = finiteAtLeast0(value.at);
  const round = value.round;
  if (at === null || typeof round !== 'number' || !Number.isInteger(round)) return null;
  return round >= 0 && round <= LAST_ROUND_INDEX ? { round, at } : null;
}

/** A stored café read back, or null when anything in it is not what this version writes. */
export function parseCafeSession(value: unknown): CafeSession | null {
  if (!isRecord(value)) return null;
  const { topic, notes, autoAdvance, sound } = value;
  const minutes = parseMinutes(value.minutes);
  const timer = parseTimer(value.timer);
  if (typeof topic !== 'string' || typeof notes !== 'string') return null;
  if (topic.length > MAX_TEXT || notes.length > MAX_TEXT) return null;
  if (typeof autoAdvance !== 'boolean' || typeof sound !== 'boolean') return null;
  if (minutes === null || timer === null) return null;
  return { topic, notes, autoAdvance, sound, minutes, timer, lastEnd: parseRoundEnd(value.lastEnd) };
}
