// The competency grid's part of the profile: strengths, the five macro-competences, the 15 cells,
// the two gap lists, wishes and modes of acquisition.
import { useTranslation } from 'react-i18next';
import { ReadingNote } from '../../components/Quote';
import type { CompetencyId } from '../../domain/content/grid';
import { ACQUISITION_MODES } from '../../domain/content/scales';
import { strongestMacros, type CompetencyProfile, type GapItem } from '../../domain/scoring/competency';
import { shareOfScale } from '../../domain/scoring/stats';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { formatList, formatMean } from '../../components/format';
import { competencyLabel } from '../../components/competencyLabel';
import { HeatMap } from './HeatMap';
import { RadarFigure, seriesColor } from '../../components/charts';

type T = ReturnType<typeof useTranslation>['t'];

function macroLabel(t: T, macro: string) {
  return t(`macro.${macro}.label`, { ns: 'content' });
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
  return (
    <section aria-labelledby="strengths-h" className="strengths">
      <h2 id="strengths-h">{t('profile.strengths.title')}</h2>
      <p className="intro">{t('profile.strengths.intro')}</p>
      {best.length > 0 && (
        <p>
          {t('profile.strengths.macroLine', {
            macros: formatList(
              best.map((m) => macroLabel(t, m.macro)),
              i18n.language,
            ),
          })}
        </p>
      )}
      {profile.strengths.length === 0 ? (
        <p className="empty">{t('profile.strengths.empty')}</p>
      ) : (
        <ul className="competency-list strengths-list">
          {profile.strengths.map((s) => (
            <li key={s.id}>
              <strong>{competencyLabel(t, s.id)}</strong> — {t(`scale.aisance.${s.aisance}.label`)}
            </li>
          ))}
        </ul>
      )}
      {profile.strengths.length > 0 && (
        <ReadingNote lead={t('profile.strengths.expertNote')} quotes={['expertCreativity', 'expertJargon']} />
      )}
    </section>
  );
}

export function MacroRadarSection({ profile }: { readonly profile: CompetencyProfile }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = profile.macros.map((m) => ({
    label: macroLabel(t, m.macro),
    aisance: shareOfScale(m.aisance, 1, 4),
    mobilisation: shareOfScale(m.mobilisation, 0, 3),
  }));
  const cellText = (mean: number | null, n: number, max: number) =>
    mean === null
      ? t('profile.noAnswer')
      : `${formatMean(mean, lng)} / ${max} (${t('profile.answers', { count: n })})`;

  return (
    <ChartFrame
      title={t('profile.radar.title')}
      intro={t('profile.radar.intro')}
      summary={radarSummary(profile, t, lng)}
      chartLabel={t('profile.radar.caption')}
      table={
        <DataTable
          caption={t('profile.radar.caption')}
          rows={profile.macros}
          rowKey={(m) => m.macro}
          columns={[
            { header: t('profile.radar.macro'), cell: (m) => macroLabel(t, m.macro), rowHeader: true },
            { header: t('profile.radar.aisanceCol'), cell: (m) => cellText(m.aisance.mean, m.aisance.n, 4) },
            {
              header: t('profile.radar.mobilisationCol'),
              cell: (m) => cellText(m.mobilisation.mean, m.mobilisation.n, 3),
            },
          ]}
        />
      }
    >
      <RadarFigure
        data={data}
        max={1}
        series={[
          { key: 'aisance', label: t('profile.radar.aisance'), color: seriesColor(0) },
          {
            key: 'mobilisation',
            label: t('profile.radar.mobilisation'),
            color: seriesColor(1),
            dashed: true,
          },
        ]}
      />
    </ChartFrame>
  );
}

function topBy<K extends 'aisance' | 'mobilisation'>(profile: CompetencyProfile, key: K) {
  return profile.macros.reduce<(typeof profile.macros)[number] | undefined>(
    (best, m) =>
      m[key].mean !== null && (best === undefined || (m[key].mean ?? 0) > (best[key].mean ?? 0)) ? m : best,
    undefined,
  );
}

