// A group's profiles: side by side (2 to 8), the group synthesis (any size), anonymous mode, CSV, print.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { COMPETENCIES, GRID_CELLS, MACRO_IDS } from '../../domain/content/grid';
import { DIRECTION_IDS } from '../../domain/content/postures';
import type { PeerGroup, ReceivedProfile } from '../../domain/group';
import { displayAliases, synthesizeGroup } from '../../domain/scoring/group';
import { computeWholeProfile } from '../../domain/scoring/wholeProfile';
import { groupCsv } from '../../domain/exchange/csv';
import { removeReceivedProfile, setGroupAnonymous } from '../../db/groups';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { preloadCharts, printWithCharts, RadarFigure, seriesColor } from '../../components/charts';
import { competencyLabel } from '../../components/competencyLabel';
import { downloadText } from '../../components/download';
import { formatDate, formatMean } from '../../components/format';
import { toMembers } from './members';
import { useSynthesisSlides } from './Synthesis';
import { SlideView } from './SlideView';

const SIDE_BY_SIDE_MAX = 8;

export function csvLabel(t: TFunction, id: string): string {
  if (id === 'person') return t('group.csvPerson');
  const competency = COMPETENCIES.find((c) => id.startsWith(`${c.id}.`));
  if (competency)
    return `${competencyLabel(t, competency.id)} — ${t(`group.csvField.${id.slice(competency.id.length + 1)}`)}`;
  if (id.startsWith('acrobat.') || id.startsWith('strategist.'))
    return t(`${id}.statement`, { ns: 'postures' });
  if (id.startsWith('situation.')) return t(`${id}.title`, { ns: 'postures' });
  if (id.startsWith('tension.')) return t(`${id}.label`, { ns: 'postures' });
  const time = /^time\.(actual|wished)\.(.+)$/.exec(id);
  if (time) return `${t(`activity.${time[2]}.label`, { ns: 'postures' })} — ${t(`profile.time.${time[1]}`)}`;
  return id;
}

