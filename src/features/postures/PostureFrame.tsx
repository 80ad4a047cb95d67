import { byId } from '../../i18n/byId';
// The frame every posture questionnaire shares: loading, its title and source, its progress, the
// reflective note, a clear message when a write fails, and the way back to the bilan and the profile.
// A questionnaire of statements may show them one at a time (the remembered view, as on the grid), its
// progress then kept in view.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PostureValue } from '../../domain/assessment';
import type { QuestionnaireId } from '../../domain/content/postures';
import { instrumentProgress, reflectionItemId, type PostureValues } from '../../domain/progress';
import { savePostureValue } from '../../db/assessments';
import { useAssessment, usePostureValues, useRememberPage, useSaveState } from '../../db/hooks';
import { NoteField } from '../../components/NoteField';
import { Quote } from '../../components/Quote';
import type { QuotationId } from '../../domain/content/sources';
import { PageTitle } from '../../components/PageTitle';
import { BilanNotFound } from '../../components/BilanNotFound';
import { instrumentSlug, paths } from '../../components/paths';
import { useGridView } from '../../components/questionView';

const NO_VALUES: PostureValues = {};

export interface PostureContext {
  readonly values: PostureValues;
  /** Writes one answer; rejects (after showing the error) when it could not be stored. */
  readonly save: (itemId: string, value: PostureValue | undefined) => Promise<void>;
  /** One statement at a time (only for a frame that offers it, see `oneAtATime`). */
  readonly single: boolean;
}

interface Props {
  readonly instrument: Exclude<QuestionnaireId, 'grid'>;
  /** The profile section this instrument's result shows in. */
  readonly resultSection: string;
  /** What the synthesis says about this instrument, shown under its source. */
  readonly remarks?: readonly QuotationId[];
  readonly children: (context: PostureContext) => ReactNode;
  /** Offers one statement at a time or the whole page, as the person last chose. */
  readonly oneAtATime?: boolean;
  /** The wording of that choice: `<singleKey>.showPage` and `.showSingle`. */
  readonly singleKey?: string;
}

export function PostureFrame({
  instrument,
  resultSection,
  remarks,
  children,
  oneAtATime,
  singleKey = 'posture.single',
}: Props) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(id);
  const values = usePostureValues(id);
  // Said until the failed write is stored (the banner's « Réessayer ») or replaced by a newer one.
  const saveFailed = useSaveState().unsaved;
  const [view, setView] = useGridView();
  const single = oneAtATime === true && view === 'single';

  useRememberPage(assessment, instrumentSlug(instrument));

  if (assessment === null) {
    return <BilanNotFound title={t(($) => $.instrument[instrument].title)} />;
  }
  // Until the answers are read (and in the page's prerendered shell), the page shows its title, its
  // purpose and its questions unanswered, out of reach and hidden from assistive technologies (the
  // status says it is loading), where they will be. The questions are mounted again once the answers
  // are read: a one-at-a-time view opens where the person left off.
  const loading = assessment === undefined || values === undefined;
  const answers = values ?? NO_VALUES;

  const save = (itemId: string, value: PostureValue | undefined) => savePostureValue(id, itemId, value);
  const progress = instrumentProgress({}, answers)[instrument];
  const reflectionId = reflectionItemId(instrument);
  const reflection = answers[reflectionId];

  return (
    <div className={`posture posture-${instrument}`}>
      <p className="eyebrow" role={loading ? 'status' : undefined}>
        {assessment ? <Link to={paths.bilan(id)}>{assessment.name}</Link> : t(($) => $.app.loading)}
      </p>
      <PageTitle>{t(($) => $.instrument[instrument].title)}</PageTitle>
      <p className="intro">{t(($) => $.instrument[instrument].intro)}</p>
      <p className="source">{t(($) => $.posture.source[instrument])}</p>
      {remarks && (
        <section className="remarks" aria-labelledby="remarks-h">
          <h2 id="remarks-h">{t(($) => $.posture.remarksTitle)}</h2>
          {remarks.map((q) => (
            <Quote key={q} id={q} />
          ))}
        </section>
      )}
      <div className="page-controls" inert={loading} aria-hidden={loading || undefined}>
        <div className={single ? 'progress-block grid-sticky' : 'progress-block'}>
          <label htmlFor="instrument-progress">{t(($) => $.posture.progressLabel)}</label>
          <progress id="instrument-progress" max={progress.total} value={progress.answered} />
          {single ? (
            <span>
              <span aria-hidden="true">
                {t(($) => $.grid.progressShort, { count: progress.answered, total: progress.total })}
              </span>
              <span className="visually-hidden">
                {t(($) => $.bilan.itemProgress, { count: progress.answered, total: progress.total })}
              </span>
            </span>
          ) : (
            <span>{t(($) => $.bilan.itemProgress, { count: progress.answered, total: progress.total })}</span>
          )}
        </div>
        {oneAtATime && (
          <p className="view-switch">
            <button type="button" className="link-button" onClick={() => setView(single ? 'page' : 'single')}>
              {t(($) => (single ? byId($, singleKey, 'showPage') : byId($, singleKey, 'showSingle')))}
            </button>
          </p>
        )}
        <p className="autosave">
          {t(($) => (instrument === 'time' ? $.posture.timeSave : $.questionnaire.autosave))}
        </p>
        {saveFailed && (
          <p role="alert" className="alert">
            {t(($) => $.questionnaire.saveError)}
          </p>
        )}

        <div className="page-controls" key={loading ? 'preview' : 'answers'}>
          {children({ values: answers, save, single })}

          <section className="reflection" aria-labelledby="reflection-h">
            <h2 id="reflection-h" tabIndex={-1}>
              {t(($) => $.posture.reflectionTitle)}
            </h2>
            <p>{t(($) => $.posture.reflectionLead)}</p>
            <Quote id="partOfEquation" />
            <NoteField
              label={t(($) => $.posture.reflectionLabel)}
              hint={t(($) => $.posture.reflectionHint)}
              rows={4}
              value={typeof reflection === 'string' ? reflection : ''}
              onSave={(text) => save(reflectionId, text.trim() ? text : undefined)}
            />
          </section>
        </div>

        <nav className="pager" aria-label={t(($) => $.posture.nav)}>
          <Link className="button secondary" to={paths.bilan(id)}>
            {t(($) => $.posture.backToBilan)}
          </Link>
          <Link className="button" to={paths.profile(id, resultSection)}>
            {t(($) => $.posture.toResult)}
          </Link>
        </nav>
      </div>
    </div>
  );
}
