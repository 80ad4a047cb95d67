// The acrobat and the strategist: practice statements grouped by direction or trait, rated by frequency.
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
import { ChoiceItem } from './ChoiceItem';
import { PostureFrame } from './PostureFrame';

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

export function PracticePage({ instrument }: { readonly instrument: keyof typeof INSTRUMENTS }) {
  const { t } = useTranslation();
  const { dimensions, statements, kind, section, remarks } = INSTRUMENTS[instrument];
  const options = FREQUENCY_LEVELS.map((v) => ({ value: v, label: t(`scale.frequency.${v}`) }));

  return (
    <PostureFrame instrument={instrument} resultSection={section} remarks={remarks}>
      {({ values, save }) =>
        (dimensions as readonly PostureId[]).map((dimension) => (
          <section key={dimension} className="dimension" aria-labelledby={`dim-${dimension}`}>
            <h2 id={`dim-${dimension}`}>{t(`${kind}.${dimension}.label`, { ns: 'postures' })}</h2>
            <p className="modality-description">{t(`${kind}.${dimension}.summary`, { ns: 'postures' })}</p>
            {statements
              .filter((s: PracticeStatement) => s.dimension === dimension)
              .map((s) => {
                const stored = values[s.id];
                return (
                  <ChoiceItem<Frequency>
                    key={s.id}
                    className="frequency"
                    legend={t(`${s.id}.statement`, { ns: 'postures' })}
                    options={options}
                    stored={typeof stored === 'number' ? (stored as Frequency) : undefined}
                    save={(v) => save(s.id, v)}
                  />
                );
              })}
          </section>
        ))
      }
    </PostureFrame>
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