export function GroupView({
  group,
  profiles,
}: {
  readonly group: PeerGroup;
  readonly profiles: readonly ReceivedProfile[];
}) {
  const { t, i18n } = useTranslation();
  const members = useMemo(() => toMembers(profiles), [profiles]);
  // Shown at once on screen; the stored setting follows.
  const [anonymous, setAnonymous] = useState(group.anonymous);
  const names = useMemo(() => displayAliases(members, anonymous), [members, anonymous]);
  const synthesis = useMemo(() => synthesizeGroup(members), [members]);
  const slides = useSynthesisSlides(synthesis);
  const [toRemove, setToRemove] = useState<ReceivedProfile | null>(null);
  const nameOf = (id: string) => names.get(id) ?? '';
  // A group's page is about its charts: their drawing code loads now, not when results arrive.
  useEffect(() => void preloadCharts(), []);

  return (
    <>
      <div className="check no-print">
        <input
          type="checkbox"
          id="anonymous-mode"
          checked={anonymous}
          onChange={(e) => {
            setAnonymous(e.target.checked);
            void setGroupAnonymous(group.id, e.target.checked);
          }}
        />
        <label htmlFor="anonymous-mode">{t('group.anonymous')}</label>
        <span className="field-hint">{t('group.anonymousHint')}</span>
      </div>

      <section aria-labelledby="members-h">
        <h2 id="members-h">{t('group.membersTitle', { count: profiles.length })}</h2>
        {profiles.length === 0 ? (
          <p className="empty">{t('group.empty')}</p>
        ) : (
          <ul className="competency-list">
            {profiles.map((p) => (
              <li key={p.id}>
                <strong>{nameOf(p.id)}</strong>
                {p.own && ` (${t('group.own')})`} —{' '}
                {t('group.sharedOn', { date: formatDate(p.snapshot.createdAt, i18n.language) })}{' '}
                <button
                  type="button"
                  className="link-button no-print"
                  onClick={() => setToRemove(p)}
                  aria-label={t('group.removeNamed', { name: nameOf(p.id) })}
                >
                  {t('group.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {profiles.length > 0 && (
          <p className="no-print">
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                downloadText(
                  groupCsv(members, names, (id) => csvLabel(t, id)),
                  `${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase() || 'groupe'}.csv`,
                  'text/csv;charset=utf-8',
                )
              }
            >
              {t('group.csv')}
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => void printWithCharts()}>
              {t('group.print')}
            </button>
          </p>
        )}
      </section>

      {profiles.length >= 2 && profiles.length <= SIDE_BY_SIDE_MAX && (
        <SideBySide profiles={profiles} nameOf={nameOf} />
      )}
      {profiles.length > SIDE_BY_SIDE_MAX && <p>{t('group.tooManySideBySide', { max: SIDE_BY_SIDE_MAX })}</p>}

      {profiles.length > 0 && (
        <section aria-labelledby="synthesis-h">
          <h2 id="synthesis-h">{t('group.synthesisTitle', { count: synthesis.size })}</h2>
          {slides.map((slide) => (
            <SlideView key={slide.id} slide={slide} headingLevel={3} />
          ))}
        </section>
      )}

      <ConfirmDialog
        open={toRemove !== null}
        title={toRemove ? t('group.removeTitle', { name: nameOf(toRemove.id) }) : ''}
        confirmLabel={t('group.remove')}
        onConfirm={() => {
          if (toRemove) void removeReceivedProfile(toRemove.id).then(() => setToRemove(null));
        }}
        onCancel={() => setToRemove(null)}
      />
    </>
  );
}

function SideBySide({
  profiles,
  nameOf,
}: {
  readonly profiles: readonly ReceivedProfile[];
  readonly nameOf: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const each = useMemo(
    () => toMembers(profiles).map((m) => ({ id: m.id, profile: computeWholeProfile(m.responses, m.values) })),
    [profiles],
  );
  const series = each.map((m, i) => ({
    key: m.id,
    label: nameOf(m.id),
    color: seriesColor(i),
    dashed: i % 2 === 1,
  }));
  const macroData = MACRO_IDS.map((macro) => ({
    label: t(`macro.${macro}.label`, { ns: 'content' }),
    ...Object.fromEntries(
      each.map((m) => [
        m.id,
        m.profile.competency.macros.find((x) => x.macro === macro)?.aisance.mean ?? null,
      ]),
    ),
  }));
  const directionData = DIRECTION_IDS.map((d) => ({
    label: t(`direction.${d}.label`, { ns: 'postures' }),
    ...Object.fromEntries(
      each.map((m) => [m.id, m.profile.acrobat.dimensions.find((x) => x.id === d)?.mean.mean ?? null]),
    ),
  }));
  const memberColumns = (read: (m: (typeof each)[number], key: string) => number | null) =>
    each.map((m) => ({
      header: nameOf(m.id),
      cell: (r: { key: string }) => formatMean(read(m, r.key), lng),
    }));
  const cellRows = GRID_CELLS.map((c) => ({
    key: `${c.macro}.${c.modality}`,
    label: `${t(`macro.${c.macro}.label`, { ns: 'content' })} · ${t(`modality.${c.modality}.label`, { ns: 'content' })}`,
  }));

  return (
    <section aria-labelledby="side-h">
      <h2 id="side-h">{t('group.sideBySideTitle')}</h2>
      <ChartFrame
        title={t('group.sideMacrosTitle')}
        summary={t('group.sideSummary', { count: each.length })}
        chartLabel={t('group.sideMacrosCaption')}
        headingLevel={3}
        table={
          <DataTable
            caption={t('group.sideMacrosCaption')}
            rows={macroData.map((d, i) => ({ ...d, key: MACRO_IDS[i] ?? '' }))}
            rowKey={(r) => r.key}
            columns={[
              { header: t('profile.radar.macro'), cell: (r) => r.label, rowHeader: true },
              ...memberColumns(
                (m, key) => m.profile.competency.macros.find((x) => x.macro === key)?.aisance.mean ?? null,
              ),
            ]}
          />
        }
      >
        <RadarFigure data={macroData} series={series} max={4} />
      </ChartFrame>
      <ChartFrame
        title={t('group.sideDirectionsTitle')}
        summary={t('group.sideSummary', { count: each.length })}
        chartLabel={t('group.sideDirectionsCaption')}
        headingLevel={3}
        table={
          <DataTable
            caption={t('group.sideDirectionsCaption')}
            rows={directionData.map((d, i) => ({ ...d, key: DIRECTION_IDS[i] ?? '' }))}
            rowKey={(r) => r.key}
            columns={[
              { header: t('profile.acrobat.dimension'), cell: (r) => r.label, rowHeader: true },
              ...memberColumns(
                (m, key) => m.profile.acrobat.dimensions.find((x) => x.id === key)?.mean.mean ?? null,
              ),
            ]}
          />
        }
      >
        <RadarFigure data={directionData} series={series} max={4} />
      </ChartFrame>
      <DataTable
        caption={t('group.sideCellsCaption')}
        rows={cellRows}
        rowKey={(r) => r.key}
        columns={[
          { header: t('compare.cell'), cell: (r) => r.label, rowHeader: true },
          ...memberColumns((m, key) => {
            const [macro, modality] = key.split('.');
            return (
              m.profile.competency.cells.find((c) => c.macro === macro && c.modality === modality)?.aisance
                .mean ?? null
            );
          }),
        ]}
      />
    </section>
  );
}
