// The body of "Mon profil" (ProfilePage.tsx shows its title first): the whole profile of a bilan,
// strengths first, the competency grid and the postures together, every chart with its table and
// summary, printable as a personal report.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { COMPETENCIES } from '../../domain/content/grid';
import { INSTRUMENT_IDS } from '../../domain/content/postures';
import { reflectionItemId } from '../../domain/progress';
import { computeWholeProfile } from '../../domain/scoring/wholeProfile';
import { useAssessment, useCompetencyResponses, usePostureValues } from '../../db/hooks';
import { BilanNotFound } from '../../components/BilanNotFound';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';
import { competencyLabel } from '../../components/competencyLabel';
import {
  Acquisition,
  Gaps,
  HeatMapSection,
  MacroRadarSection,
  Strengths,
  Wishes,
} from './CompetencySections';
import { printWithCharts } from '../../components/charts';
import { Narrative } from './Narrative';
import {
  AcrobatSection,
  SituationsSection,
  StrategistSection,
  TensionsSection,
  TimeSection,
} from './PostureSections';

/** `plan` is the development plan's section, given by the route (features do not import each other). */
export function ProfileBody({ plan }: { readonly plan?: ReactNode }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const assessment = useAssessment(id);
  const responses = useCompetencyResponses(id);
  const values = usePostureValues(id);
  const profile = useMemo(
    () => (responses && values ? computeWholeProfile(responses, values) : undefined),
    [responses, values],
  );
  const [openedAt] = useState(() => Date.now());

  if (assessment === null) return <BilanNotFound />;
  if (assessment === undefined || profile === undefined || responses === undefined || values === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }

  const competency = profile.competency;
  const remaining = competency.total - competency.answered;
  const notes = COMPETENCIES.flatMap((c) => {
    const note = responses[c.id]?.note;
    return note ? [{ id: c.id, note }] : [];
  });
  const reflections = INSTRUMENT_IDS.flatMap((instrument) => {
    const text = values[reflectionItemId(instrument)];
    return typeof text === 'string' && text ? [{ instrument, text }] : [];
  });

  return (
    <>
      <p className="bilan-link">
        <Link to={paths.bilan(id)}>{assessment.name}</Link>
      </p>
      <p className="no-print actions">
        <button type="button" className="button secondary" onClick={() => void printWithCharts()}>
          {t('profile.print')}
        </button>
        <Link className="button secondary" to={paths.share(id)}>
          {assessment.workshop ? t('bilan.sendToTrainer') : t('profile.share')}
        </Link>
      </p>
      <p className="print-only">
        {t('profile.printedOn', { date: formatDate(openedAt, i18n.language) })}{' '}
        {t('profile.bilanDates', {
          created: formatDate(assessment.createdAt, i18n.language),
          updated: formatDate(assessment.updatedAt, i18n.language),
        })}
      </p>

      <Narrative profile={profile} assessmentId={id} />

      <section id="grille" aria-labelledby="grid-h" className="part">
        <h2 id="grid-h" className="part-title">
          {t('profile.gridPart')}
        </h2>
        {competency.answered === 0 ? (
          <p className="missing">
            {t('profile.notYet')}{' '}
            <Link to={paths.questionnaire(id)}>
              {t('bilan.startNamed', { title: t('instrument.grid.title') })}
            </Link>
          </p>
        ) : (
          <>
            <p className="basis">
              {t('profile.basis', { answered: competency.answered, total: competency.total })}{' '}
              {competency.notConcerned > 0 && t('profile.notConcerned', { count: competency.notConcerned })}
            </p>
            {remaining > 0 && (
              <p className="notice">
                {t('profile.incomplete', { count: remaining })}{' '}
                <Link to={paths.questionnaire(id)}>{t('profile.continue')}</Link>
              </p>
            )}
            <Strengths profile={competency} />
          </>
        )}
      </section>

      <SituationsSection profile={profile} assessmentId={id} />
      <AcrobatSection profile={profile} assessmentId={id} />
      <StrategistSection profile={profile} assessmentId={id} />

      {competency.answered > 0 && (
        <>
          <MacroRadarSection profile={competency} />
          <HeatMapSection profile={competency} />
          <Gaps profile={competency} />
          <Wishes profile={competency} />
          <Acquisition profile={competency} />
        </>
      )}

      <TensionsSection profile={profile} assessmentId={id} />
      <TimeSection profile={profile} assessmentId={id} />

      {plan}

      {(notes.length > 0 || reflections.length > 0) && (
        <section aria-labelledby="notes-h">
          <h2 id="notes-h">{t('profile.notes.title')}</h2>
          <p className="intro">{t('profile.notes.intro')}</p>
          <dl className="notes">
            {reflections.map((r) => (
              <div key={r.instrument}>
                <dt>
                  {t('posture.reflectionTitle')} — {t(`instrument.${r.instrument}.title`)}
                </dt>
                <dd>{r.text}</dd>
              </div>
            ))}
            {notes.map((n) => (
              <div key={n.id}>
                <dt>{competencyLabel(t, n.id)}</dt>
                <dd>{n.note}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="sources-h" className="sources-block">
        <h2 id="sources-h">{t('about.sourcesTitle')}</h2>
        <p className="source">{t('profile.sources')}</p>
      </section>
    </>
  );
}
