import { byId } from '../../i18n/byId';
// The posture part of the profile: situations (posture de prédilection, adaptation), the acrobat and
// its zones de vigilance, the strategist beside it, the tensions, working time and the optional
// « savoir-être » in words.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ReadingNote } from '../../components/Quote';
import { Link } from 'react-router';
import { BALANCE, type PostureId, type QuestionnaireId } from '../../domain/content/postures';
import type { SavoirEtreId } from '../../domain/content/savoirEtre';
import type { WholeProfile } from '../../domain/scoring/wholeProfile';
import type { PracticeProfile } from '../../domain/scoring/practice';
import { strongestDimensions } from '../../domain/scoring/practice';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { formatMean } from '../../components/format';
import { meanWords } from '../../components/scaleWords';
import { paths } from '../../components/paths';
import { BarFigure, RadarFigure, seriesColor } from '../../components/charts';
import { activityLabel, postureLabel, quotedList, tensionLabel } from './postureLabels';

interface SectionProps {
  readonly profile: WholeProfile;
  readonly assessmentId: string;
}

/** A section whose instrument has no answer yet says so and offers to start it. */
function NotYet({
  instrument,
  assessmentId,
}: {
  readonly instrument: QuestionnaireId;
  readonly assessmentId: string;
}) {
  const { t } = useTranslation();
  const title = t(($) => $.instrument[instrument].title);
  return (
    <p className="missing">
      {t(($) => $.profile.notYet)}{' '}
      <Link to={paths.instrument(assessmentId, instrument)}>{t(($) => $.bilan.startNamed, { title })}</Link>
    </p>
  );
}

function PartialNote({
  profile,
  instrument,
}: {
  readonly profile: WholeProfile;
  readonly instrument: QuestionnaireId;
}) {
  const { t } = useTranslation();
  const p = profile.progress[instrument];
  if (p.answered === 0 || p.answered === p.total) return null;
  return (
    <p className="missing">{t(($) => $.profile.partialInstrument, { count: p.answered, total: p.total })}</p>
  );
}

const meanText = (t: TFunction, lng: string, mean: number | null, n: number, max: number) =>
  mean === null
    ? t(($) => $.profile.noAnswer)
    : `${formatMean(mean, lng)} / ${max} (${t(($) => $.profile.answers, { count: n })})`;

export function SituationsSection({ profile, assessmentId }: SectionProps) {
  const { t, i18n } = useTranslation();
  const s = profile.situations;
  const { adaptation } = s;
  const lng = i18n.language;
  const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));
  const rows = s.rates.map((r) => ({ ...r, label: postureLabel(t, r.id), percent: percent(r.rate) }));
  const first = s.rates.find((r) => r.id === s.preferred[0]);
  const summary =
    first === undefined
      ? ''
      : t(($) => (s.preferred.length > 1 ? $.profile.situations.summaryTie : $.profile.situations.summary), {
          postures: quotedList(
            t,
            lng,
            s.preferred.map((p) => postureLabel(t, p)),
          ),
          count: first.chosen,
          offered: first.offered,
          percent: percent(first.rate),
        });
  return (
    <section id="situations" aria-labelledby="situations-h">
      <h2 id="situations-h">{t(($) => $.profile.situations.title)}</h2>
      {s.answered === 0 ? (
        <NotYet instrument="situations" assessmentId={assessmentId} />
      ) : (
        <>
          <PartialNote profile={profile} instrument="situations" />
          <p>
            {adaptation === null
              ? t(($) => $.profile.situations.adaptationUnknown)
              : t(($) => byId($.profile.situations.adaptation, adaptation.level), {
                  // « never » and « always » are worded on the situations answered, the others on departures.
                  count: ['never', 'always'].includes(adaptation.level)
                    ? adaptation.answered
                    : adaptation.departures,
                  total: adaptation.answered,
                })}
          </p>
          <p className="intro">{t(($) => $.profile.situations.adaptationExplain)}</p>
          <p className="intro">{t(($) => $.profile.situations.rateExplain)}</p>
          <p>
            {t(($) => $.profile.situations.families, {
              acrobat: s.acrobat.chosen,
              acrobatOffered: s.acrobat.offered,
              strategist: s.strategist.chosen,
              strategistOffered: s.strategist.offered,
            })}
          </p>
          <ChartFrame
            title={t(($) => $.profile.situations.chartTitle)}
            summary={summary}
            chartLabel={t(($) => $.profile.situations.caption)}
            headingLevel={3}
            table={
              <DataTable
                caption={t(($) => $.profile.situations.caption)}
                rows={rows}
                rowKey={(r) => r.id}
                columns={[
                  { header: t(($) => $.profile.situations.posture), cell: (r) => r.label, rowHeader: true },
                  { header: t(($) => $.profile.situations.offered), cell: (r) => String(r.offered) },
                  { header: t(($) => $.profile.situations.choices), cell: (r) => String(r.chosen) },
                  {
                    header: t(($) => $.profile.situations.rate),
                    cell: (r) => (r.percent === null ? t(($) => $.profile.noAnswer) : `${r.percent} %`),
                  },
                ]}
              />
            }
          >
            <BarFigure
              data={rows.map((r) => ({ label: r.label, rate: r.percent }))}
              series={[{ key: 'rate', label: t(($) => $.profile.situations.rate), color: seriesColor(0) }]}
              max={100}
            />
          </ChartFrame>
        </>
      )}
    </section>
  );
}

