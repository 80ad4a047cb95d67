import { byId } from '../../i18n/byId';
// The competency grid's part of the profile: strengths (the strongest first, the rest folded), the
// quadrant map « ce que le poste demande × ce que je maîtrise », the 15 cells, the two gap lists, wishes
// and modes of acquisition. Values read in the scales' own words; figures stay in the folded tables.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ReadingNote } from '../../components/Quote';
import type { CompetencyId } from '../../domain/content/grid';
import { ACQUISITION_MODES } from '../../domain/content/scales';
import { strongestMacros, type CompetencyProfile, type GapItem } from '../../domain/scoring/competency';
import { QUADRANT_IDS, quadrantMap, quadrantOf, rankStrengths } from '../../domain/scoring/summary';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable, FoldedData } from '../../components/DataTable';
import { formatList, formatMean } from '../../components/format';
import { competencyLabel } from '../../components/competencyLabel';
import { levelLabel, meanWords } from '../../components/scaleWords';
import { HeatMap } from './HeatMap';
import { SECTION_IDS } from './SummaryCard';

/** How many points d'appui show before « Voir les autres ». */
const STRENGTHS_SHOWN = 5;

type T = TFunction;

function macroLabel(t: T, macro: string) {
  return t(($) => byId($.macro, macro, 'label'), { ns: 'content' });
}

export function CompetencyList({
  ids,
  empty,
}: {
  readonly ids: readonly CompetencyId[];
  readonly empty: string;
}) {
  const { t } = useTranslation();
  if (ids.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="competency-list">
      {ids.map((id) => (
        <li key={id}>{competencyLabel(t, id)}</li>
      ))}
    </ul>
  );
}

export function Strengths({ profile }: { readonly profile: CompetencyProfile }) {
  const { t, i18n } = useTranslation();
  const best = strongestMacros(profile);
  const ranked = rankStrengths(profile.strengths);
  const shown = ranked.slice(0, STRENGTHS_SHOWN);
  const rest = ranked.slice(STRENGTHS_SHOWN);
  const item = (s: (typeof ranked)[number]) => (
    <li key={s.id}>
      <strong>{competencyLabel(t, s.id)}</strong> — {levelLabel(t, 'aisance', s.aisance)}
    </li>
  );
  return (
    <section id={SECTION_IDS.strengths} aria-labelledby="strengths-h" className="strengths">
      <h2 id="strengths-h">{t(($) => $.profile.strengths.title)}</h2>
      <p className="intro">{t(($) => $.profile.strengths.intro)}</p>
      {best.length > 0 && (
        <p>
          {t(($) => $.profile.strengths.macroLine, {
            macros: formatList(
              best.map((m) => macroLabel(t, m.macro)),
              i18n.language,
            ),
          })}
        </p>
      )}
      {ranked.length === 0 ? (
        <p className="empty">{t(($) => $.profile.strengths.empty)}</p>
      ) : (
        <ul className="competency-list strengths-list">{shown.map(item)}</ul>
      )}
      {rest.length > 0 && (
        <FoldedData label={t(($) => $.profile.strengths.seeAll, { count: rest.length })}>
          <ul className="competency-list strengths-list">{rest.map(item)}</ul>
        </FoldedData>
      )}
      {ranked.length > 0 && (
        <ReadingNote
          lead={t(($) => $.profile.strengths.expertNote)}
          quotes={['expertCreativity', 'expertJargon']}
        />
      )}
    </section>
  );
}

/** « Je maîtrise (3) »: a level's words, its figure beside them, for the folded tables. */
const levelWithFigure = (t: T, scale: 'aisance' | 'mobilisation', level: number | undefined) =>
  level === undefined ? '–' : `${levelLabel(t, scale, level)} (${level})`;

