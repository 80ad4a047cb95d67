import { byId } from '../../i18n/byId';
// One competence of the grid: its statement, the three scales as rows of buttons (their meanings on
// demand), "non concerné·e", "envie" and a context note; « à confirmer » when copied from a previous bilan;
// « Effacer mes réponses » with « Annuler » for a few seconds.
import { memo, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../domain/content/grid';
import { ACQUISITION_MODES, AISANCE_LEVELS, MOBILISATION_LEVELS } from '../../domain/content/scales';
import { isAnswered, isToConfirm, type CompetencyResponse } from '../../domain/assessment';
import { scalesComplete } from '../../domain/gridWalk';
import { RadioScale, type ChoiceHow, type ScaleOption } from '../../components/RadioScale';
import { competencyLabel } from '../../components/competencyLabel';
import { NoteField } from '../../components/NoteField';
import { CONFIRM_WAIT_MS } from '../../components/usePendingValue';
import { UndoNotice } from '../../components/UndoNotice';
import { useTimeouts } from '../../components/useTimeouts';
import { ADVANCE_DELAY_MS } from '../../components/questionView';

interface Props {
  readonly competency: Competency;
  readonly response: CompetencyResponse | undefined;
  /** Writes a change; the item shows it at once and forgets it if the write fails. */
  readonly onChange: (patch: Partial<CompetencyResponse>) => Promise<void>;
  readonly onClear: () => Promise<void>;
  /**
   * Shown alone (one competence at a time): a level-2 heading the page can focus, and `onComplete`
   * called once a pointer or number-key answer completes the three scales, or the copy is confirmed.
   */
  readonly single?: { readonly onComplete: () => void };
}

export { ADVANCE_DELAY_MS };

const EMPTY: Required<Record<keyof CompetencyResponse, undefined>> = {
  aisance: undefined,
  mobilisation: undefined,
  acquisition: undefined,
  envie: undefined,
  notConcerned: undefined,
  note: undefined,
  toConfirm: undefined,
};

type Pending = Partial<CompetencyResponse>;

// The three scales read the same for every competence: worded once per translation function (one per
// language), not 24 times per item.
const optionsByT = new WeakMap<TFunction, Map<string, readonly ScaleOption<string | number>[]>>();

function scaleOptions<V extends string | number>(
  t: TFunction,
  scale: string,
  values: readonly V[],
): readonly ScaleOption<V>[] {
  const cache = optionsByT.get(t) ?? new Map<string, readonly ScaleOption<string | number>[]>();
  const cached = cache.get(scale);
  if (cached) return cached as readonly ScaleOption<V>[];
  const options = values.map((v) => ({
    value: v,
    label: t(($) => byId($.scale, scale, v, 'label')),
    description: t(($) => byId($.scale, scale, v, 'description')),
  }));
  // Not kept while the wording is still loading (i18next then answers with the keys).
  if (options.every((o, i) => o.label !== `scale.${scale}.${values[i]}.label`)) {
    cache.set(scale, options);
    optionsByT.set(t, cache);
  }
  return options;
}

/** Drops the pending values that the stored answer now holds. */
function confirmed(pending: Pending, stored: CompetencyResponse | undefined): Pending {
  const left = { ...pending };
  for (const k of Object.keys(left) as (keyof CompetencyResponse)[]) {
    if (stored?.[k] === left[k]) delete left[k];
  }
  return left;
}

/** Only the fields that hold something: what a clear removes, and an undo writes back. */
function heldFields(response: CompetencyResponse): Pending {
  return Object.fromEntries(Object.entries(response).filter(([, v]) => v !== undefined)) as Pending;
}

/** The same answer, field by field (each read from IndexedDB brings new objects). */
function sameResponse(a: CompetencyResponse | undefined, b: CompetencyResponse | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (Object.keys(EMPTY) as (keyof CompetencyResponse)[]).every((k) => a[k] === b[k]);
}

// Memoised: a page of items renders in steps, and an answer renders again its own item, not the others.
export const CompetencyItem = memo(
  function CompetencyItem({ competency, response, onChange, onClear, single }: Props) {
    const { t } = useTranslation();
    const id = useId();
    const scalesRef = useRef<HTMLDivElement>(null);
    const later = useTimeouts();
    const label = t(($) => byId($, competency.id, 'label'), { ns: 'content' });
    const hint = t(($) => byId($, competency.id, 'hint'), { ns: 'content', defaultValue: '' });
    // What the person just chose shows at once, before the live query brings it back from IndexedDB.
    const [pending, setPending] = useState<Pending>({});
    const [seen, setSeen] = useState(response);
    if (response !== seen) {
      setSeen(response);
      setPending((p) => confirmed(p, response));
    }
    const r: CompetencyResponse = { ...response, ...pending };

    // Forgets what `patch` showed, unless the person chose otherwise since.
    const forget = (patch: Pending) =>
      setPending((p) => {
        const left = { ...p };
        for (const k of Object.keys(patch) as (keyof CompetencyResponse)[]) {
          if (left[k] === patch[k]) delete left[k];
        }
        return left;
      });
    const write = (patch: Pending, save: () => Promise<void>): Promise<void> => {
      setPending((p) => ({ ...p, ...patch }));
      return save().then(
        // Stored: shortly after, what storage holds shows, even when another tab wrote the same
        // answer just after this one (both tabs then show that one).
        () => later(() => forget(patch), CONFIRM_WAIT_MS),
        (error: unknown) => {
          forget(patch);
          throw error;
        },
      );
    };
    const change = (patch: Pending) => write(patch, () => onChange(patch));
    // Radio and checkbox changes report failures through the page's alert; nothing more to do here.
    const choose = (patch: Pending) => void change(patch).catch(() => undefined);

    const options = <V extends string | number>(scale: string, values: readonly V[]) =>
      scaleOptions(t, scale, values);

    // « Effacer mes réponses » keeps what it cleared for a few seconds, so that « Annuler » writes it back.
    const [cleared, setCleared] = useState<Pending | null>(null);
    const clearButton = useRef<HTMLButtonElement>(null);
    const clear = () => {
      const before = heldFields(r);
      void write(EMPTY, onClear).then(
        () => setCleared(Object.keys(before).length > 0 ? before : null),
        () => undefined,
      );
    };
    const undo = (before: Pending) => {
      setCleared(null);
      clearButton.current?.focus();
      void change(before).catch(() => undefined);
    };
    /** A scale's answer: shown, saved, then on to the next scale (number key) or competence (complete). */
    const answer = (patch: Pending, how: ChoiceHow, scaleIndex: number) => {
      const completes = !scalesComplete(r) && scalesComplete({ ...r, ...patch });
      choose(patch);
      if (how === 'arrow') return;
      if (completes && single) {
        later(single.onComplete, ADVANCE_DELAY_MS);
        return;
      }
      if (how === 'key') {
        const next = scalesRef.current?.querySelectorAll('fieldset')[scaleIndex + 1];
        const target =
          next?.querySelector<HTMLInputElement>('input:checked') ??
          next?.querySelector<HTMLInputElement>('input');
        target?.focus();
      }
    };
    const toConfirm = isToConfirm(r);
    const Heading = single ? 'h2' : 'h3';

    return (
      <article
        className={[
          'competency',
          r.notConcerned ? 'is-not-concerned' : '',
          toConfirm ? 'is-to-confirm' : '',
          single ? 'is-single' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        aria-labelledby={`${id}-h`}
      >
        <header className="competency-header">
          <Heading id={`${id}-h`} tabIndex={single ? -1 : undefined}>
            {label}
          </Heading>
          {toConfirm ? (
            <span className="badge to-confirm">{t(($) => $.grid.toConfirm)}</span>
          ) : (
            isAnswered(r) && <span className="badge">{t(($) => $.questionnaire.answered)}</span>
          )}
        </header>
        <p className="statement">{t(($) => byId($, competency.id, 'statement'), { ns: 'content' })}</p>
        {hint &&
          (single ? (
            <details className="hint-disclosure">
              <summary>{t(($) => $.grid.example)}</summary>
              <p className="hint">{hint}</p>
            </details>
          ) : (
            <p className="hint">{hint}</p>
          ))}
        {toConfirm && (
          <p className="confirm-row">
            <span>{t(($) => $.grid.toConfirmHint)}</span>{' '}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                choose({ toConfirm: undefined });
                single?.onComplete();
              }}
            >
              {t(($) => $.grid.confirm)}
            </button>
          </p>
        )}

        <div className="scales" ref={scalesRef}>
          <RadioScale
            legend={t(($) => $.questionnaire.aisance)}
            options={options('aisance', AISANCE_LEVELS)}
            value={r.aisance}
            onChange={(aisance, how) => answer({ aisance }, how, 0)}
            disabled={r.notConcerned}
            compact={{ meaningsLabel: t(($) => $.grid.meanings.aisance) }}
          />
          <RadioScale
            legend={t(($) => $.questionnaire.mobilisation)}
            options={options('mobilisation', MOBILISATION_LEVELS)}
            value={r.mobilisation}
            onChange={(mobilisation, how) => answer({ mobilisation }, how, 1)}
            disabled={r.notConcerned}
            compact={{ meaningsLabel: t(($) => $.grid.meanings.mobilisation) }}
          />
          <RadioScale
            legend={t(($) => $.questionnaire.acquisition)}
            options={options('acquisition', ACQUISITION_MODES)}
            value={r.acquisition}
            onChange={(acquisition, how) => answer({ acquisition }, how, 2)}
            disabled={r.notConcerned}
            compact={{ meaningsLabel: t(($) => $.grid.meanings.acquisition) }}
          />
        </div>

        <div className="check">
          <input
            type="checkbox"
            id={`${id}-nc`}
            checked={r.notConcerned === true}
            onChange={(e) => {
              choose({ notConcerned: e.target.checked || undefined });
              if (e.target.checked && single) later(single.onComplete, ADVANCE_DELAY_MS);
            }}
            aria-describedby={`${id}-nc-d`}
          />
          <label htmlFor={`${id}-nc`}>{t(($) => $.questionnaire.notConcerned)}</label>
          <span id={`${id}-nc-d`} className="field-hint">
            {t(($) => $.questionnaire.notConcernedHint)}
          </span>
        </div>

        <div className="check">
          <input
            type="checkbox"
            id={`${id}-envie`}
            checked={r.envie === true}
            onChange={(e) => choose({ envie: e.target.checked || undefined })}
          />
          <label htmlFor={`${id}-envie`}>{t(($) => $.questionnaire.envie)}</label>
        </div>

        <NoteField
          label={t(($) => $.questionnaire.note)}
          hint={t(($) => $.questionnaire.noteHint)}
          value={r.note ?? ''}
          onSave={(note) => change({ note: note.trim() ? note : undefined })}
        />

        <button
          ref={clearButton}
          type="button"
          className="link-button clear"
          onClick={clear}
          aria-label={t(($) => $.questionnaire.clearNamed, { label: competencyLabel(t, competency.id) })}
        >
          {t(($) => $.questionnaire.clear)}
        </button>
        <div aria-live="polite" className="undo-region">
          {cleared && (
            <UndoNotice
              message={t(($) => $.questionnaire.cleared)}
              undoLabel={t(($) => $.questionnaire.undoClear)}
              undoName={t(($) => $.questionnaire.undoClearNamed, {
                label: competencyLabel(t, competency.id),
              })}
              onUndo={() => undo(cleared)}
              onExpire={() => setCleared(null)}
            />
          )}
        </div>
      </article>
    );
  },
  (before, after) =>
    before.competency === after.competency &&
    before.onChange === after.onChange &&
    before.onClear === after.onClear &&
    before.single === after.single &&
    sameResponse(before.response, after.response),
);
