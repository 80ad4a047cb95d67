import { byId } from '../../i18n/byId';
// The group synthesis as a list of slides, only for the instruments collected: shown one after another on
// the group page, one at a time in projection mode. Each slide has a one-line reading, a chart or a table
// in words, and its figures.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  BALANCE,
  DIRECTION_IDS,
  type InstrumentId,
  type PairOutcome,
  type PostureId,
} from '../../domain/content/postures';
import type { Distribution, GroupSynthesis, PairSplit } from '../../domain/scoring/group';
import {
  adaptationLeaders,
  groupPairWins,
  leaders,
  readPairSplit,
  readSpread,
} from '../../domain/scoring/groupReading';
import type { FitLeaning } from '../../domain/scoring/situations';
import { BarFigure, RadarFigure, seriesColor } from '../../components/charts';
import { DataTable } from '../../components/DataTable';
import { formatList, formatMean } from '../../components/format';

export interface Slide {
  readonly id: string;
  readonly instrument: InstrumentId;
  readonly title: string;
  /** One line: what the slide shows, ties named as ties. */
  readonly summary: string;
  readonly chart?: ReactNode;
  /** The reading in words (a table or lists); shown with the chart, or instead of it. */
  readonly words?: ReactNode;
  /** The figures. */
  readonly table: ReactNode;
}

const DIRECTIONS: readonly string[] = DIRECTION_IDS;
export const postureLabel = (t: TFunction, p: PostureId) =>
  t(($) => byId($, DIRECTIONS.includes(p) ? 'direction' : 'trait', p, 'label'), { ns: 'postures' });
const macroLabel = (t: TFunction, m: string) => t(($) => byId($.macro, m, 'label'), { ns: 'content' });
export const cellLabel = (t: TFunction, macro: string, modality: string) =>
  `${macroLabel(t, macro)} · ${t(($) => byId($.modality, modality, 'label'), { ns: 'content' })}`;

type Kind = 'aisance' | 'mobilisation' | 'frequency' | 'pull';
const SCALES: Record<Kind, { min: number; max: number }> = {
  aisance: { min: 1, max: 4 },
  mobilisation: { min: 0, max: 3 },
  frequency: { min: 0, max: 4 },
  pull: { min: 0, max: 4 },
};

/** « plutôt à l'aise ; le groupe est partagé », or « pas de réponse ». */
export function spreadWords(t: TFunction, d: Distribution, kind: Kind): string {
  const reading = readSpread(d, SCALES[kind]);
  if (!reading) return t(($) => $.profile.noAnswer);
  const agreement =
    d.n < 2 ? t(($) => $.room.spread.single) : t(($) => $.room.spread.agreement[reading.agreement]);
  return t(($) => $.room.spread.words, { level: t(($) => $.room.spread[kind][reading.level]), agreement });
}

function figures(t: TFunction, lng: string, d: Distribution): string {
  if (d.median === null) return t(($) => $.profile.noAnswer);
  return t(($) => $.group.spread, {
    median: formatMean(d.median, lng),
    q1: formatMean(d.q1, lng),
    q3: formatMean(d.q3, lng),
    min: formatMean(d.min, lng),
    max: formatMean(d.max, lng),
    count: d.n,
  });
}

const LEANINGS: readonly FitLeaning[] = ['situation', 'habit', 'even'];
const quoted = (t: TFunction, label: string) => t(($) => $.profile.quoted, { label });
const forceLabel = (t: TFunction, id: string) => t(($) => byId($.tension, id, 'label'), { ns: 'postures' });
const outcomeLabel = (t: TFunction, o: PairOutcome) =>
  o === BALANCE ? t(($) => $.profile.tensions.pairs.balance) : quoted(t, forceLabel(t, o));

/** How the group splits on the situations: the way most members lean, ties named. */
function adaptationSummary(t: TFunction, lng: string, a: GroupSynthesis['adaptation']): string {
  const top = adaptationLeaders(a);
  const first = top[0];
  if (first === undefined) return t(($) => $.group.noData);
  if (top.length === 1) return t(($) => $.group.fits.lean[first], { count: a[first], total: a.answered });
  return t(($) => $.group.fits.leanTie, {
    ways: formatList(
      top.map((l) => t(($) => $.group.fits.way[l])),
      lng,
    ),
    count: a[first],
    total: a.answered,
  });
}

