import { byId } from '../../i18n/byId';
// Compare two bilans: what moved most first, overlaid radars, and per-cell, per-direction changes,
// matched by content id; content added since the older bilan shows as « nouveau »; then the adaptation
// to the situation before and after, in words, and the pairs of forces whose outcome changed.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  BALANCE,
  DIRECTION_IDS,
  TENSION_IDS,
  TRAIT_IDS,
  type PairOutcome,
  type TensionPair,
} from '../../domain/content/postures';
import { compareBilans, type Change, type Comparison } from '../../domain/scoring/compare';
import type { Adaptation } from '../../domain/scoring/situations';
import { useAssessmentSummaries, useBilanAnswers, type AssessmentSummary } from '../../db/hooks';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { PageTitle } from '../../components/PageTitle';
import { competencyLabel } from '../../components/competencyLabel';
import { formatDate, formatList, formatMean } from '../../components/format';
import { paths } from '../../components/paths';
import { RadarFigure, seriesColor } from '../../components/charts';
import { meanWords, type ScaleName } from '../../components/scaleWords';
import type { TFunction as T } from 'i18next';

export function ComparePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const assessments = useAssessmentSummaries();
  const beforeId = params.get('avant') ?? '';
  const afterId = params.get('apres') ?? '';
  const before = useBilanAnswers(beforeId || undefined);
  const after = useBilanAnswers(afterId || undefined);
  const comparison = useMemo(
    () => (before && after && beforeId !== afterId ? compareBilans(before, after) : undefined),
    [before, after, beforeId, afterId],
  );

  if (assessments === undefined) return <p role="status">{t(($) => $.app.loading)}</p>;
  const ordered = [...assessments].sort((a, b) => a.createdAt - b.createdAt);
  const name = (id: string) => ordered.find((a) => a.id === id)?.name ?? '';
  const pick = (key: 'avant' | 'apres', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="compare">
      <PageTitle>{t(($) => $.compare.title)}</PageTitle>
      <p className="intro">{t(($) => $.compare.intro)}</p>
      {ordered.length < 2 ? (
        <p className="empty">
          {t(($) => $.compare.needTwo)} <Link to={paths.home()}>{t(($) => $.questionnaire.backHome)}</Link>
        </p>
      ) : (
        <div className="compare-pickers">
          <BilanSelect
            id="compare-before"
            label={t(($) => $.compare.before)}
            value={beforeId}
            options={ordered}
            onChange={(v) => pick('avant', v)}
            lng={i18n.language}
          />
          <BilanSelect
            id="compare-after"
            label={t(($) => $.compare.after)}
            value={afterId}
            options={ordered}
            onChange={(v) => pick('apres', v)}
            lng={i18n.language}
          />
        </div>
      )}
      {beforeId && afterId && beforeId === afterId && <p role="alert">{t(($) => $.compare.same)}</p>}
      {comparison && (
        <Results
          comparison={comparison}
          beforeName={t(($) => $.compare.sideName, {
            side: t(($) => $.compare.before),
            name: name(beforeId),
          })}
          afterName={t(($) => $.compare.sideName, { side: t(($) => $.compare.after), name: name(afterId) })}
        />
      )}
    </div>
  );
}

function BilanSelect({
  id,
  label,
  value,
  options,
  onChange,
  lng,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly AssessmentSummary[];
  readonly onChange: (value: string) => void;
  readonly lng: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t(($) => $.plan.choose)}</option>
        {options.map((a) => (
          <option key={a.id} value={a.id}>
            {t(($) => $.home.timelineItem, { date: formatDate(a.createdAt, lng), name: a.name })}
          </option>
        ))}
      </select>
    </div>
  );
}

const DIRECTIONS: readonly string[] = DIRECTION_IDS;
const TRAITS: readonly string[] = TRAIT_IDS;
const TENSIONS: readonly string[] = TENSION_IDS;

