// The group synthesis as a list of slides: shown one after another on the group page, one at a time in
// projection mode. Each slide is a chart with its summary and table, or a table.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { DIRECTION_IDS, type PostureId } from '../../domain/content/postures';
import type { Distribution, GroupSynthesis } from '../../domain/scoring/group';
import { BarFigure, RadarFigure, seriesColor } from '../../components/charts';
import { DataTable } from '../../components/DataTable';
import { formatMean } from '../../components/format';

export interface Slide {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly chart?: ReactNode;
  readonly table: ReactNode;
}

const DIRECTIONS: readonly string[] = DIRECTION_IDS;
const postureLabel = (t: TFunction, p: PostureId) =>
  t(`${DIRECTIONS.includes(p) ? 'direction' : 'trait'}.${p}.label`, { ns: 'postures' });
const macroLabel = (t: TFunction, m: string) => t(`macro.${m}.label`, { ns: 'content' });
const cellLabel = (t: TFunction, macro: string, modality: string) =>
  `${macroLabel(t, macro)} · ${t(`modality.${modality}.label`, { ns: 'content' })}`;

function spread(t: TFunction, lng: string, d: Distribution): string {
  if (d.median === null) return t('profile.noAnswer');
  return t('group.spread', {
    median: formatMean(d.median, lng),
    q1: formatMean(d.q1, lng),
    q3: formatMean(d.q3, lng),
    min: formatMean(d.min, lng),
    max: formatMean(d.max, lng),
    count: d.n,
  });
}

export function useSynthesisSlides(s: GroupSynthesis): readonly Slide[] {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const median = t('group.median');
  const distTable = <R extends { key: string; label: string; d: Distribution }>(
    caption: string,
    header: string,
    rows: R[],
  ) => (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { header, cell: (r) => r.label, rowHeader: true },
        { header: t('group.distribution'), cell: (r) => spread(t, lng, r.d) },
      ]}
    />
  );
  const best = <R extends { label: string; d: Distribution }>(rows: R[]) =>
    rows.reduce<R | undefined>(
      (b, r) => (r.d.median !== null && (!b || (r.d.median ?? 0) > (b.d.median ?? 0)) ? r : b),
      undefined,
    );

  const macros = s.macros.map((m) => ({ key: m.macro, label: macroLabel(t, m.macro), d: m.aisance }));
  const directions = s.directions.map((d) => ({ key: d.id, label: postureLabel(t, d.id), d: d.frequency }));
  const traits = s.traits.map((d) => ({ key: d.id, label: postureLabel(t, d.id), d: d.frequency }));
  const tensions = s.tensions.map((d) => ({
    key: d.id,
    label: t(`tension.${d.id}.label`, { ns: 'postures' }),
    d: d.pull,
  }));
  const cells = s.cells.map((c) => ({
    key: `${c.macro}.${c.modality}`,
    label: cellLabel(t, c.macro, c.modality),
    d: c.aisance,
    m: c.mobilisation,
  }));
  const preferred = s.preferred.map((p) => ({
    key: p.posture,
    label: postureLabel(t, p.posture),
    count: p.members,
  }));
  const summaryOf = (rows: { label: string; d: Distribution }[]) => {
    const b = best(rows);
    return b
      ? t('group.bestMedian', { label: b.label, median: formatMean(b.d.median, lng) })
      : t('group.noData');
  };
  const topPreferred = preferred.reduce<(typeof preferred)[number] | undefined>(
    (b, p) => (p.count > (b?.count ?? 0) ? p : b),
    undefined,
  );

  return [
    {
      id: 'collective',
      title: t('group.collectiveTitle'),
      summary: t('group.collectiveSummary', {
        atEase: t('group.atEaseCells', { count: s.atEase.length }),
        lacking: t('group.lackingCells', { count: s.lacking.length }),
      }),
      table: (
        <div className="two-columns">
          <div>
            <h3>{t('group.atEaseTitle')}</h3>
            {s.atEase.length === 0 ? (
              <p>{t('group.none')}</p>
            ) : (
              <ul className="competency-list">
                {s.atEase.map((c) => (
                  <li key={`${c.macro}.${c.modality}`}>
                    {cellLabel(t, c.macro, c.modality)} (
                    {t('group.medianShort', { median: formatMean(c.median, lng) })})
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>{t('group.lackingTitle')}</h3>
            {s.lacking.length === 0 ? (
              <p>{t('group.none')}</p>
            ) : (
              <ul className="competency-list">
                {s.lacking.map((c) => (
                  <li key={`${c.macro}.${c.modality}`}>
                    {cellLabel(t, c.macro, c.modality)} (
                    {t('group.medianShort', { median: formatMean(c.median, lng) })})
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ),
    },
    {
      id: 'macros',
      title: t('group.macrosTitle'),
      summary: summaryOf(macros),
      chart: (
        <RadarFigure
          data={macros.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      table: distTable(t('group.macrosCaption'), t('profile.radar.macro'), macros),
    },
    {
      id: 'cells',
      title: t('group.cellsTitle'),
      summary: summaryOf(cells),
      table: (
        <DataTable
          caption={t('group.cellsCaption')}
          rows={cells}
          rowKey={(r) => r.key}
          columns={[
            { header: t('compare.cell'), cell: (r) => r.label, rowHeader: true },
            { header: t('group.aisanceDistribution'), cell: (r) => spread(t, lng, r.d) },
            { header: t('group.mobilisationDistribution'), cell: (r) => spread(t, lng, r.m) },
          ]}
        />
      ),
    },
    {
      id: 'preferred',
      title: t('group.preferredTitle'),
      summary: topPreferred
        ? t('group.preferredSummary', { label: topPreferred.label, count: topPreferred.count, size: s.size })
        : t('group.noData'),
      chart: (
        <BarFigure
          data={preferred.map((p) => ({ label: p.label, count: p.count }))}
          series={[{ key: 'count', label: t('group.members'), color: seriesColor(0) }]}
          max={Math.max(1, s.size)}
        />
      ),
      table: (
        <DataTable
          caption={t('group.preferredCaption')}
          rows={preferred}
          rowKey={(r) => r.key}
          columns={[
            { header: t('profile.situations.posture'), cell: (r) => r.label, rowHeader: true },
            { header: t('group.members'), cell: (r) => String(r.count) },
          ]}
        />
      ),
    },
    {
      id: 'directions',
      title: t('group.directionsTitle'),
      summary: summaryOf(directions),
      chart: (
        <RadarFigure
          data={directions.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      table: distTable(t('group.directionsCaption'), t('profile.acrobat.dimension'), directions),
    },
    {
      id: 'traits',
      title: t('group.traitsTitle'),
      summary: summaryOf(traits),
      chart: (
        <BarFigure
          data={traits.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      table: distTable(t('group.traitsCaption'), t('profile.strategist.dimension'), traits),
    },
    {
      id: 'tensions',
      title: t('group.tensionsTitle'),
      summary: summaryOf(tensions),
      chart: (
        <RadarFigure
          data={tensions.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      table: distTable(t('group.tensionsCaption'), t('profile.tensions.force'), tensions),
    },
    {
      id: 'meetings',
      title: t('group.meetingsTitle'),
      summary:
        s.meetings.median === null
          ? t('group.noData')
          : t('group.meetingsSummary', { median: formatMean(s.meetings.median, lng), count: s.meetings.n }),
      table: distTable(t('group.meetingsCaption'), t('profile.time.meetings'), [
        { key: 'meetings', label: t('profile.time.meetings'), d: s.meetings },
      ]),
    },
  ];
}
