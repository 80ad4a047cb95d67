import { byId } from '../../i18n/byId';
// The statement questionnaires: the acrobat and the strategist (practice statements grouped by direction
// or trait, rated by frequency) and the optional « savoir-être » (the skills the participants named, each
// a strength, being worked on, or not one's concern); one at a time (the default, as on the grid) or the
// whole page.
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
} from '../../domain/content/postures';
import { SAVOIR_ETRE_SKILLS, SKILL_STANCES, type SkillStance } from '../../domain/content/savoirEtre';
import type { QuotationId } from '../../domain/content/sources';
import type { PostureValues } from '../../domain/progress';
import type { ScaleOption } from '../../components/RadioScale';
import { ADVANCE_DELAY_MS, showQuestion } from '../../components/questionView';
import { useTimeouts } from '../../components/useTimeouts';
import { ChoiceItem } from './ChoiceItem';
import { PostureFrame, type PostureContext } from './PostureFrame';

type Answer = Frequency | SkillStance;

interface Statement {
  readonly id: string;
  /** The direction or trait it belongs to; none in a list without groups. */
  readonly dimension?: PostureId;
}

interface Declaration {
  /** The groups, each under its heading (`<kind>.<dimension>.label`, postures); none: one list. */
  readonly grouped?: { readonly kind: 'direction' | 'trait'; readonly dimensions: readonly PostureId[] };
  /** Worded `<id>.statement` (postures). */
  readonly statements: readonly Statement[];
  readonly levels: readonly Answer[];
  /** A level's wording: `<levelKey>.<level>`. */
  readonly levelKey: string;
  /** The one-at-a-time view's wording: `<singleKey>.position`, `.keysHint`… */
  readonly singleKey: string;
  /** The profile section its result shows in. */
  readonly section: string;
  readonly remarks?: readonly QuotationId[];
}

const INSTRUMENTS = {
  acrobat: {
    grouped: { kind: 'direction', dimensions: DIRECTION_IDS },
    statements: ACROBAT_STATEMENTS,
    levels: FREQUENCY_LEVELS,
    levelKey: 'scale.frequency',
    singleKey: 'posture.single',
    section: 'acrobate',
    remarks: ['acrobatTogether', 'acrobatConspirator', 'acrobatStrategies'],
  },
  strategist: {
    grouped: { kind: 'trait', dimensions: TRAIT_IDS },
    statements: STRATEGIST_STATEMENTS,
    levels: FREQUENCY_LEVELS,
    levelKey: 'scale.frequency',
    singleKey: 'posture.single',
    section: 'stratege',
  },
  'savoir-etre': {
    statements: SAVOIR_ETRE_SKILLS,
    levels: SKILL_STANCES,
    levelKey: 'savoirEtre.stance',
    singleKey: 'savoirEtre.single',
    section: 'savoir-etre',
  },
} as const satisfies Record<string, Declaration>;

type Instrument = keyof typeof INSTRUMENTS;

function storedAnswer(levels: readonly Answer[], values: PostureValues, id: string): Answer | undefined {
  const stored = values[id];
  return levels.find((level) => level === stored);
}

export function PracticePage({ instrument }: { readonly instrument: Instrument }) {
  const { t } = useTranslation();
  const declaration: Declaration = INSTRUMENTS[instrument];
  const { grouped, statements, levels, levelKey, singleKey, section, remarks } = declaration;
  const options = levels.map((v) => ({ value: v, label: t(($) => byId($, levelKey, v)) }));
  // The statements in the order of the whole page: by direction or trait, else as listed.
  const ordered = grouped
    ? grouped.dimensions.flatMap((d) => statements.filter((s) => s.dimension === d))
    : statements;
  const item = (s: Statement, values: PostureValues, save: PostureContext['save']) => (
    <ChoiceItem<Answer>
      key={s.id}
      className="frequency"
      legend={t(($) => byId($, s.id, 'statement'), { ns: 'postures' })}
      options={options}
      stored={storedAnswer(levels, values, s.id)}
      save={(v) => save(s.id, v)}
    />
  );

  return (
    <PostureFrame
      instrument={instrument}
      resultSection={section}
      remarks={remarks}
      singleKey={singleKey}
      oneAtATime
    >
      {(context) =>
        context.single ? (
          <SingleStatement
            declaration={declaration}
            statements={ordered}
            options={options}
            context={context}
          />
        ) : grouped ? (
          grouped.dimensions.map((dimension) => (
            <section key={dimension} className="dimension" aria-labelledby={`dim-${dimension}`}>
              <h2 id={`dim-${dimension}`}>
                {t(($) => byId($, grouped.kind, dimension, 'label'), { ns: 'postures' })}
              </h2>
              <p className="modality-description">
                {t(($) => byId($, grouped.kind, dimension, 'summary'), { ns: 'postures' })}
              </p>
              {ordered
                .filter((s) => s.dimension === dimension)
                .map((s) => item(s, context.values, context.save))}
            </section>
          ))
        ) : (
          <section className="dimension">{ordered.map((s) => item(s, context.values, context.save))}</section>
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
  declaration,
  statements,
  options,
  context,
}: {
  readonly declaration: Declaration;
  readonly statements: readonly Statement[];
  readonly options: readonly ScaleOption<Answer>[];
  readonly context: PostureContext;
}) {
  const { grouped, levels, singleKey } = declaration;
  const { t } = useTranslation();
  const { values, save } = context;
  const [index, setIndex] = useState(() =>
    Math.max(
      statements.findIndex((s) => storedAnswer(levels, values, s.id) === undefined),
      0,
    ),
  );
  const cardRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const later = useTimeouts();

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
  const label = t(($) => byId($, statement.id, 'statement'), { ns: 'postures' });
  const position = { current: index + 1, total: statements.length };
  const { dimension } = statement;

  return (
    <div className="single-item single-statement" ref={cardRef}>
      <p className="single-position">
        <span>{t(($) => byId($, singleKey, 'position'), position)}</span>
        {grouped && dimension && (
          <>
            {' · '}
            <span>{t(($) => byId($, grouped.kind, dimension, 'label'), { ns: 'postures' })}</span>
          </>
        )}
      </p>
      <p className="visually-hidden" role="status">
        {t(($) => byId($, singleKey, 'positionStatus'), { ...position, label })}
      </p>
      <ChoiceItem<Answer>
        key={statement.id}
        className="frequency"
        legend={label}
        options={options}
        stored={storedAnswer(levels, values, statement.id)}
        save={(v) => save(statement.id, v)}
        single={{
          meaningsLabel: t(($) => byId($, singleKey, 'meanings')),
          onAnswered: () => later(() => goTo(index + 1), ADVANCE_DELAY_MS),
        }}
      />
      <nav className="single-nav" aria-label={t(($) => byId($, singleKey, 'itemNav'))}>
        <button
          type="button"
          className="button secondary"
          disabled={index === 0}
          onClick={() => goTo(index - 1)}
        >
          {t(($) => $.grid.previousItem)}
        </button>
        {index + 1 < statements.length && (
          <button type="button" className="button secondary" onClick={() => goTo(index + 1)}>
            {t(($) => $.grid.nextItem)}
          </button>
        )}
      </nav>
      <p className="field-hint keys-hint">{t(($) => byId($, singleKey, 'keysHint'))}</p>
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

/** The optional « savoir-être », a page of its own. */
export function SavoirEtrePage() {
  return <PracticePage instrument="savoir-etre" />;
}