/** Names any compared id: a macro, a cell (`macro.modality`), a competence, a direction, a trait, a tension. */
function changeLabel(t: T, id: string): string {
  if (id.startsWith('competency.')) return competencyLabel(t, id as Parameters<typeof competencyLabel>[1]);
  if (DIRECTIONS.includes(id)) return t(($) => byId($.direction, id, 'label'), { ns: 'postures' });
  if (TRAITS.includes(id)) return t(($) => byId($.trait, id, 'label'), { ns: 'postures' });
  if (TENSIONS.includes(id)) return t(($) => byId($.tension, id, 'label'), { ns: 'postures' });
  const [macro, modality] = id.split('.');
  if (macro && modality)
    return `${t(($) => byId($.macro, macro, 'label'), { ns: 'content' })} · ${t(($) => byId($.modality, modality, 'label'), { ns: 'content' })}`;
  return t(($) => byId($.macro, id, 'label'), { ns: 'content' });
}

/** The scale a compared id is answered on, to read its values in words. */
function changeScale(id: string): ScaleName {
  if (TENSIONS.includes(id)) return 'pull';
  if (DIRECTIONS.includes(id) || TRAITS.includes(id)) return 'frequency';
  return 'aisance';
}

/** « proche de « J'ai des bases » → « Je maîtrise », en hausse »: a change read in the scale's words. */
function changeWords(t: T, c: Change): string {
  const scale = changeScale(c.id);
  return t(($) => $.compare.movedWords, {
    before: meanWords(t, scale, c.before),
    after: meanWords(t, scale, c.after),
    status: t(($) => $.compare.statusWords[c.status]),
  });
}

function changeText(t: T, lng: string, c: Change): string {
  switch (c.status) {
    case 'up':
    case 'down':
      return t(($) => $.compare.status[c.status], {
        delta: `${c.status === 'up' ? '+' : '−'}${formatMean(Math.abs(c.delta ?? 0), lng)}`,
      });
    default:
      return t(($) => $.compare.status[c.status]);
  }
}

function Results({
  comparison: c,
  beforeName,
  afterName,
}: {
  readonly comparison: Comparison;
  readonly beforeName: string;
  readonly afterName: string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const value = (v: number | null) => (v === null ? '–' : formatMean(v, lng));
  const table = (caption: string, rows: readonly Change[], header: string) => (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { header, cell: (r) => changeLabel(t, r.id), rowHeader: true },
        { header: beforeName, cell: (r) => value(r.before) },
        { header: afterName, cell: (r) => value(r.after) },
        { header: t(($) => $.compare.change), cell: (r) => changeText(t, lng, r) },
      ]}
    />
  );
  const series = [
    { key: 'before', label: beforeName, color: seriesColor(1), dashed: true },
    { key: 'after', label: afterName, color: seriesColor(0) },
  ];
  const radarData = (rows: readonly Change[]) =>
    rows.map((r) => ({ label: changeLabel(t, r.id), before: r.before, after: r.after }));
  const radarSummary = (rows: readonly Change[]) => {
    const up = rows.filter((r) => r.status === 'up').length;
    const down = rows.filter((r) => r.status === 'down').length;
    return t(($) => $.compare.radarSummary, { up, down, same: rows.length - up - down });
  };

  return (
    <>
      <section aria-labelledby="moved-h">
        <h2 id="moved-h">{t(($) => $.compare.mostMoved)}</h2>
        {c.mostMoved.length === 0 ? (
          <p>{t(($) => $.compare.nothingMoved)}</p>
        ) : (
          <ul className="competency-list">
            {c.mostMoved.map((m) => (
              <li key={m.id}>
                <strong>{changeLabel(t, m.id)}</strong>
                {t(($) => $.compare.movedSeparator)}
                {changeWords(t, m)}
              </li>
            ))}
          </ul>
        )}
        {c.newContent.length > 0 && (
          <p>
            {t(($) => $.compare.newContent, {
              list: c.newContent
                .map((id) => (id.startsWith('competency.') ? changeLabel(t, id) : id))
                .join(', '),
            })}
          </p>
        )}
      </section>

      <ChartFrame
        title={t(($) => $.compare.macrosTitle)}
        summary={radarSummary(c.macros)}
        chartLabel={t(($) => $.compare.macrosCaption)}
        table={table(
          t(($) => $.compare.macrosCaption),
          c.macros,
          t(($) => $.profile.radar.macro),
        )}
      >
        <RadarFigure data={radarData(c.macros)} series={series} max={4} />
      </ChartFrame>

      <ChartFrame
        title={t(($) => $.compare.directionsTitle)}
        summary={radarSummary(c.directions)}
        chartLabel={t(($) => $.compare.directionsCaption)}
        table={table(
          t(($) => $.compare.directionsCaption),
          c.directions,
          t(($) => $.profile.acrobat.dimension),
        )}
      >
        <RadarFigure data={radarData(c.directions)} series={series} max={4} />
      </ChartFrame>

      <section aria-labelledby="cells-h">
        <h2 id="cells-h">{t(($) => $.compare.cellsTitle)}</h2>
        {table(
          t(($) => $.compare.cellsCaption),
          c.cells,
          t(($) => $.compare.cell),
        )}
      </section>
      <section aria-labelledby="others-h">
        <h2 id="others-h">{t(($) => $.compare.othersTitle)}</h2>
        {table(
          t(($) => $.compare.traitsCaption),
          c.traits,
          t(($) => $.profile.strategist.dimension),
        )}
        {table(
          t(($) => $.compare.tensionsCaption),
          c.tensions,
          t(($) => $.profile.tensions.force),
        )}
      </section>
      <Fits comparison={c} beforeName={beforeName} afterName={afterName} />
    </>
  );
}

