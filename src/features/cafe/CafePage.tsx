// The trainer's pro-action café facilitator: the topic, the three rounds and their prompts, and a round
// timer to project. Nothing is stored; the clock is computed from Date.now() by the pure domain/cafe.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { useHydrated } from '../../components/hydrated';
import {
  CAFE_PROMPTS,
  CAFE_TOPICS,
  CAFE_ROUNDS,
  DEFAULT_ROUND_MINUTES,
  MAX_ROUND_MINUTES,
  MIN_ROUND_MINUTES,
  cafeRoundAt,
  createTimer,
  formatClock,
  isUntouched,
  minutesToMs,
  parseRoundMinutes,
  pauseTimer,
  remaining,
  resetTimer,
  startTimer,
  type CafeRound,
  type TimerState,
} from '../../domain/cafe';

const TICK_MS = 250;
const LAST_ROUND = CAFE_ROUNDS.length - 1;

function fullscreenAvailable(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

function perRound<T>(value: (round: CafeRound) => T): Record<CafeRound, T> {
  return Object.fromEntries(CAFE_ROUNDS.map((round) => [round, value(round)])) as Record<CafeRound, T>;
}

export function CafePage() {
  const { t } = useTranslation('cafe');
  const idPrefix = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<HTMLButtonElement | null>(null);

  const [topic, setTopic] = useState('');
  const [minutes, setMinutes] = useState<Record<CafeRound, number>>(DEFAULT_ROUND_MINUTES);
  const [drafts, setDrafts] = useState(() => perRound((round) => String(DEFAULT_ROUND_MINUTES[round])));
  const [timer, setTimer] = useState<TimerState>(() =>
    createTimer(0, minutesToMs(DEFAULT_ROUND_MINUTES.question)),
  );
  // The last clock reading; only matters while running (a stopped timer ignores it).
  const [now, setNow] = useState(0);
  const [roundAnnouncement, setRoundAnnouncement] = useState('');
  // False in the prerendered HTML and while it hydrates, then what this browser can do.
  const canFullscreen = useHydrated() && fullscreenAvailable();
  const [isFullscreen, setIsFullscreen] = useState(false);

  const running = timer.running;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      const tick = Date.now();
      setNow(tick);
      // Stop at zero so the timer no longer ticks and the "time up" message stays put.
      setTimer((s) => (remaining(s, tick) === 0 ? pauseTimer(s, tick) : s));
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running]);

  useEffect(() => {
    if (!canFullscreen) return;
    const onChange = () =>
      setIsFullscreen(rootRef.current !== null && document.fullscreenElement === rootRef.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [canFullscreen]);

  // A round button that becomes disabled drops the focus: the other one takes it, once rendered.
  useEffect(() => {
    focusAfterMove.current?.focus();
    focusAfterMove.current = null;
  }, [timer.round]);

  const round = cafeRoundAt(timer.round);
  const roundName = (r: CafeRound) => t(`rounds.${r}.name`);
  const left = remaining(timer, now);
  const timeUp = left === 0;
  const currentDurationMs = minutesToMs(minutes[round]);

  function toggleTimer() {
    const at = Date.now();
    setNow(at);
    if (timer.running) setTimer(pauseTimer(timer, at));
    else if (timeUp) setTimer(startTimer(resetTimer(timer, currentDurationMs), at));
    else setTimer(startTimer(timer, at));
  }

  function goTo(index: number) {
    const target = Math.min(LAST_ROUND, Math.max(0, index));
    if (target === timer.round) return;
    const targetRound = cafeRoundAt(target);
    setTimer(createTimer(target, minutesToMs(minutes[targetRound])));
    setRoundAnnouncement(
      t('round.position', { number: target + 1, total: CAFE_ROUNDS.length, name: roundName(targetRound) }),
    );
    if (target === LAST_ROUND) focusAfterMove.current = previousRef.current;
    else if (target === 0) focusAfterMove.current = nextRef.current;
  }

  function changeMinutes(r: CafeRound, index: number, text: string) {
    setDrafts((d) => ({ ...d, [r]: text }));
    const parsed = parseRoundMinutes(text);
    if (parsed === null) return;
    setMinutes((m) => ({ ...m, [r]: parsed }));
    if (index === timer.round && isUntouched(timer)) setTimer(resetTimer(timer, minutesToMs(parsed)));
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      return;
    }
    // The browser may refuse (no user gesture, a policy, an iframe): the page simply stays as it is.
    void rootRef.current?.requestFullscreen().catch(() => undefined);
  }

  const toggleLabel = timer.running
    ? t('timer.pause')
    : timeUp || isUntouched(timer)
      ? t('timer.start')
      : t('timer.resume');
  const topicId = `${idPrefix}-topic`;
  const timerHeadingId = `${idPrefix}-timer-h`;
  const clockLabelId = `${idPrefix}-clock-label`;

  return (
    <div ref={rootRef} className={isFullscreen ? 'cafe cafe-fullscreen' : 'cafe'}>
      <PageTitle>{t('title')}</PageTitle>
      <p className="intro">{t('intro')}</p>
      <p className="source">{t('source')}</p>
      <p className="hint">{t('privacy')}</p>
      {canFullscreen && (
        <div className="actions">
          <button type="button" className="button secondary" onClick={toggleFullscreen}>
            {isFullscreen ? t('fullscreen.exit') : t('fullscreen.enter')}
          </button>
        </div>
      )}

      <div className="field">
        <label htmlFor={topicId}>{t('topic.label')}</label>
        <input
          id={topicId}
          type="text"
          value={topic}
          aria-describedby={`${topicId}-hint`}
          onChange={(e) => setTopic(e.target.value)}
        />
        <p id={`${topicId}-hint`} className="field-hint">
          {t('topic.hint')}
        </p>
      </div>

      <section className="cafe-topics no-print" aria-labelledby={`${idPrefix}-topics-h`}>
        <h2 id={`${idPrefix}-topics-h`}>{t('topics.title')}</h2>
        <p>{t('topics.intro')}</p>
        <ul>
          {CAFE_TOPICS.map((example) => {
            const question = t(`topics.${example.id}.question`);
            return (
              <li key={example.id}>
                <p>{question}</p>
                {example.reformulatedLine !== undefined && (
                  <p className="meta">
                    {t('topics.reformulatedLead')}{' '}
                    {t('quoteMarks', { text: t(`topics.${example.id}.reformulated`) })}
                  </p>
                )}
                <button
                  type="button"
                  className="button secondary"
                  aria-label={t('topics.useNamed', { topic: question })}
                  onClick={() => setTopic(question)}
                >
                  {t('topics.use')}
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card cafe-timer" aria-labelledby={timerHeadingId}>
        {topic.trim() && <p className="cafe-current-topic">{t('current', { topic: topic.trim() })}</p>}
        <h2 id={timerHeadingId}>
          {t('round.position', {
            number: timer.round + 1,
            total: CAFE_ROUNDS.length,
            name: roundName(round),
          })}
        </h2>
        <p id={clockLabelId} className="meta">
          {t('timer.label')}
        </p>
        {/* Read on demand only: announcing every second would drown everything else. */}
        <p role="timer" aria-live="off" aria-labelledby={clockLabelId} className="cafe-clock">
          {formatClock(left)}
        </p>
        <p role="status" aria-live="polite" className={timeUp ? 'notice' : undefined}>
          {timeUp ? t('timer.timeUp') : ''}
        </p>
        <div className="actions" role="group" aria-label={t('timer.controls')}>
          <button type="button" className="button" onClick={toggleTimer}>
            {toggleLabel}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => setTimer(resetTimer(timer, currentDurationMs))}
          >
            {t('timer.reset')}
          </button>
        </div>
        <div className="actions" role="group" aria-label={t('timer.rounds')}>
          <button
            ref={previousRef}
            type="button"
            className="button secondary"
            disabled={timer.round === 0}
            onClick={() => goTo(timer.round - 1)}
          >
            {t('timer.previous')}
          </button>
          <button
            ref={nextRef}
            type="button"
            className="button secondary"
            disabled={timer.round === LAST_ROUND}
            onClick={() => goTo(timer.round + 1)}
          >
            {t('timer.next')}
          </button>
        </div>
        <p role="status" className="visually-hidden">
          {roundAnnouncement}
        </p>
      </section>

      <ol className="cafe-rounds" aria-label={t('round.listLabel')}>
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
                <h2 id={headingId}>{t('round.heading', { number: index + 1, name: roundName(r) })}</h2>
                {current && <p className="badge cafe-badge">{t('round.current')}</p>}
                <p>{t(`rounds.${r}.lead`)}</p>
                <ul>
                  {CAFE_PROMPTS[r].map((prompt) => (
                    <li key={prompt}>{t(`rounds.${r}.prompts.${prompt}`)}</li>
                  ))}
                </ul>
                <div className="field">
                  <label htmlFor={minutesId}>{t('duration.label', { number: index + 1 })}</label>
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
                    {t('duration.hint')}
                  </p>
                  {invalid && (
                    <p id={`${minutesId}-error`} className="field-error">
                      {t('duration.error')}
                    </p>
                  )}
                </div>
              </section>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
