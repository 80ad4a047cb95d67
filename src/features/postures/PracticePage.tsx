// The acrobat and the strategist: practice statements grouped by direction or trait, rated by frequency;
// one at a time (the default, as on the grid) or the whole page.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACROBAT_STATEMENTS,
  DIRECTION_IDS,
  FREQUENCY_LEVELS,
  STRATEGIST_STATEMENTS,
  TRAIT_IDS,
  type Frequency,
  type PostureId,
  type PracticeStatement,
} from '../../domain/content/postures';
import type { PostureValues } from '../../domain/progress';
import type { ScaleOption } from '../../components/RadioScale';
import { ADVANCE_DELAY_MS, showQuestion } from '../../components/questionView';
import { ChoiceItem } from './ChoiceItem';
import { PostureFrame, type PostureContext } from './PostureFrame';

const INSTRUMENTS = {
  acrobat: {
    dimensions: DIRECTION_IDS,
    statements: ACROBAT_STATEMENTS,
    kind: 'direction',
    section: 'acrobate',
    remarks: ['acrobatTogether', 'acrobatConspirator', 'acrobatStrategies'],
  },
  strategist: {
    dimensions: TRAIT_IDS,
    statements: STRATEGIST_STATEMENTS,
    kind: 'trait',
    section: 'stratege',
    remarks: undefined,
  },
} as const;

type Instrument = keyof typeof INSTRUMENTS;

function storedFrequency(values: PostureValues, id: string): Frequency | undefined {
  const stored = values[id];
  return typeof stored === 'number' ? (stored as Frequency) : undefined;
}

export function PracticePage({ instrument }: { readonly instrument: Instrument }) {
  const { t } = useTranslation();
  const { dimensions, statements, kind, section, remarks } = INSTRUMENTS[instrument];
  const options = FREQUENCY_LEVELS.map((v) => ({ value: v, label: t(`scale.frequency.${v}`) }));
  // The statements in the order of the whole page: by direction or trait.
  const ordered = (dimensions as readonly PostureId[]).flatMap((d) =>
    statements.filter((s: PracticeStatement) => s.dimension === d),
  );

  return (
    <PostureFrame instrument={instrument} resultSection={section} remarks={remarks} oneAtATime>
      {(context) =>
        context.single ? (
          <SingleStatement kind={kind} statements={ordered} options={options} context={context} />
        ) : (
          (dimensions as readonly PostureId[]).map((dimension) => (
            <section key={dimension} className="dimension" aria-labelledby={`dim-${dimension}`}>
              <h2 id={`dim-${dimension}`}>{t(`${kind}.${dimension}.label`, { ns: 'postures' })}</h2>
              <p className="modality-description">{t(`${kind}.${dimension}.summary`, { ns: 'postures' })}</p>
              {ordered
                .filter((s) => s.dimension === dimension)
                .map((s) => (
                  <ChoiceItem<Frequency>
                    key={s.id}
                    className="frequency"
                    legend={t(`${s.id}.statement`, { ns: 'postures' })}
                    options={options}
                    stored={storedFrequency(context.values, s.id)}
                    save={(v) => context.save(s.id, v)}
                  />
                ))}
            </section>
          ))
        )
      }
    </PostureFrame>
  );
}

/**
 * One statement at a time, opening on the first still to answer. An answer given by pointer, touch or
 * number key moves on by itself (after the last, to the reflective note); « Précédente » and
 * « Suivante » move by hand. The heading of the statement that comes takes the focus, and a status line
 * says which one it is.
 */
function SingleStatement({
  kind,
  statements,
  options,
  context,
}: {
  readonly kind: 'direction' | 'trait';
  readonly statements: readonly PracticeStatement[];
  readonly options: readonly ScaleOption<Frequency>[];
  readonly context: PostureContext;
}) {
  const { t } = useTranslation();
  const { values, save } = context;
  const [index, setIndex] = useState(() =>
    Math.max(
      statements.findIndex((s) => storedFrequency(values, s.id) === undefined),
      0,
    ),
  );
  const cardRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    showQuestion(cardRef.current, '.scale');
  }, [index]);

  const statement = statements[index];
  if (!statement) return null;
  const goTo = (target: number) => {
    if (target >= statements.length) {
      const end = document.getElementById('reflection-h');
      end?.focus({ preventScroll: true });
      end?.scrollIntoView({ block: 'center' });
      return;
    }
    moved.current = true;
    setIndex(target);
  };
  const label = t(`${statement.id}.statement`, { ns: 'postures' });
  const position = { current: index + 1, total: statements.length };

  return (
    <div className="single-item single-statement" ref={cardRef}>
      <p className="single-position">
        <span>{t('posture.single.position', position)}</span>
        {' · '}
        <span>{t(`${kind}.${statement.dimension}.label`, { ns: 'postures' })}</span>
      </p>
      <p className="visually-hidden" role="status">
        {t('posture.single.positionStatus', { ...position, label })}
      </p>
      <ChoiceItem<Frequency>
        key={statement.id}
        className="frequency"
        legend={label}
        options={options}
        stored={storedFrequency(values, statement.id)}
        save={(v) => save(statement.id, v)}
        single={{
          meaningsLabel: t('posture.single.meanings'),
          onAnswered: () => setTimeout(() => goTo(index + 1), ADVANCE_DELAY_MS),
        }}
      />
      <nav className="single-nav" aria-label={t('posture.single.itemNav')}>
        <button
          type="button"
          className="button secondary"
          disabled={index === 0}
          onClick={() => goTo(index - 1)}
        >
          {t('grid.previousItem')}
        </button>
        {index + 1 < statements.length && (
          <button type="button" className="button secondary" onClick={() => goTo(index + 1)}>
            {t('grid.nextItem')}
          </button>
        )}
      </nav>
      <p className="field-hint keys-hint">{t('posture.single.keysHint')}</p>
    </div>
  );
}

/** The acrobat's questionnaire, a page of its own. */
export function AcrobatPage() {
  return <PracticePage instrument="acrobat" />;
}

/** The strategist's questionnaire, a page of its own. */
export function StrategistPage() {
  return <PracticePage instrument="strategist" />;
}
