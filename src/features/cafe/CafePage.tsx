import { byId } from '../../i18n/byId';
// The trainer's pro-action café facilitator: the topic, the three rounds and their prompts, a round timer
// that marks each round's end and moves on by itself, a projected room view (the browser's full screen,
// or a full-window overlay where it is refused), and notes. The café in progress is kept on this device
// (db/cafeSession) so that a reload carries on; the clock is computed from Date.now() by domain/cafe.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { beep } from '../../components/beep';
import { useHydrated } from '../../components/hydrated';
import {
  CAFE_PROMPTS,
  CAFE_TOPICS,
  CAFE_ROUNDS,
  MAX_ROUND_MINUTES,
  MIN_ROUND_MINUTES,
  advanceTimer,
  cafeRoundAt,
  createTimer,
  defaultCafeSession,
  endCueShown,
  formatClock,
  isCafeOver,
  isUntouched,
  minutesToMs,
  parseRoundMinutes,
  pauseTimer,
  remaining,
  resetTimer,
  startTimer,
  type CafeRound,
  type CafeSession,
  type TimerState,
} from '../../domain/cafe';
import { loadCafeSession, saveCafeSession } from '../../db/cafeSession';

const TICK_MS = 250;
const LAST_ROUND = CAFE_ROUNDS.length - 1;
const CUE_BEEP_GAP_MS = 300;