/** « souvent (4 sur 6) », or « non précisé ». */
function adaptationWords(t: T, a: Adaptation | null): string {
  return a === null
    ? t(($) => $.compare.fits.unsaid)
    : t(($) => $.compare.fits.levelCount, {
        level: t(($) => $.compare.fits.level[a.level]),
        count: a.departures,
        total: a.answered,
      });
}

const pairWords = (t: T, lng: string, pair: TensionPair) =>
  formatList(
    pair.map((id) =>
      t(($) => $.profile.quoted, { label: t(($) => $.tension[id].label, { ns: 'postures' }) }),
    ),
    lng,
  );

function outcomeWords(t: T, outcome: PairOutcome | null): string {
  if (outcome === null) return '–';
  return outcome === BALANCE
    ? t(($) => $.profile.tensions.pairs.balance)
    : t(($) => $.tension[outcome].label, { ns: 'postures' });
}

/** The adaptation before and after, and the pairs of forces, with those whose outcome changed named. */
export function Fits({
  comparison: c,
  beforeName,
  afterName,
}: {
  readonly comparison: Comparison;
  readonly beforeName: string;
  readonly afterName: string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const changed = c.pairs.filter((p) => p.changed);
  const compared = c.pairs.some((p) => p.before !== null && p.after !== null);
  return (
    <section aria-labelledby="fits-h">
      <h2 id="fits-h">{t(($) => $.compare.fits.title)}</h2>
      <p>
        {t(($) => $.compare.fits.adaptationSummary, {
          before: adaptationWords(t, c.adaptation.before),
          after: adaptationWords(t, c.adaptation.after),
        })}{' '}
        {t(($) => $.compare.fits.status[c.adaptation.status])}
      </p>
      <p>
        {!compared
          ? t(($) => $.compare.fits.pairsNotCompared)
          : changed.length === 0
            ? t(($) => $.compare.fits.pairsSame)
            : t(($) => $.compare.fits.pairsChanged, {
                count: changed.length,
                pairs: formatList(
                  changed.map((p) =>
                    t(($) => $.compare.fits.pairChange, {
                      pair: pairWords(t, lng, p.pair),
                      before: outcomeWords(t, p.before),
                      after: outcomeWords(t, p.after),
                    }),
                  ),
                  lng,
                ),
              })}
      </p>
      <DataTable
        caption={t(($) => $.compare.fits.pairsCaption)}
        rows={c.pairs.map((p) => ({ ...p, key: p.pair.join('|') }))}
        rowKey={(r) => r.key}
        columns={[
          {
            header: t(($) => $.profile.tensions.pairs.pair),
            cell: (r) => pairWords(t, lng, r.pair),
            rowHeader: true,
          },
          { header: beforeName, cell: (r) => outcomeWords(t, r.before) },
          { header: afterName, cell: (r) => outcomeWords(t, r.after) },
          {
            header: t(($) => $.compare.change),
            cell: (r) =>
              r.changed
                ? t(($) => $.compare.fits.changed)
                : r.before !== null && r.after !== null
                  ? t(($) => $.compare.fits.unchanged)
                  : t(($) => $.compare.fits.notCompared),
          },
        ]}
      />
    </section>
  );
}
