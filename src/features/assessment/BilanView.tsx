// A bilan's own page as it shows (BilanPage.tsx reads the data, bilanOverview.ts shapes it): its
// questionnaires (six, or those a workshop chose), to take in any order, each with its progress, and
// outside a workshop the optional « savoir-être », marked so and not counted in the total. Its actions
// follow what the person should do next: before any answer the questionnaires come first and the
// profile and sharing wait below, saying why; once answers exist, « Voir mon profil » leads.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '../../domain/assessment';
import type { QuestionnaireId } from '../../domain/content/postures';
import type { Progress } from '../../domain/progress';
import { PageTitle } from '../../components/PageTitle';
import { paths } from '../../components/paths';
import type { BilanOverview } from './bilanOverview';

export interface BilanViewProps {
  readonly assessment: Assessment;
  readonly overview: BilanOverview;
  /** How many steps the bilan's development plan has. */
  readonly planCount: number;
}

export function BilanView({ assessment, overview, planCount }: BilanViewProps) {
  const { t } = useTranslation();
  const { progress, instruments, optional, total, toConfirm, started } = overview;
  const id = assessment.id;
  const results = (
    <div className="bilan-results">
      {!started && (
        <p className="field-hint" id="bilan-results-why">
          {t(($) => $.bilan.resultsNotYet)}
        </p>
      )}
      <p className="actions">
        <Link
          className={started ? 'button' : 'button secondary'}
          to={paths.profile(id)}
          aria-describedby={started ? undefined : 'bilan-results-why'}
        >
          {t(($) => $.bilan.profile)}
        </Link>
        <Link
          className="button secondary"
          to={paths.share(id)}
          aria-describedby={started ? undefined : 'bilan-results-why'}
        >
          {assessment.workshop ? t(($) => $.bilan.sendToTrainer) : t(($) => $.bilan.share)}
        </Link>
      </p>
    </div>
  );

  return (
    <div className="bilan">
      <p className="eyebrow">{t(($) => $.bilan.eyebrow)}</p>
      <PageTitle>{assessment.name}</PageTitle>
      <p className="intro">{t(($) => $.room.bilanIntro, { count: instruments.length })}</p>
      <div className="progress-block">
        <label htmlFor="total-progress">{t(($) => $.bilan.progressLabel)}</label>
        <progress id="total-progress" max={total.total} value={total.answered} />
        <span>{t(($) => $.bilan.progress, { count: total.answered, total: total.total })}</span>
      </div>
      {assessment.workshop && (
        <p className="notice">{t(($) => $.bilan.workshopIntro, { title: assessment.workshop.title })}</p>
      )}
      {started && results}
      <ul className="instrument-list">
        {instruments.map((instrument) => (
          <InstrumentCard
            key={instrument}
            id={id}
            instrument={instrument}
            progress={progress[instrument]}
            toConfirm={instrument === 'grid' ? toConfirm : 0}
          />
        ))}
        {optional.map((instrument) => (
          <InstrumentCard
            key={instrument}
            id={id}
            instrument={instrument}
            progress={progress[instrument]}
            optional
          />
        ))}
        <li className="card instrument-card">
          <h2>{t(($) => $.bilan.planTitle)}</h2>
          <p>{t(($) => $.bilan.planIntro)}</p>
          <p className="meta">{t(($) => $.bilan.planCount, { count: planCount })}</p>
          <p>
            <Link className="button secondary" to={paths.plan(id)}>
              {t(($) => $.bilan.planLink)}
            </Link>
          </p>
        </li>
      </ul>
      {!started && results}
    </div>
  );
}

function InstrumentCard({
  id,
  instrument,
  progress: p,
  toConfirm = 0,
  optional = false,
}: {
  readonly id: string;
  readonly instrument: QuestionnaireId;
  readonly progress: Progress;
  /** Grid answers copied from the previous bilan and not yet touched, said on the grid's card. */
  readonly toConfirm?: number;
  /** Offered beside the bilan, not counted in its progress: said on the card. */
  readonly optional?: boolean;
}) {
  const { t } = useTranslation();
  const title = t(($) => $.instrument[instrument].title);
  const action = p.answered === 0 ? 'start' : p.answered < p.total ? 'continue' : 'review';
  return (
    <li className={optional ? 'card instrument-card optional' : 'card instrument-card'}>
      <h2>
        {title}
        {optional && <span className="badge">{t(($) => $.bilan.optional)}</span>}
      </h2>
      <p>{t(($) => $.instrument[instrument].intro)}</p>
      <p className="meta">
        {t(($) => $.instrument[instrument].duration)} ·{' '}
        {t(($) => $.bilan.itemProgress, { count: p.answered, total: p.total })}
        {toConfirm > 0 && (
          <>
            {' '}
            <span className="to-confirm-count">{t(($) => $.grid.toConfirmCount, { count: toConfirm })}</span>
          </>
        )}
      </p>
      {optional && <p className="field-hint">{t(($) => $.bilan.optionalHint)}</p>}
      <progress
        max={p.total}
        value={p.answered}
        aria-label={t(($) => $.bilan.instrumentProgress, { title })}
      />
      <p>
        <Link
          className={action === 'review' || optional ? 'button secondary' : 'button'}
          to={paths.instrument(id, instrument)}
          aria-label={t(($) => $.bilan[`${action}Named`], { title })}
        >
          {t(($) => $.bilan[action])}
        </Link>
      </p>
    </li>
  );
}
