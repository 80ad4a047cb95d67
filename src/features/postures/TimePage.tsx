import { byId } from '../../i18n/byId';
// Working time: the ten FORS activities, split as it is and as wished. A split is saved only when it
// makes exactly 100 %, with a running total and a clear message otherwise; until then what is typed is
// kept as a draft (stored with the bilan, restored on return).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeSplitValue } from '../../domain/assessment';
import { ACTIVITY_IDS, type ActivityId } from '../../domain/content/postures';
import { checkSplit } from '../../domain/scoring/time';
import {
  decodeDraft,
  draftItemId,
  draftMatches,
  encodeDraft,
  splitOfDraft,
  type SplitDraft,
} from '../../domain/timeDraft';
import { PostureFrame, type PostureContext } from './PostureFrame';

export function TimePage() {
  return (
    <PostureFrame instrument="time" resultSection="temps">
      {(context) => (
        <div className="time-forms">
          <SplitForm kind="actual" context={context} />
          <SplitForm kind="wished" context={context} />
        </div>
      )}
    </PostureFrame>
  );
}

type Draft = SplitDraft;

function toDraft(stored: unknown): Draft {
  if (typeof stored !== 'object' || stored === null) return {};
  const split = stored as TimeSplitValue;
  return Object.fromEntries(ACTIVITY_IDS.map((a) => [a, split[a] === undefined ? '' : String(split[a])]));
}

function SplitForm({
  kind,
  context,
}: {
  readonly kind: 'actual' | 'wished';
  readonly context: PostureContext;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const itemId = `time.${kind}`;
  const draftId = draftItemId(kind);
  const stored = context.values[itemId];
  const [draft, setDraft] = useState<Draft>(() => decodeDraft(context.values[draftId]) ?? toDraft(stored));
  const [status, setStatus] = useState<'idle' | 'saved' | 'refused'>('idle');
  // What is typed differs from the saved split: it is kept as a draft, not yet an answer.
  const saved = typeof stored === 'object' ? stored : undefined;
  const isDraft = !draftMatches(draft, saved);

  const type = (activity: ActivityId, text: string) => {
    const next = { ...draft, [activity]: text };
    setDraft(next);
    setStatus('idle');
    // Failures are said by the frame's alert; the draft stays on screen.
    const kept = draftMatches(next, saved) ? undefined : encodeDraft(next);
    void context.save(draftId, kept).catch(() => undefined);
  };

  const check = checkSplit(splitOfDraft(draft));
  const remaining = 100 - check.total;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check.valid) {
      setStatus('refused');
      return;
    }
    const split = splitOfDraft(draft);
    const value: Record<string, number> = {};
    for (const a of ACTIVITY_IDS) value[a] = split[a] ?? 0;
    context
      .save(itemId, value)
      .then(() => context.save(draftId, undefined))
      .then(
        () => setStatus('saved'),
        () => setStatus('idle'),
      );
  };

  const totalText =
    check.problem === 'invalid-value'
      ? t(($) => $.time.invalid)
      : remaining === 0
        ? t(($) => $.time.totalOk)
        : remaining > 0
          ? t(($) => $.time.totalMissing, { total: check.total, remaining })
          : t(($) => $.time.totalOver, { total: check.total, over: -remaining });

  return (
    <form className="card split-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>{t(($) => $.time[`${kind}Title`])}</h2>
      <p className="field-hint">{t(($) => $.time[`${kind}Intro`])}</p>
      <table className="split-table">
        <caption className="visually-hidden">{t(($) => $.time[`${kind}Title`])}</caption>
        <thead>
          <tr>
            <th scope="col">{t(($) => $.time.activity)}</th>
            <th scope="col">{t(($) => $.time.percent)}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIVITY_IDS.map((a) => (
            <tr key={a}>
              <th scope="row">
                <label htmlFor={`${id}-${a}`}>{t(($) => $.activity[a].label, { ns: 'postures' })}</label>
                {i18n.exists(`activity.${a}.note`, { ns: 'postures' }) && (
                  <span className="activity-note">
                    {t(($) => byId($.activity, a, 'note'), { ns: 'postures' })}
                  </span>
                )}
              </th>
              <td>
                <span className="percent-input">
                  <input
                    id={`${id}-${a}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={1}
                    value={draft[a] ?? ''}
                    onChange={(e) => type(a, e.target.value)}
                  />
                  <span aria-hidden="true">%</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`split-total${check.valid ? ' is-ok' : ''}`} aria-live="polite" id={`${id}-total`}>
        {t(($) => $.time.total, { total: check.total })} — {totalText}
      </p>
      {isDraft && status !== 'refused' && (
        <p className="field-hint draft-kept">{t(($) => $.time.draftKept)}</p>
      )}
      {status === 'refused' && (
        <p role="alert" className="alert">
          {check.problem === 'invalid-value'
            ? t(($) => $.time.refusedInvalid)
            : t(($) => $.time.refused, { total: check.total })}
        </p>
      )}
      {status === 'saved' && (
        <p role="status" className="notice">
          {t(($) => $.time.saved)}
        </p>
      )}
      <button type="submit" className="button" aria-describedby={`${id}-total`}>
        {t(($) => (kind === 'actual' ? $.time.saveActual : $.time.saveWished))}
      </button>
    </form>
  );
}