function fullscreenAvailable(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

function draftsOf(minutes: CafeSession['minutes']): Record<CafeRound, string> {
  return Object.fromEntries(CAFE_ROUNDS.map((round) => [round, String(minutes[round])])) as Record<
    CafeRound,
    string
  >;
}

/** The session brought up to `now`: rounds that ran out meanwhile end, and the next ones start. */
function advanceSession(s: CafeSession, now: number): CafeSession {
  const { timer, ended } = advanceTimer(
    s.timer,
    now,
    (round) => minutesToMs(s.minutes[cafeRoundAt(round)]),
    s.autoAdvance,
  );
  const last = ended.at(-1);
  return last === undefined ? s : { ...s, timer, lastEnd: last };
}

/** Three short tones, heard across a room. */
function playEndCue(): void {
  for (let i = 0; i < 3; i++) window.setTimeout(() => beep('ok'), i * CUE_BEEP_GAP_MS);
}

/**
 * The page's HTML is prerendered with a fresh café; once the app runs, the café left on this device
 * takes its place (the view is mounted anew with it, brought up to the present).
 */
export function CafePage() {
  const hydrated = useHydrated();
  return hydrated ? <CafeView key="device" stored={loadCafeSession()} persist /> : <CafeView stored={null} />;
}

function initialSession(stored: CafeSession | null): CafeSession {
  return stored ? advanceSession(stored, Date.now()) : defaultCafeSession();
}

function CafeView({
  stored,
  persist = false,
}: {
  readonly stored: CafeSession | null;
  readonly persist?: boolean;
}) {
  const { t } = useTranslation(['cafe', 'pages']);
  const idPrefix = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const roomRef = useRef<HTMLDivElement>(null);
  const openRoomRef = useRef<HTMLButtonElement>(null);
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const roomToggleRef = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<HTMLButtonElement | null>(null);
  // The last end of round already signalled: a reload must not beep again for it.
  const [session, setSession] = useState(() => initialSession(stored));
  const cuedAt = useRef<number | null>(session.lastEnd?.at ?? null);
  const [drafts, setDrafts] = useState(() => draftsOf(session.minutes));
  // The last clock reading; only matters while running (a stopped timer ignores it).
  const [now, setNow] = useState(() => Date.now());
  const [roundAnnouncement, setRoundAnnouncement] = useState('');
  const [roomOpen, setRoomOpen] = useState(false);
  const [isFullscreen, setIsFullscreen] = useState(false);

  const { timer, minutes, topic, notes, autoAdvance, sound, lastEnd } = session;
  const update = (change: Partial<CafeSession>) => setSession((s) => ({ ...s, ...change }));
  const setTimer = (next: TimerState) => update({ timer: next });

  useEffect(() => {
    if (persist) saveCafeSession(session);
  }, [persist, session]);

  const running = timer.running;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      const tick = Date.now();
      setNow(tick);
      setSession((s) => advanceSession(s, tick));
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running]);

  // A round has just ended: sound (if wanted) and say so, once.
  const lastEndAt = lastEnd?.at ?? null;
  useEffect(() => {
    if (lastEndAt === null || cuedAt.current === lastEndAt) return;
    cuedAt.current = lastEndAt;
    if (sound) playEndCue();
  }, [lastEndAt, sound]);

  useEffect(() => {
    const onChange = () => {
      const full = rootRef.current !== null && document.fullscreenElement === rootRef.current;
      setIsFullscreen(full);
      // Leaving the browser's full screen (Escape, F11) closes the room view with it.
      if (!full) setRoomOpen(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const closeRoom = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    setRoomOpen(false);
  }, []);

  // The room view takes the focus, and gives it back to its button once the page is usable again;
  // Escape closes it wherever the focus is (as it leaves full screen).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!roomOpen) {
      if (wasOpen.current) openRoomRef.current?.focus();
      wasOpen.current = false;
      return;
    }
    wasOpen.current = true;
    roomRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeRoom();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [roomOpen, closeRoom]);

  // A round button that becomes disabled drops the focus: the other one takes it, once rendered.
  useEffect(() => {
    focusAfterMove.current?.focus();
    focusAfterMove.current = null;
  }, [timer.round]);

  const round = cafeRoundAt(timer.round);
  const roundName = (r: CafeRound) => t(($) => $.rounds[r].name);
  const left = remaining(timer, now);
  const timeUp = left === 0;
  const over = isCafeOver(timer, now);
  const currentDurationMs = minutesToMs(minutes[round]);
  // The previous round ended a moment ago and this one has taken over.
  const justEnded = lastEnd !== null && endCueShown(lastEnd, now) && lastEnd.round < timer.round;
  const cue =
    justEnded && lastEnd
      ? t(($) => $.cue.roundEnded, {
          number: lastEnd.round + 1,
          name: roundName(cafeRoundAt(lastEnd.round)),
          next: timer.round + 1,
        })
      : over
        ? t(($) => $.cue.over)
        : timeUp
          ? t(($) => $.timer.timeUp)
          : '';

  function toggleTimer() {
    const at = Date.now();
    setNow(at);
    if (timer.running) setTimer(pauseTimer(timer, at));
    else if (timeUp) setTimer(startTimer(resetTimer(timer, currentDurationMs), at));
    else setTimer(startTimer(timer, at));
  }

  /** Another round; it runs at once when the current one was running. */
  function goTo(index: number) {
    const target = Math.min(LAST_ROUND, Math.max(0, index));
    if (target === timer.round) return;
    const at = Date.now();
    setNow(at);
    const targetRound = cafeRoundAt(target);
    const fresh = createTimer(target, minutesToMs(minutes[targetRound]));
    setTimer(timer.running ? startTimer(fresh, at) : fresh);
    setRoundAnnouncement(
      t(($) => $.round.position, {
        number: target + 1,
        total: CAFE_ROUNDS.length,
        name: roundName(targetRound),
      }),
    );
    if (target === LAST_ROUND)
      focusAfterMove.current = roomOpen ? roomToggleRef.current : previousRef.current;
    else if (target === 0) focusAfterMove.current = nextRef.current;
  }

  function changeMinutes(r: CafeRound, index: number, text: string) {
    setDrafts((d) => ({ ...d, [r]: text }));
    const parsed = parseRoundMinutes(text);
    if (parsed === null) return;
    setSession((s) => ({
      ...s,
      minutes: { ...s.minutes, [r]: parsed },
      timer:
        index === s.timer.round && isUntouched(s.timer) ? resetTimer(s.timer, minutesToMs(parsed)) : s.timer,
    }));
  }

  function openRoom() {
    setRoomOpen(true);
    // The browser may refuse (a policy, an iframe): the room view then covers the window instead.
    if (fullscreenAvailable()) void rootRef.current?.requestFullscreen().catch(() => undefined);
  }

  const toggleLabel = timer.running
    ? t(($) => $.timer.pause)
    : timeUp || isUntouched(timer)
      ? t(($) => $.timer.start)
      : t(($) => $.timer.resume);
  const topicId = `${idPrefix}-topic`;
  const notesId = `${idPrefix}-notes`;
  const timerHeadingId = `${idPrefix}-timer-h`;
  const clockLabelId = `${idPrefix}-clock-label`;
  const roomHeadingId = `${idPrefix}-room-h`;
  const shownTopic = topic.trim();

  const roundControls = (
    <>
      <button ref={roomToggleRef} type="button" className="button" onClick={toggleTimer}>
        {toggleLabel}
      </button>
      <button
        type="button"
        className="button secondary"
        disabled={timer.round === LAST_ROUND}
        onClick={() => goTo(timer.round + 1)}
      >
        {t(($) => $.timer.next)}
      </button>
    </>
  );

  return (
    <div ref={rootRef} className={isFullscreen ? 'cafe cafe-fullscreen' : 'cafe'}>
      <div className="cafe-page" inert={roomOpen}>
        <PageTitle>{t(($) => $.title)}</PageTitle>
        <p className="intro">{t(($) => $.intro)}</p>
        <p className="source">{t(($) => $.source)}</p>
        <p className="hint">{t(($) => $.privacy)}</p>
        <div className="actions">
          <button ref={openRoomRef} type="button" className="button secondary" onClick={openRoom}>
            {t(($) => $.fullscreen.enter)}
          </button>
        </div>

        <div className="field">
          <label htmlFor={topicId}>{t(($) => $.topic.label)}</label>
          <input
            id={topicId}
            type="text"
            value={topic}
            aria-describedby={`${topicId}-hint`}
            onChange={(e) => update({ topic: e.target.value })}
          />
          <p id={`${topicId}-hint`} className="field-hint">
            {t(($) => $.topic.hint)}
          </p>
        </div>

        <section className="cafe-topics no-print" aria-labelledby={`${idPrefix}-topics-h`}>
          <h2 id={`${idPrefix}-topics-h`}>{t(($) => $.topics.title)}</h2>
          <p>{t(($) => $.topics.intro)}</p>
          <ul>
            {CAFE_TOPICS.map((example) => {
              const question = t(($) => byId($.topics, example.id, 'question'));
              return (
                <li key={example.id}>
                  <p>{question}</p>
                  {example.reformulatedLine !== undefined && (
                    <p className="meta">
                      {t(($) => $.topics.reformulatedLead)}{' '}
                      {t(($) => $.quoteMarks, {
                        ns: 'pages',
                        text: t(($) => byId($.topics, example.id, 'reformulated')),
                      })}
                    </p>
                  )}
                  <button
                    type="button"
                    className="button secondary"
                    aria-label={t(($) => $.topics.useNamed, { topic: question })}
                    onClick={() => update({ topic: question })}
                  >
                    {t(($) => $.topics.use)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>

        <section className="card cafe-timer" aria-labelledby={timerHeadingId}>
          {shownTopic && <p className="cafe-current-topic">{t(($) => $.current, { topic: shownTopic })}</p>}
          <h2 id={timerHeadingId}>
            {t(($) => $.round.position, {
              number: timer.round + 1,
              total: CAFE_ROUNDS.length,
              name: roundName(round),
            })}
          </h2>
          <p id={clockLabelId} className="meta">
            {t(($) => $.timer.label)}
          </p>
          {/* Read on demand only: announcing every second would drown everything else. */}
          {!roomOpen && (
            <p role="timer" aria-live="off" aria-labelledby={clockLabelId} className="cafe-clock">
              {formatClock(left)}
            </p>
          )}
          <p role="status" aria-live="polite" className={cue ? 'notice' : undefined}>
            {roomOpen ? '' : cue}
          </p>
          <div className="actions" role="group" aria-label={t(($) => $.timer.controls)}>
            <button type="button" className="button" onClick={toggleTimer}>
              {toggleLabel}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => setTimer(resetTimer(timer, currentDurationMs))}
            >
              {t(($) => $.timer.reset)}
            </button>
          </div>
          <div className="actions" role="group" aria-label={t(($) => $.timer.rounds)}>
            <button
              ref={previousRef}
              type="button"
              className="button secondary"
              disabled={timer.round === 0}
              onClick={() => goTo(timer.round - 1)}
            >
              {t(($) => $.timer.previous)}
            </button>
            <button
              ref={nextRef}
              type="button"
              className="button secondary"
              disabled={timer.round === LAST_ROUND}
              onClick={() => goTo(timer.round + 1)}
            >
              {t(($) => $.timer.next)}
            </button>
          </div>
          <div className="cafe-options">
            <label>
              <input
                type="checkbox"
                checked={autoAdvance}
                onChange={(e) => update({ autoAdvance: e.target.checked })}
              />{' '}
              {t(($) => $.options.autoAdvance)}
            </label>
            <label>
              <input type="checkbox" checked={sound} onChange={(e) => update({ sound: e.target.checked })} />{' '}
              {t(($) => $.options.sound)}
            </label>
          </div>
          <p role="status" className="visually-hidden">
            {roundAnnouncement}
          </p>
        </section>

        <ol className="cafe-rounds" aria-label={t(($) => $.round.listLabel)}>
          {CAFE_ROUNDS.map((r, index) => {
            const current = index === timer.round;
            const headingId = `${idPrefix}-round-${r}`;
            const minutesId = `${idPrefix}-minutes-${r}`;
            const invalid = parseRoundMinutes(drafts[r]) === null;
            return (
              <li key={r}>
                <section
                  className={current ? 'card cafe-round is-current' : 'card cafe-round'}
                  aria-labelledby={headingId}
                  aria-current={current ? 'step' : undefined}
                >
                  <h2 id={headingId}>
                    {t(($) => $.round.heading, { number: index + 1, name: roundName(r) })}
                  </h2>
                  {current && <p className="badge cafe-badge">{t(($) => $.round.current)}</p>}
                  <p>{t(($) => $.rounds[r].lead)}</p>
                  <ul>
                    {CAFE_PROMPTS[r].map((prompt) => (
                      <li key={prompt}>{t(($) => byId($.rounds, r, 'prompts', prompt))}</li>
                    ))}
                  </ul>
                  <div className="field">
                    <label htmlFor={minutesId}>{t(($) => $.duration.label, { number: index + 1 })}</label>
                    <input
                      id={minutesId}
                      type="number"
                      inputMode="numeric"
                      min={MIN_ROUND_MINUTES}
                      max={MAX_ROUND_MINUTES}
                      step={1}
                      value={drafts[r]}
                      aria-invalid={invalid || undefined}
                      aria-describedby={`${minutesId}-hint${invalid ? ` ${minutesId}-error` : ''}`}
                      className="cafe-minutes"
                      onChange={(e) => changeMinutes(r, index, e.target.value)}
                    />
                    <p id={`${minutesId}-hint`} className="field-hint">
                      {t(($) => $.duration.hint)}
                    </p>
                    {invalid && (
                      <p id={`${minutesId}-error`} className="field-error">
                        {t(($) => $.duration.error)}
                      </p>
                    )}
                  </div>
                </section>
              </li>
            );
          })}
        </ol>

        <div className="field">
          <label htmlFor={notesId}>{t(($) => $.notes.label)}</label>
          <textarea
            id={notesId}
            rows={6}
            value={notes}
            aria-describedby={`${notesId}-hint`}
            onChange={(e) => update({ notes: e.target.value })}
          />
          <p id={`${notesId}-hint`} className="field-hint">
            {t(($) => $.notes.hint)}
          </p>
        </div>
      </div>

      {roomOpen && (
        <div
          ref={roomRef}
          className={justEnded || timeUp ? 'cafe-room has-cue' : 'cafe-room'}
          role="dialog"
          aria-modal="true"
          aria-labelledby={roomHeadingId}
          tabIndex={-1}
        >
          {shownTopic && <p className="cafe-room-topic">{shownTopic}</p>}
          <h2 id={roomHeadingId} className="cafe-room-round">
            {t(($) => $.round.position, {
              number: timer.round + 1,
              total: CAFE_ROUNDS.length,
              name: roundName(round),
            })}
          </h2>
          <ul className="cafe-room-prompts">
            {CAFE_PROMPTS[round].map((prompt) => (
              <li key={prompt}>{t(($) => byId($.rounds, round, 'prompts', prompt))}</li>
            ))}
          </ul>
          <div className="cafe-room-bar">
            <p role="timer" aria-live="off" aria-label={t(($) => $.timer.label)} className="cafe-room-clock">
              {formatClock(left)}
            </p>
            <p role="status" aria-live="polite" className="cafe-room-cue">
              {cue}
            </p>
            <div className="actions" role="group" aria-label={t(($) => $.timer.controls)}>
              {roundControls}
              <button type="button" className="button secondary" onClick={closeRoom}>
                {t(($) => $.fullscreen.exit)}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