/** The chart, summary and table of a practice profile: a radar for the acrobat, bars for the strategist. */
function PracticeChart<D extends PostureId>({
  practice,
  kind,
}: {
  readonly practice: PracticeProfile<D>;
  readonly kind: 'acrobat' | 'strategist';
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const rows = practice.dimensions.map((d) => ({
    id: d.id,
    label: postureLabel(t, d.id),
    mean: d.mean.mean,
    n: d.mean.n,
  }));
  const best = strongestDimensions(practice);
  const summary =
    best.length === 0
      ? ''
      : t(($) => $.profile[kind].summary, {
          list: quotedList(
            t,
            lng,
            best.map((d) => postureLabel(t, d)),
          ),
          mean: meanWords(
            t,
            'frequency',
            practice.dimensions.find((d) => d.id === best[0])?.mean.mean ?? null,
          ),
          average: meanWords(t, 'frequency', practice.average.mean),
        });
  const Figure = kind === 'acrobat' ? RadarFigure : BarFigure;
  return (
    <ChartFrame
      title={t(($) => $.profile[kind].chartTitle)}
      summary={summary}
      chartLabel={t(($) => $.profile[kind].caption)}
      headingLevel={3}
      table={
        <DataTable
          caption={t(($) => $.profile[kind].caption)}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: t(($) => $.profile[kind].dimension), cell: (r) => r.label, rowHeader: true },
            { header: t(($) => $.profile.frequencyCol), cell: (r) => meanText(t, lng, r.mean, r.n, 4) },
          ]}
        />
      }
    >
      <Figure
        data={rows.map((r) => ({ label: r.label, mean: r.mean }))}
        series={[{ key: 'mean', label: t(($) => $.profile.frequencyCol), color: seriesColor(0) }]}
        max={4}
      />
    </ChartFrame>
  );
}

