// "Mon profil" from a bilan's data (ProfileBody.tsx reads it), in layers: the summary card first, the
// portrait, then each section with one chart, its one-sentence summary and its table folded; printable
// as a personal report (A4, the bilan's name at the top of every page). Renders from its props only.
import { useMemo, useState, type ReactNode } from 'react';
import type { Assessment } from '../../domain/assessment';
import type { PostureValues } from '../../domain/progress';
import type { ResponsesById } from '../../domain/scoring/competency';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COMPETENCIES } from '../../domain/content/grid';
import { INSTRUMENT_IDS, OPTIONAL_INSTRUMENT_IDS } from '../../domain/content/postures';
import { reflectionItemId } from '../../domain/progress';
import { computeWholeProfile } from '../../domain/scoring/wholeProfile';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';
import { competencyLabel } from '../../components/competencyLabel';
import { Acquisition, Gaps, HeatMapSection, QuadrantSection, Strengths, Wishes } from './CompetencySections';
import { printWithCharts } from '../../components/charts';
import { Narrative } from './Narrative';
import { SummaryCard } from './SummaryCard';
import { RunningHead } from '../../components/RunningHead';
import { useLayoutInTurn } from '../../components/layoutInTurn';
import { ReadingNote } from '../../components/Quote';
import {
  AcrobatSection,
  SavoirEtreSection,
  SituationsSection,
  StrategistSection,
  TensionsSection,
  TimeSection,
} from './PostureSections';

export interface ProfileViewProps {
  readonly assessment: Assessment;
  readonly responses: ResponsesById;
  readonly values: PostureValues;
  /** The development plan's section, given by the route (features do not import each other). */
  readonly plan?: ReactNode;
}

export function ProfileView({ assessment, responses, values, plan }: ProfileViewProps) {
  const { t, i18n } = useTranslation();
  const id = assessment.id;
  const profile = useMemo(() => computeWholeProfile(responses, values), [responses, values]);
  const [openedAt] = useState(() => Date.now());
  const parts = useLayoutInTurn<HTMLDivElement>();

  const competency = profile.competency;
  const remaining = competency.total - competency.answered;
  const notes = COMPETENCIES.flatMap((c) => {
    const note = responses[c.id]?.note;
    return note ? [{ id: c.id, note }] : [];
  });
  const reflections = [...INSTRUMENT_IDS, ...OPTIONAL_INSTRUMENT_IDS].flatMap((instrument) => {
    const text = values[reflectionItemId(instrument)];
    return typeof text === 'string' && text ? [{ instrument, text }] : [];
  });

  return (
    <div className="parts-in-turn" ref={parts}>
      <RunningHead text={t(($) => $.profile.runningHead, { name: assessment.name })} />
      <SummaryCard profile={profile} />
      <p className="bilan-link">
        <Link to={paths.bilan(id)}>{assessment.name}</Link>
      </p>
      <p className="no-print actions">
        <button type="button" className="button secondary" onClick={() => void printWithCharts()}>
          {t(($) => $.profile.print)}
        </button>
        <Link className="button secondary" to={paths.share(id)}>
          {assessment.workshop ? t(($) => $.bilan.sendToTrainer) : t(($) => $.profile.share)}
        </Link>
      </p>
      <p className="print-only">
        {t(($) => $.profile.printedOn, { date: formatDate(openedAt, i18n.language) })}{' '}
        {t(($) => $.profile.bilanDates, {
          created: formatDate(assessment.createdAt, i18n.language),
          updated: formatDate(assessment.updatedAt, i18n.language),
        })}
      </p>

      <Narrative profile={profile} assessmentId={id} />

      <section id="grille" aria-labelledby="grid-h" className="part">
        <h2 id="grid-h" className="part-title">
          {t(($) => $.profile.gridPart)}
        </h2>
        {competency.answered === 0 ? (
          <p className="missing">
            {t(($) => $.profile.notYet)}{' '}
            <Link to={paths.questionnaire(id)}>
              {t(($) => $.bilan.startNamed, { title: t(($) => $.instrument.grid.title) })}
            </Link>
          </p>
        ) : (
          <>
            <p className="basis">
              {t(($) => $.profile.basis, { count: competency.answered, total: competency.total })}{' '}
              {competency.notConcerned > 0 &&
                t(($) => $.profile.notConcerned, { count: competency.notConcerned })}
            </p>
            {remaining > 0 && (
              <p className="notice">
                {t(($) => $.profile.incomplete, { count: remaining })}{' '}
                <Link to={paths.questionnaire(id)}>{t(($) => $.profile.continue)}</Link>
              </p>
            )}
            <Strengths profile={competency} />
          </>
        )}
      </section>

      {competency.answered > 0 && (
        <>
          <QuadrantSection profile={competency} />
          <Gaps profile={competency} />
          <HeatMapSection profile={competency} />
          <Wishes profile={competency} />
          <Acquisition profile={competency} />
        </>
      )}

      <SituationsSection profile={profile} assessmentId={id} />
      <AcrobatSection profile={profile} assessmentId={id} />
      <StrategistSection profile={profile} assessmentId={id} />

      <TensionsSection profile={profile} assessmentId={id} />
      <TimeSection profile={profile} assessmentId={id} />
      <SavoirEtreSection profile={profile} assessmentId={id} />

      {plan}

      <section aria-labelledby="notes-h">
        <h2 id="notes-h">{t(($) => $.profile.notes.title)}</h2>
        <p className="intro">{t(($) => $.profile.notes.intro)}</p>
        <ReadingNote quotes={['reflectivePractitioner', 'partOfEquation']} />
        {notes.length === 0 && reflections.length === 0 ? (
          <p className="empty">{t(($) => $.profile.notes.empty)}</p>
        ) : (
          <dl className="notes">
            {reflections.map((r) => (
              <div key={r.instrument}>
                <dt>
                  {t(($) => $.posture.reflectionTitle)} — {t(($) => $.instrument[r.instrument].title)}
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
        )}
      </section>
      <section aria-labelledby="sources-h" className="sources-block">
        <h2 id="sources-h">{t(($) => $.about.sourcesTitle)}</h2>
        <p className="source">{t(($) => $.profile.sources)}</p>
      </section>
    </div>
  );
}