export function QuadrantSection({ profile }: { readonly profile: CompetencyProfile }) {
  const { t } = useTranslation();
  const map = quadrantMap(profile);
  const placed = QUADRANT_IDS.reduce((sum, id) => sum + map.quadrants[id].length, 0);
  const zone = (id: (typeof QUADRANT_IDS)[number]) => t(($) => $.profile.quadrant.zones[id]);
  const summary =
    placed === 0
      ? t(($) => $.profile.quadrant.summaryNone)
      : t(($) => $.profile.quadrant.summary, {
          zones: QUADRANT_IDS.map((id) =>
            t(($) => $.profile.quadrant.zoneCount, { zone: zone(id), count: map.quadrants[id].length }),
          ).join(' · '),
        });
  return (
    <ChartFrame
      title={t(($) => $.profile.quadrant.title)}
      intro={t(($) => $.profile.quadrant.intro)}
      summary={summary}
      chartLabel={t(($) => $.profile.quadrant.title)}
      figure="text"
      table={
        <DataTable
          caption={t(($) => $.profile.quadrant.caption)}
          rows={profile.rated}
          rowKey={(r) => r.id}
          columns={[
            {
              header: t(($) => $.profile.quadrant.competency),
              cell: (r) => competencyLabel(t, r.id),
              rowHeader: true,
            },
            {
              header: t(($) => $.profile.quadrant.aisance),
              cell: (r) => levelWithFigure(t, 'aisance', r.aisance),
            },
            {
              header: t(($) => $.profile.quadrant.mobilisation),
              cell: (r) => levelWithFigure(t, 'mobilisation', r.mobilisation),
            },
            {
              header: t(($) => $.profile.quadrant.zone),
              cell: (r) =>
                r.mobilisation === undefined
                  ? '–'
                  : zone(quadrantOf({ id: r.id, aisance: r.aisance, mobilisation: r.mobilisation })),
            },
          ]}
        />
      }
    >
      <div className="quadrant-map">
        <p className="axis axis-asked">{t(($) => $.profile.quadrant.axisAsked)}</p>
        <div className="quadrants">
          {QUADRANT_IDS.map((id) => (
            <section key={id} className={`quadrant quadrant-${id}`} aria-labelledby={`quadrant-${id}-h`}>
              <h3 id={`quadrant-${id}-h`}>
                {zone(id)} ({map.quadrants[id].length})
              </h3>
              {map.quadrants[id].length === 0 ? (
                <p className="empty">{t(($) => $.profile.quadrant.empty)}</p>
              ) : (
                <ul>
                  {map.quadrants[id].map((g) => (
                    <li key={g.id}>{competencyLabel(t, g.id)}</li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        <p className="axis axis-ease">{t(($) => $.profile.quadrant.axisEase)}</p>
      </div>
      {map.withoutMobilisation.length > 0 && (
        <p>
          {t(($) => $.profile.quadrant.withoutMobilisation, {
            list: map.withoutMobilisation.map((id) => competencyLabel(t, id)).join(', '),
          })}
        </p>
      )}
    </ChartFrame>
  );
}

function heatSummary(profile: CompetencyProfile, t: T): string {
  const rated = profile.cells.filter((c) => c.aisance.mean !== null);
  const top = rated.reduce<(typeof rated)[number] | undefined>(
    (best, c) => (best === undefined || (c.aisance.mean ?? 0) > (best.aisance.mean ?? 0) ? c : best),
    undefined,
  );
  if (!top) return t(($) => $.profile.heatmap.summaryNone);
  return t(($) => $.profile.heatmap.summary, {
    count: rated.length,
    cell: `${macroLabel(t, top.macro)} · ${t(($) => $.modality[top.modality].label, { ns: 'content' })}`,
    mean: meanWords(t, 'aisance', top.aisance.mean),
  });
}

export function Gaps({ profile }: { readonly profile: CompetencyProfile }) {
  const { t } = useTranslation();
  const list = (items: readonly GapItem[], empty: string) =>
    items.length === 0 ? (
      <p className="empty">{empty}</p>
    ) : (
      <ul className="competency-list">
        {items.map((g) => (
          <li key={g.id}>
            <strong>{competencyLabel(t, g.id)}</strong>{' '}
            <span className="pair">
              (
              {t(($) => $.profile.gaps.pair, {
                aisance: t(($) => byId($.scale.aisance, g.aisance, 'label')),
                mobilisation: t(($) => byId($.scale.mobilisation, g.mobilisation, 'label')),
              })}
              )
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <section id={SECTION_IDS.gaps} aria-labelledby="gaps-h" className="gaps">
      <h2 id="gaps-h">{t(($) => $.profile.gaps.title)}</h2>
      <p className="intro">{t(($) => $.profile.gaps.intro)}</p>
      <div className="two-columns">
        <section aria-labelledby="gaps-asked-h">
          <h3 id="gaps-asked-h">{t(($) => $.profile.gaps.askedTitle)}</h3>
          <p>{t(($) => $.profile.gaps.askedIntro)}</p>
          {list(
            profile.askedNotAtEase,
            t(($) => $.profile.gaps.askedEmpty),
          )}
          {profile.askedNotAtEase.length > 0 && (
            <ReadingNote lead={t(($) => $.profile.gaps.askedNote)} quotes={[]} />
          )}
        </section>
        <section aria-labelledby="gaps-ease-h">
          <h3 id="gaps-ease-h">{t(($) => $.profile.gaps.atEaseTitle)}</h3>
          <p>{t(($) => $.profile.gaps.atEaseIntro)}</p>
          {list(
            profile.atEaseNotAsked,
            t(($) => $.profile.gaps.atEaseEmpty),
          )}
        </section>
      </div>
    </section>
  );
}

export function Acquisition({ profile }: { readonly profile: CompetencyProfile }) {
  const { t } = useTranslation();
  const any = ACQUISITION_MODES.some((m) => profile.acquisition[m].length > 0);
  return (
    <section aria-labelledby="acq-h">
      <h2 id="acq-h">{t(($) => $.profile.acquisition.title)}</h2>
      <p className="intro">{t(($) => $.profile.acquisition.intro)}</p>
      <p className="source">{t(($) => $.profile.acquisition.source)}</p>
      {!any ? (
        <p className="empty">{t(($) => $.profile.acquisition.empty)}</p>
      ) : (
        <dl className="acquisition">
          {ACQUISITION_MODES.map((mode) => {
            const ids = profile.acquisition[mode];
            return (
              <div key={mode}>
                <dt>
                  {t(($) => $.scale.acquisition[mode].label)} ({ids.length})
                </dt>
                <dd>
                  {ids.length === 0
                    ? t(($) => $.profile.acquisition.none)
                    : ids.map((id) => competencyLabel(t, id)).join(', ')}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

export function HeatMapSection({ profile }: { readonly profile: CompetencyProfile }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const figure = (mean: number | null, n: number) =>
    mean === null
      ? t(($) => $.profile.noAnswer)
      : `${formatMean(mean, lng)} (${t(($) => $.profile.answers, { count: n })})`;
  return (
    <ChartFrame
      title={t(($) => $.profile.heatmap.title)}
      intro={t(($) => $.profile.heatmap.intro)}
      summary={heatSummary(profile, t)}
      chartLabel={t(($) => $.profile.heatmap.caption)}
      figure="text"
      table={
        <DataTable
          caption={t(($) => $.profile.heatmap.tableCaption)}
          rows={profile.cells}
          rowKey={(c) => `${c.macro}.${c.modality}`}
          columns={[
            {
              header: t(($) => $.profile.heatmap.cell),
              cell: (c) =>
                `${macroLabel(t, c.macro)} · ${t(($) => $.modality[c.modality].label, { ns: 'content' })}`,
              rowHeader: true,
            },
            {
              header: t(($) => $.profile.heatmap.aisanceCol),
              cell: (c) => figure(c.aisance.mean, c.aisance.n),
            },
            {
              header: t(($) => $.profile.heatmap.mobilisationCol),
              cell: (c) => figure(c.mobilisation.mean, c.mobilisation.n),
            },
          ]}
        />
      }
    >
      <HeatMap cells={profile.cells} caption={t(($) => $.profile.heatmap.caption)} />
    </ChartFrame>
  );
}

export function Wishes({ profile }: { readonly profile: CompetencyProfile }) {
  const { t } = useTranslation();
  return (
    <section id={SECTION_IDS.wishes} aria-labelledby="wishes-h">
      <h2 id="wishes-h">{t(($) => $.profile.wishes.title)}</h2>
      <p className="intro">{t(($) => $.profile.wishes.intro)}</p>
      <CompetencyList ids={profile.wishes} empty={t(($) => $.profile.wishes.empty)} />
    </section>
  );
}