export function AcrobatSection({ profile, assessmentId }: SectionProps) {
  const { t } = useTranslation();
  const a = profile.acrobat;
  return (
    <section id="acrobate" aria-labelledby="acrobat-h">
      <h2 id="acrobat-h">{t(($) => $.profile.acrobat.title)}</h2>
      {a.answered === 0 ? (
        <NotYet instrument="acrobat" assessmentId={assessmentId} />
      ) : (
        <>
          <PartialNote profile={profile} instrument="acrobat" />
          <h3>{t(($) => $.profile.acrobat.vigilanceTitle)}</h3>
          {a.vigilance.length > 0 ? (
            <>
              <p>{t(($) => $.profile.acrobat.vigilanceIntro)}</p>
              <ul className="competency-list">
                {a.vigilance.map((d) => (
                  <li key={d}>
                    <strong>{postureLabel(t, d)}</strong> —{' '}
                    {t(($) => $.direction[d].summary, { ns: 'postures' })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              {t(($) =>
                profile.narrative.acrobatBalanced ? $.profile.acrobat.balanced : $.profile.acrobat.tooFew,
              )}
            </p>
          )}
          <p className="intro">{t(($) => $.profile.acrobat.quote)}</p>
          <PracticeChart practice={a} kind="acrobat" />
          <ReadingNote lead={t(($) => $.profile.acrobat.flourishNote)} quotes={['flourish']} />
        </>
      )}
    </section>
  );
}

export function StrategistSection({ profile, assessmentId }: SectionProps) {
  const { t } = useTranslation();
  const s = profile.strategist;
  const acrobatAverage = profile.acrobat.average.mean;
  const strategistAverage = s.average.mean;
  const comparison =
    acrobatAverage === null || strategistAverage === null
      ? null
      : Math.abs(acrobatAverage - strategistAverage) < 0.25
        ? 'even'
        : acrobatAverage > strategistAverage
          ? 'acrobat'
          : 'strategist';
  return (
    <section id="stratege" aria-labelledby="strategist-h">
      <h2 id="strategist-h">{t(($) => $.profile.strategist.title)}</h2>
      {s.answered === 0 ? (
        <NotYet instrument="strategist" assessmentId={assessmentId} />
      ) : (
        <>
          <PartialNote profile={profile} instrument="strategist" />
          {comparison && (
            <p>
              {t(($) => $.profile.strategist.beside[comparison], {
                strategist: meanWords(t, 'frequency', strategistAverage),
                acrobat: meanWords(t, 'frequency', acrobatAverage),
              })}
            </p>
          )}
          <PracticeChart practice={s} kind="strategist" />
          <ReadingNote lead={t(($) => $.profile.strategist.frameNote)} quotes={['selfCensorship']} />
        </>
      )}
    </section>
  );
}

export function TensionsSection({ profile, assessmentId }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ts = profile.tensions;
  const rows = ts.forces.map((f) => ({ id: f.id, label: tensionLabel(t, f.id), value: f.value }));
  const top = ts.strongest[0];
  const topValue = ts.forces.find((f) => f.id === top)?.value;
  const summary =
    top === undefined || topValue === null || topValue === undefined
      ? ''
      : t(($) => $.profile.tensions.summary, {
          forces: quotedList(
            t,
            lng,
            ts.strongest.map((id) => tensionLabel(t, id)),
          ),
          level: t(($) => byId($.scale.pull, topValue)),
        });
  return (
    <section id="tensions" aria-labelledby="tensions-h">
      <h2 id="tensions-h">{t(($) => $.profile.tensions.title)}</h2>
      {ts.answered === 0 && ts.pairsAnswered === 0 ? (
        <NotYet instrument="tensions" assessmentId={assessmentId} />
      ) : (
        <>
          <PartialNote profile={profile} instrument="tensions" />
          <p className="intro">{t(($) => $.profile.tensions.intro)}</p>
          {ts.answered > 0 && (
            <ChartFrame
              title={t(($) => $.profile.tensions.chartTitle)}
              summary={summary}
              chartLabel={t(($) => $.profile.tensions.caption)}
              headingLevel={3}
              table={
                <DataTable
                  caption={t(($) => $.profile.tensions.caption)}
                  rows={rows}
                  rowKey={(r) => r.id}
                  columns={[
                    { header: t(($) => $.profile.tensions.force), cell: (r) => r.label, rowHeader: true },
                    {
                      header: t(($) => $.profile.tensions.pull),
                      cell: ({ value }) =>
                        value === null
                          ? t(($) => $.profile.noAnswer)
                          : `${t(($) => byId($.scale.pull, value))} (${value} / 4)`,
                    },
                  ]}
                />
              }
            >
              <RadarFigure
                data={rows.map((r) => ({ label: r.label, value: r.value }))}
                series={[{ key: 'value', label: t(($) => $.profile.tensions.pull), color: seriesColor(0) }]}
                max={4}
              />
            </ChartFrame>
          )}
          {ts.pairsAnswered > 0 && <PairsChart profile={profile} />}
        </>
      )}
    </section>
  );
}

/** Where the person stands when two forces pull apart: wins per force, the pairs, one sentence. */
function PairsChart({ profile }: { readonly profile: WholeProfile }) {
  const { t, i18n } = useTranslation();
  const ts = profile.tensions;
  const quoted = (labels: readonly string[]) => quotedList(t, i18n.language, labels);
  const top = ts.wins.find((w) => w.id === ts.prevailing[0]);
  const summary =
    top === undefined
      ? t(($) => $.profile.tensions.pairs.allBalanced)
      : t(
          ($) =>
            ts.prevailing.length > 1 ? $.profile.tensions.pairs.summaryTie : $.profile.tensions.pairs.summary,
          {
            forces: quoted(ts.prevailing.map((id) => tensionLabel(t, id))),
            count: top.wins,
            total: ts.pairsAnswered,
          },
        );
  const rows = ts.wins.map((w) => ({ ...w, label: tensionLabel(t, w.id) }));
  return (
    <>
      <ChartFrame
        title={t(($) => $.profile.tensions.pairs.chartTitle)}
        summary={summary}
        chartLabel={t(($) => $.profile.tensions.pairs.caption)}
        headingLevel={3}
        table={
          <DataTable
            caption={t(($) => $.profile.tensions.pairs.caption)}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t(($) => $.profile.tensions.force), cell: (r) => r.label, rowHeader: true },
              {
                header: t(($) => $.profile.tensions.pairs.wins),
                cell: (r) => t(($) => $.profile.tensions.pairs.winsOf, { count: r.wins, total: r.answered }),
              },
            ]}
          />
        }
      >
        <BarFigure
          data={rows.map((r) => ({ label: r.label, wins: r.wins }))}
          series={[{ key: 'wins', label: t(($) => $.profile.tensions.pairs.wins), color: seriesColor(1) }]}
          max={3}
        />
      </ChartFrame>
      <DataTable
        caption={t(($) => $.profile.tensions.pairs.pairsCaption)}
        rows={ts.pairs.map((p) => ({ ...p, key: p.pair.join('|') }))}
        rowKey={(r) => r.key}
        columns={[
          {
            header: t(($) => $.profile.tensions.pairs.pair),
            cell: (r) => quoted(r.pair.map((id) => tensionLabel(t, id))),
            rowHeader: true,
          },
          {
            header: t(($) => $.profile.tensions.pairs.outcome),
            cell: (r) =>
              r.outcome === null
                ? t(($) => $.profile.noAnswer)
                : r.outcome === BALANCE
                  ? t(($) => $.profile.tensions.pairs.balance)
                  : tensionLabel(t, r.outcome),
          },
        ]}
      />
    </>
  );
}

export function TimeSection({ profile, assessmentId }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const time = profile.time;
  const percent = (v: number | null) => (v === null ? t(($) => $.profile.noAnswer) : `${v} %`);
  const rows = time.activities.map((a) => ({ ...a, label: activityLabel(t, a.id) }));
  const series = [
    ...(time.hasActual
      ? [{ key: 'actual', label: t(($) => $.profile.time.actual), color: seriesColor(0) }]
      : []),
    ...(time.hasWished
      ? [{ key: 'wished', label: t(($) => $.profile.time.wished), color: seriesColor(1) }]
      : []),
  ];
  const top = Math.max(10, ...rows.flatMap((r) => [r.actual ?? 0, r.wished ?? 0]));
  const max = Math.min(100, Math.ceil(top / 10) * 10);
  const m = time.meetings;
  const meetingsSummary = t(
    ($) =>
      m.actual !== null && m.wished !== null
        ? $.profile.time.meetingsBoth
        : m.actual !== null
          ? $.profile.time.meetingsActual
          : $.profile.time.meetingsWished,
    { actual: m.actual, wished: m.wished, reference: m.reference },
  );
  const wishes = [
    time.wishMore.length > 0
      ? t(($) => $.profile.time.wishMore, {
          activities: quotedList(
            t,
            lng,
            time.wishMore.map((a) => activityLabel(t, a)),
          ),
        })
      : '',
    time.wishLess.length > 0
      ? t(($) => $.profile.time.wishLess, {
          activities: quotedList(
            t,
            lng,
            time.wishLess.map((a) => activityLabel(t, a)),
          ),
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section id="temps" aria-labelledby="time-h">
      <h2 id="time-h">{t(($) => $.profile.time.title)}</h2>
      {!time.hasActual && !time.hasWished ? (
        <NotYet instrument="time" assessmentId={assessmentId} />
      ) : (
        <>
          <PartialNote profile={profile} instrument="time" />
          <ChartFrame
            title={t(($) => $.profile.time.meetingsTitle)}
            summary={meetingsSummary}
            chartLabel={t(($) => $.profile.time.meetingsCaption)}
            headingLevel={3}
            table={
              <DataTable
                caption={t(($) => $.profile.time.meetingsCaption)}
                rows={[
                  ...(m.actual === null
                    ? []
                    : [{ id: 'actual', label: t(($) => $.profile.time.actual), value: m.actual }]),
                  ...(m.wished === null
                    ? []
                    : [{ id: 'wished', label: t(($) => $.profile.time.wished), value: m.wished }]),
                  { id: 'reference', label: t(($) => $.profile.time.referenceRow), value: m.reference },
                ]}
                rowKey={(r) => r.id}
                columns={[
                  { header: t(($) => $.profile.time.meetings), cell: (r) => r.label, rowHeader: true },
                  { header: t(($) => $.time.percent), cell: (r) => `${r.value} %` },
                ]}
              />
            }
          >
            <BarFigure
              data={[{ label: t(($) => $.profile.time.meetings), actual: m.actual, wished: m.wished }]}
              series={series}
              max={100}
              unit=" %"
              reference={{
                value: m.reference,
                label: t(($) => $.profile.time.reference, { reference: m.reference }),
              }}
            />
          </ChartFrame>
          <ChartFrame
            title={t(($) => $.profile.time.chartTitle)}
            summary={wishes || t(($) => $.profile.time.noWishes)}
            chartLabel={t(($) => $.profile.time.caption)}
            headingLevel={3}
            table={
              <DataTable
                caption={t(($) => $.profile.time.caption)}
                rows={[
                  ...rows,
                  {
                    id: 'meetings',
                    label: t(($) => $.profile.time.meetings),
                    actual: m.actual,
                    wished: m.wished,
                    delta: null,
                  },
                ]}
                rowKey={(r) => r.id}
                columns={[
                  { header: t(($) => $.time.activity), cell: (r) => r.label, rowHeader: true },
                  { header: t(($) => $.profile.time.actual), cell: (r) => percent(r.actual) },
                  { header: t(($) => $.profile.time.wished), cell: (r) => percent(r.wished) },
                  {
                    header: t(($) => $.profile.time.delta),
                    cell: (r) => (r.delta === null ? '–' : `${r.delta > 0 ? '+' : ''}${r.delta}`),
                  },
                ]}
              />
            }
          >
            <BarFigure
              data={rows.map((r) => ({ label: r.label, actual: r.actual, wished: r.wished }))}
              series={series}
              max={max}
              unit=" %"
            />
          </ChartFrame>
        </>
      )}
    </section>
  );
}

/** The optional « savoir-être » in words: the strengths named, what the person is working on. */
export function SavoirEtreSection({ profile, assessmentId }: SectionProps) {
  const { t, i18n } = useTranslation();
  const se = profile.savoirEtre;
  const skills = (ids: readonly SavoirEtreId[]) =>
    quotedList(
      t,
      i18n.language,
      ids.map((id) => t(($) => byId($, id, 'statement'), { ns: 'postures' })),
    );
  return (
    <section id="savoir-etre" aria-labelledby="savoir-etre-h">
      <h2 id="savoir-etre-h">
        {t(($) => $.profile.savoirEtre.title)} <span className="badge">{t(($) => $.bilan.optional)}</span>
      </h2>
      {se.answered === 0 ? (
        <NotYet instrument="savoir-etre" assessmentId={assessmentId} />
      ) : (
        <>
          <PartialNote profile={profile} instrument="savoir-etre" />
          <p>
            {se.forces.length > 0
              ? t(($) => $.profile.savoirEtre.forces, { count: se.forces.length, skills: skills(se.forces) })
              : t(($) => $.profile.savoirEtre.noForces)}
          </p>
          <p>
            {se.working.length > 0
              ? t(($) => $.profile.savoirEtre.working, {
                  count: se.working.length,
                  skills: skills(se.working),
                })
              : t(($) => $.profile.savoirEtre.noWorking)}
          </p>
          {se.notConcerned.length > 0 && (
            <p>
              {t(($) => $.profile.savoirEtre.notConcerned, {
                count: se.notConcerned.length,
                skills: skills(se.notConcerned),
              })}
            </p>
          )}
          <ReadingNote lead={t(($) => $.profile.savoirEtre.note)} quotes={['relationalTraining']} />
        </>
      )}
    </section>
  );
}