function radarSummary(profile: CompetencyProfile, t: T, lng: string): string {
  const best = topBy(profile, 'aisance');
  const asked = topBy(profile, 'mobilisation');
  if (!best) return t('profile.radar.summaryNone');
  const base = { best: macroLabel(t, best.macro), mean: formatMean(best.aisance.mean, lng) };
  if (!asked) return t('profile.radar.summaryNoMobilisation', base);
  return t('profile.radar.summary', {
    ...base,
    asked: macroLabel(t, asked.macro),
    askedMean: formatMean(asked.mobilisation.mean, lng),
  });
}

export function heatSummary(profile: CompetencyProfile, t: T, lng: string): string {
  const rated = profile.cells.filter((c) => c.aisance.mean !== null);
  const top = rated.reduce<(typeof rated)[number] | undefined>(
    (best, c) => (best === undefined || (c.aisance.mean ?? 0) > (best.aisance.mean ?? 0) ? c : best),
    undefined,
  );
  if (!top) return t('profile.heatmap.summaryNone');
  return t('profile.heatmap.summary', {
    count: rated.length,
    cell: `${macroLabel(t, top.macro)} · ${t(`modality.${top.modality}.label`, { ns: 'content' })}`,
    mean: formatMean(top.aisance.mean, lng),
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
              {t('profile.gaps.pair', {
                aisance: t(`scale.aisance.${g.aisance}.label`),
                mobilisation: t(`scale.mobilisation.${g.mobilisation}.label`),
              })}
              )
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="gaps-h" className="gaps">
      <h2 id="gaps-h">{t('profile.gaps.title')}</h2>
      <p className="intro">{t('profile.gaps.intro')}</p>
      <div className="two-columns">
        <section aria-labelledby="gaps-asked-h">
          <h3 id="gaps-asked-h">{t('profile.gaps.askedTitle')}</h3>
          <p>{t('profile.gaps.askedIntro')}</p>
          {list(profile.askedNotAtEase, t('profile.gaps.askedEmpty'))}
          {profile.askedNotAtEase.length > 0 && (
            <ReadingNote lead={t('profile.gaps.askedNote')} quotes={[]} />
          )}
        </section>
        <section aria-labelledby="gaps-ease-h">
          <h3 id="gaps-ease-h">{t('profile.gaps.atEaseTitle')}</h3>
          <p>{t('profile.gaps.atEaseIntro')}</p>
          {list(profile.atEaseNotAsked, t('profile.gaps.atEaseEmpty'))}
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
      <h2 id="acq-h">{t('profile.acquisition.title')}</h2>
      <p className="intro">{t('profile.acquisition.intro')}</p>
      <p className="source">{t('profile.acquisition.source')}</p>
      {!any ? (
        <p className="empty">{t('profile.acquisition.empty')}</p>
      ) : (
        <dl className="acquisition">
          {ACQUISITION_MODES.map((mode) => {
            const ids = profile.acquisition[mode];
            return (
              <div key={mode}>
                <dt>
                  {t(`scale.acquisition.${mode}.label`)} ({ids.length})
                </dt>
                <dd>
                  {ids.length === 0
                    ? t('profile.acquisition.none')
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
  return (
    <section aria-labelledby="heat-h">
      <h2 id="heat-h">{t('profile.heatmap.title')}</h2>
      <p className="intro">{t('profile.heatmap.intro')}</p>
      <p className="chart-summary">{heatSummary(profile, t, i18n.language)}</p>
      <HeatMap cells={profile.cells} caption={t('profile.heatmap.caption')} />
    </section>
  );
}

export function Wishes({ profile }: { readonly profile: CompetencyProfile }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="wishes-h">
      <h2 id="wishes-h">{t('profile.wishes.title')}</h2>
      <p className="intro">{t('profile.wishes.intro')}</p>
      <CompetencyList ids={profile.wishes} empty={t('profile.wishes.empty')} />
    </section>
  );
}
