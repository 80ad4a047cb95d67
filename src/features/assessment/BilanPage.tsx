// A bilan's own page: its questionnaires (six, or those a workshop chose), to take in any order, each with
// its progress, and outside a workshop the optional « savoir-être », marked so and not counted in the total. Its actions follow what the person should do next: before any answer the questionnaires
// come first and the profile and sharing wait below, saying why; once answers exist, « Voir mon profil » leads.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { INSTRUMENT_IDS, OPTIONAL_INSTRUMENT_IDS, type QuestionnaireId } from '../../domain/content/postures';
import { gridToConfirm, instrumentProgress, totalProgress, type Progress } from '../../domain/progress';
import { useAssessment, useCompetencyResponses, usePlanItems, usePostureValues } from '../../db/hooks';
import { useLiveRoom } from '../../db/useLiveRoom';
import { PageTitle } from '../../components/PageTitle';
import { BilanNotFound } from '../../components/BilanNotFound';
import { paths } from '../../components/paths';
import { useLiveRelay } from '../../components/liveRelay';

export function BilanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(id);
  const responses = useCompetencyResponses(id);
  const values = usePostureValues(id);
  const plan = usePlanItems(id);
  // A bilan from a live join link: present in the trainer's room while this page is open.
  useLiveRoom(useLiveRelay(), assessment?.workshop?.live?.room, 'participant');

  if (assessment === undefined || responses === undefined || values === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }
  if (assessment === null) {
    return <BilanNotFound title={t('questionnaire.title')} />;
  }

  const progress = instrumentProgress(responses, values);
  const instruments = assessment.workshop?.instruments ?? INSTRUMENT_IDS;
  const total = totalProgress(progress, instruments);
  // Answers copied from the previous bilan and not yet touched, said on the grid's card.
  const toConfirm = gridToConfirm(responses);
  const started = total.answered > 0;
  const results = (
    <div className="bilan-results">
      {!started && (
        <p className="field-hint" id="bilan-results-why">
          {t('bilan.resultsNotYet')}
        </p>
      )}
      <p className="actions">
        <Link
          className={started ? 'button' : 'button secondary'}
          to={paths.profile(id)}
          aria-describedby={started ? undefined : 'bilan-results-why'}
        >
          {t('bilan.profile')}
        </Link>
        <Link
          className="button secondary"
          to={paths.share(id)}
          aria-describedby={started ? undefined : 'bilan-results-why'}
        >
          {assessment.workshop ? t('bilan.sendToTrainer') : t('bilan.share')}
        </Link>
      </p>
    </div>
  );

  return (
    <div className="bilan">
      <p className="eyebrow">{t('bilan.eyebrow')}</p>
      <PageTitle>{assessment.name}</PageTitle>
      <p className="intro">{t('room.bilanIntro', { count: instruments.length })}</p>
      <div className="progress-block">
        <label htmlFor="total-progress">{t('bilan.progressLabel')}</label>
        <progress id="total-progress" max={total.total} value={total.answered} />
        <span>{t('bilan.progress', { count: total.answered, total: total.total })}</span>
      </div>
      {assessment.workshop && (
        <p className="notice">{t('bilan.workshopIntro', { title: assessment.workshop.title })}</p>
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
        {!assessment.workshop &&
          OPTIONAL_INSTRUMENT_IDS.map((instrument) => (
            <InstrumentCard
              key={instrument}
              id={id}
              instrument={instrument}
              progress={progress[instrument]}
              optional
            />
          ))}
        <li className="card instrument-card">
          <h2>{t('bilan.planTitle')}</h2>
          <p>{t('bilan.planIntro')}</p>
          <p className="meta">{t('bilan.planCount', { count: plan?.length ?? 0 })}</p>
          <p>
            <Link className="button secondary" to={paths.plan(id)}>
              {t('bilan.planLink')}
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
  const title = t(`instrument.${instrument}.title`);
  const action = p.answered === 0 ? 'start' : p.answered < p.total ? 'continue' : 'review';
  return (
    <li className={optional ? 'card instrument-card optional' : 'card instrument-card'}>
      <h2>
        {title}
        {optional && <span className="badge">{t('bilan.optional')}</span>}
      </h2>
      <p>{t(`instrument.${instrument}.intro`)}</p>
      <p className="meta">
        {t(`instrument.${instrument}.duration`)} ·{' '}
        {t('bilan.itemProgress', { count: p.answered, total: p.total })}
        {toConfirm > 0 && (
          <>
            {' '}
            <span className="to-confirm-count">{t('grid.toConfirmCount', { count: toConfirm })}</span>
          </>
        )}
      </p>
      {optional && <p className="field-hint">{t('bilan.optionalHint')}</p>}
      <progress max={p.total} value={p.answered} aria-label={t('bilan.instrumentProgress', { title })} />
      <p>
        <Link
          className={action === 'review' || optional ? 'button secondary' : 'button'}
          to={paths.instrument(id, instrument)}
          aria-label={t(`bilan.${action}Named`, { title })}
        >
          {t(`bilan.${action}`)}
        </Link>
      </p>
    </li>
  );
}