/** One pair, in words: « « A » pour 3 profils sur 5 », ties named, or no answer. */
function pairSplitWords(t: TFunction, lng: string, p: PairSplit): string {
  const { leaders: top, counts } = readPairSplit(p);
  const first = counts.find((c) => c.outcome === top[0]);
  if (!first) return t(($) => $.profile.noAnswer);
  return t(($) => (top.length === 1 ? $.group.fits.pairLeader : $.group.fits.pairTie), {
    outcomes: formatList(
      top.map((o) => outcomeLabel(t, o)),
      lng,
    ),
    count: first.members,
    total: p.answered,
  });
}

export function useSynthesisSlides(
  s: GroupSynthesis,
  instruments: readonly InstrumentId[],
): readonly Slide[] {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const median = t(($) => $.group.median);
  type Row = { key: string; label: string; d: Distribution };
  const wordsTable = (caption: string, header: string, rows: Row[], kind: Kind) => (
    <DataTable
      caption={t(($) => $.room.spread.caption, { caption })}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { header, cell: (r) => r.label, rowHeader: true },
        { header: t(($) => $.room.spread.header), cell: (r) => spreadWords(t, r.d, kind) },
      ]}
    />
  );
  const figuresTable = (caption: string, header: string, rows: Row[]) => (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { header, cell: (r) => r.label, rowHeader: true },
        { header: t(($) => $.group.distribution), cell: (r) => figures(t, lng, r.d) },
      ]}
    />
  );
  /** « Médiane la plus haute : A (3) » or « … : A et B, à égalité (3) ». */
  const summaryOf = (rows: Row[]) => {
    const top = leaders(rows, (r) => r.d.median);
    const first = top[0];
    if (!first) return t(($) => $.group.noData);
    const value = formatMean(first.d.median, lng);
    return top.length === 1
      ? t(($) => $.group.bestMedian, { label: first.label, median: value })
      : t(($) => $.room.bestMedianTie, {
          labels: formatList(
            top.map((r) => r.label),
            lng,
          ),
          median: value,
        });
  };

  const macros = s.macros.map((m) => ({ key: m.macro, label: macroLabel(t, m.macro), d: m.aisance }));
  const directions = s.directions.map((d) => ({ key: d.id, label: postureLabel(t, d.id), d: d.frequency }));
  const traits = s.traits.map((d) => ({ key: d.id, label: postureLabel(t, d.id), d: d.frequency }));
  const tensions = s.tensions.map((d) => ({
    key: d.id,
    label: t(($) => $.tension[d.id].label, { ns: 'postures' }),
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
  const topPreferred = leaders(preferred, (p) => p.count);
  const preferredSummary = () => {
    const first = topPreferred[0];
    if (!first) return t(($) => $.group.noData);
    return topPreferred.length === 1
      ? t(($) => $.room.preferredSummary, { label: first.label, count: first.count, size: s.size })
      : t(($) => $.room.preferredTie, {
          labels: formatList(
            topPreferred.map((p) => p.label),
            lng,
          ),
          count: first.count,
          size: s.size,
        });
  };
  const cellList = (list: GroupSynthesis['atEase']) =>
    list.length === 0 ? (
      <p>{t(($) => $.group.none)}</p>
    ) : (
      <ul className="competency-list">
        {list.map((c) => (
          <li key={`${c.macro}.${c.modality}`}>
            {cellLabel(t, c.macro, c.modality)} (
            {t(($) => $.group.medianShort, { median: formatMean(c.median, lng) })})
          </li>
        ))}
      </ul>
    );

  const leanings = LEANINGS.map((l) => ({
    key: l,
    label: t(($) => $.group.fits.row[l]),
    count: s.adaptation[l],
  }));
  const pairWins = groupPairWins(s.pairs);
  const pairRows = s.pairs.map((p) => ({
    key: p.pair.join('|'),
    label: formatList(
      p.pair.map((id) => quoted(t, forceLabel(t, id))),
      lng,
    ),
    split: p,
  }));
  const pairsSummary = () => {
    const top = pairWins.wins.filter((w) => pairWins.prevailing.includes(w.id));
    const first = top[0];
    // The slide shows only once a pair was answered: no winner means every answer held the balance.
    if (!first) return t(($) => $.group.fits.allBalanced);
    return t(($) => (top.length === 1 ? $.group.fits.prevails : $.group.fits.prevailsTie), {
      forces: formatList(
        top.map((w) => quoted(t, forceLabel(t, w.id))),
        lng,
      ),
      count: first.wins,
      total: first.answered,
    });
  };

  const slides: Slide[] = [
    {
      id: 'collective',
      instrument: 'grid',
      title: t(($) => $.group.collectiveTitle),
      summary: t(($) => $.group.collectiveSummary, {
        atEase: t(($) => $.group.atEaseCells, { count: s.atEase.length }),
        lacking: t(($) => $.group.lackingCells, { count: s.lacking.length }),
      }),
      words: (
        <div className="two-columns">
          <div>
            <h3>{t(($) => $.group.atEaseTitle)}</h3>
            {cellList(s.atEase)}
          </div>
          <div>
            <h3>{t(($) => $.group.lackingTitle)}</h3>
            {cellList(s.lacking)}
          </div>
        </div>
      ),
      table: figuresTable(
        t(($) => $.group.cellsCaption),
        t(($) => $.compare.cell),
        cells,
      ),
    },
    {
      id: 'macros',
      instrument: 'grid',
      title: t(($) => $.group.macrosTitle),
      summary: summaryOf(macros),
      chart: (
        <RadarFigure
          data={macros.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      words: wordsTable(
        t(($) => $.group.macrosCaption),
        t(($) => $.profile.radar.macro),
        macros,
        'aisance',
      ),
      table: figuresTable(
        t(($) => $.group.macrosCaption),
        t(($) => $.profile.radar.macro),
        macros,
      ),
    },
    {
      id: 'cells',
      instrument: 'grid',
      title: t(($) => $.group.cellsTitle),
      summary: summaryOf(cells),
      words: (
        <DataTable
          caption={t(($) => $.room.spread.caption, { caption: t(($) => $.group.cellsCaption) })}
          rows={cells}
          rowKey={(r) => r.key}
          columns={[
            { header: t(($) => $.compare.cell), cell: (r) => r.label, rowHeader: true },
            { header: t(($) => $.room.spread.aisanceHeader), cell: (r) => spreadWords(t, r.d, 'aisance') },
            {
              header: t(($) => $.room.spread.mobilisationHeader),
              cell: (r) => spreadWords(t, r.m, 'mobilisation'),
            },
          ]}
        />
      ),
      table: (
        <DataTable
          caption={t(($) => $.group.cellsCaption)}
          rows={cells}
          rowKey={(r) => r.key}
          columns={[
            { header: t(($) => $.compare.cell), cell: (r) => r.label, rowHeader: true },
            { header: t(($) => $.group.aisanceDistribution), cell: (r) => figures(t, lng, r.d) },
            { header: t(($) => $.group.mobilisationDistribution), cell: (r) => figures(t, lng, r.m) },
          ]}
        />
      ),
    },
    {
      id: 'preferred',
      instrument: 'situations',
      title: t(($) => $.group.preferredTitle),
      summary: preferredSummary(),
      chart: (
        <BarFigure
          data={preferred.map((p) => ({ label: p.label, count: p.count }))}
          series={[{ key: 'count', label: t(($) => $.group.members), color: seriesColor(0) }]}
          max={Math.max(1, s.size)}
        />
      ),
      table: (
        <DataTable
          caption={t(($) => $.group.preferredCaption)}
          rows={preferred}
          rowKey={(r) => r.key}
          columns={[
            { header: t(($) => $.profile.situations.posture), cell: (r) => r.label, rowHeader: true },
            { header: t(($) => $.group.members), cell: (r) => String(r.count) },
          ]}
        />
      ),
    },
    // The habit-or-situation answers are optional in a situation: their slide only once someone gave one.
    ...(s.adaptation.answered === 0
      ? []
      : [
          {
            id: 'adaptation',
            instrument: 'situations',
            title: t(($) => $.group.fits.adaptationTitle),
            summary: adaptationSummary(t, lng, s.adaptation),
            chart: (
              <BarFigure
                data={leanings.map((l) => ({ label: l.label, count: l.count }))}
                series={[{ key: 'count', label: t(($) => $.group.members), color: seriesColor(0) }]}
                max={Math.max(1, s.adaptation.answered)}
              />
            ),
            table: (
              <DataTable
                caption={t(($) => $.group.fits.adaptationCaption)}
                rows={[
                  ...leanings,
                  {
                    key: 'unsaid',
                    label: t(($) => $.group.fits.unsaid),
                    count: s.size - s.adaptation.answered,
                  },
                ]}
                rowKey={(r) => r.key}
                columns={[
                  { header: t(($) => $.group.fits.leaning), cell: (r) => r.label, rowHeader: true },
                  { header: t(($) => $.group.members), cell: (r) => String(r.count) },
                ]}
              />
            ),
          } satisfies Slide,
        ]),
    {
      id: 'directions',
      instrument: 'acrobat',
      title: t(($) => $.group.directionsTitle),
      summary: summaryOf(directions),
      chart: (
        <RadarFigure
          data={directions.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      words: wordsTable(
        t(($) => $.group.directionsCaption),
        t(($) => $.profile.acrobat.dimension),
        directions,
        'frequency',
      ),
      table: figuresTable(
        t(($) => $.group.directionsCaption),
        t(($) => $.profile.acrobat.dimension),
        directions,
      ),
    },
    {
      id: 'traits',
      instrument: 'strategist',
      title: t(($) => $.group.traitsTitle),
      summary: summaryOf(traits),
      chart: (
        <BarFigure
          data={traits.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      words: wordsTable(
        t(($) => $.group.traitsCaption),
        t(($) => $.profile.strategist.dimension),
        traits,
        'frequency',
      ),
      table: figuresTable(
        t(($) => $.group.traitsCaption),
        t(($) => $.profile.strategist.dimension),
        traits,
      ),
    },
    {
      id: 'tensions',
      instrument: 'tensions',
      title: t(($) => $.group.tensionsTitle),
      summary: summaryOf(tensions),
      chart: (
        <RadarFigure
          data={tensions.map((r) => ({ label: r.label, median: r.d.median }))}
          series={[{ key: 'median', label: median, color: seriesColor(0) }]}
          max={4}
        />
      ),
      words: wordsTable(
        t(($) => $.group.tensionsCaption),
        t(($) => $.profile.tensions.force),
        tensions,
        'pull',
      ),
      table: figuresTable(
        t(($) => $.group.tensionsCaption),
        t(($) => $.profile.tensions.force),
        tensions,
      ),
    },
    ...(s.pairs.every((p) => p.answered === 0)
      ? []
      : [
          {
            id: 'pairs',
            instrument: 'tensions',
            title: t(($) => $.group.fits.pairsTitle),
            summary: pairsSummary(),
            chart: (
              <BarFigure
                data={pairWins.wins.map((w) => ({ label: forceLabel(t, w.id), wins: w.wins }))}
                series={[{ key: 'wins', label: t(($) => $.group.fits.wins), color: seriesColor(1) }]}
                max={Math.max(1, ...pairWins.wins.map((w) => w.answered))}
              />
            ),
            words: (
              <DataTable
                caption={t(($) => $.group.fits.pairsWordsCaption)}
                rows={pairRows}
                rowKey={(r) => r.key}
                columns={[
                  { header: t(($) => $.profile.tensions.pairs.pair), cell: (r) => r.label, rowHeader: true },
                  { header: t(($) => $.room.spread.header), cell: (r) => pairSplitWords(t, lng, r.split) },
                ]}
              />
            ),
            table: (
              <DataTable
                caption={t(($) => $.group.fits.pairsCaption)}
                rows={pairRows}
                rowKey={(r) => r.key}
                columns={[
                  { header: t(($) => $.profile.tensions.pairs.pair), cell: (r) => r.label, rowHeader: true },
                  {
                    header: t(($) => $.group.fits.split),
                    cell: (r) =>
                      t(($) => $.group.fits.splitFigures, {
                        first: quoted(t, forceLabel(t, r.split.pair[0])),
                        firstCount: r.split.first,
                        second: quoted(t, forceLabel(t, r.split.pair[1])),
                        secondCount: r.split.second,
                        balance: r.split.balance,
                        count: r.split.answered,
                      }),
                  },
                ]}
              />
            ),
          } satisfies Slide,
        ]),
    {
      id: 'meetings',
      instrument: 'time',
      title: t(($) => $.group.meetingsTitle),
      summary:
        s.meetings.median === null
          ? t(($) => $.group.noData)
          : t(($) => $.group.meetingsSummary, {
              median: formatMean(s.meetings.median, lng),
              count: s.meetings.n,
            }),
      table: figuresTable(
        t(($) => $.group.meetingsCaption),
        t(($) => $.profile.time.meetings),
        [{ key: 'meetings', label: t(($) => $.profile.time.meetings), d: s.meetings }],
      ),
    },
  ];
  return slides.filter((slide) => instruments.includes(slide.instrument));
}
