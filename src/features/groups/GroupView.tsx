import { byId } from '../../i18n/byId';
// A group's profiles: side by side as small multiples (2 to 8), who could help whom, the group synthesis
// (any size), anonymous mode, CSV (French spreadsheet or comma-separated), print. Only the instruments
// collected are shown.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { COMPETENCIES, GRID_CELLS, MACRO_IDS } from '../../domain/content/grid';
import { DIRECTION_IDS, type InstrumentId } from '../../domain/content/postures';
import type { PeerGroup, ReceivedProfile } from '../../domain/group';
import { displayAliases, memberProfile, synthesizeGroup, type GroupMember } from '../../domain/scoring/group';
import { instrumentsWithData, whoCanHelp } from '../../domain/scoring/groupReading';
import { groupCsv, type CsvSeparator } from '../../domain/exchange/csv';
import { removeReceivedProfile, setGroupAnonymous } from '../../db/groups';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable } from '../../components/DataTable';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  ChartSizeProvider,
  preloadCharts,
  printWithCharts,
  RadarFigure,
  seriesColor,
} from '../../components/charts';
import { competencyLabel } from '../../components/competencyLabel';
import { downloadText } from '../../components/download';
import { formatDate, formatMean } from '../../components/format';
import { toMembers } from './members';
import { cellLabel } from './Synthesis';
import { SynthesisSlides, WhoCanHelp } from './SynthesisSection';
import { SendSummary } from './SendSummary';

const SIDE_BY_SIDE_MAX = 8;

export function csvLabel(t: TFunction, id: string): string {
  if (id === 'person') return t(($) => $.group.csvPerson);
  const competency = COMPETENCIES.find((c) => id.startsWith(`${c.id}.`));
  if (competency)
    return `${competencyLabel(t, competency.id)} — ${t(($) => byId($.group.csvField, id.slice(competency.id.length + 1)))}`;
  if (id.startsWith('acrobat.') || id.startsWith('strategist.'))
    return t(($) => byId($, id, 'statement'), { ns: 'postures' });
  const [, fit] = /^(situation\..+)\.fit$/.exec(id) ?? [];
  if (fit)
    return `${t(($) => byId($, fit, 'title'), { ns: 'postures' })} — ${t(($) => $.group.csvField.fit)}`;
  if (id.startsWith('situation.')) return t(($) => byId($, id, 'title'), { ns: 'postures' });
  if (id.startsWith('tension.')) return t(($) => byId($, id, 'label'), { ns: 'postures' });
  const [, a, b] = /^tension-pair\.(.+)\.(.+)$/.exec(id) ?? [];
  if (a && b)
    return `${t(($) => byId($.tension, a, 'label'), { ns: 'postures' })} / ${t(($) => byId($.tension, b, 'label'), { ns: 'postures' })} — ${t(($) => $.group.csvField.pair)}`;
  const [, answer, activity] = /^time\.(actual|wished)\.(.+)$/.exec(id) ?? [];
  if (answer && activity)
    return `${t(($) => byId($.activity, activity, 'label'), { ns: 'postures' })} — ${t(($) => byId($.profile.time, answer))}`;
  return id;
}

export function GroupView({
  group,
  profiles,
  instruments: chosen,
}: {
  readonly group: PeerGroup;
  readonly profiles: readonly ReceivedProfile[];
  /** A workshop's instruments; otherwise those for which some profile has results. */
  readonly instruments?: readonly InstrumentId[];
}) {
  const { t, i18n } = useTranslation();
  const members = useMemo(() => toMembers(profiles), [profiles]);
  // Shown at once on screen; the stored setting follows.
  const [anonymous, setAnonymous] = useState(group.anonymous);
  const names = useMemo(() => displayAliases(members, anonymous), [members, anonymous]);
  const synthesis = useMemo(() => synthesizeGroup(members), [members]);
  const instruments = useMemo(() => chosen ?? instrumentsWithData(synthesis), [chosen, synthesis]);
  const pairs = useMemo(
    () => (instruments.includes('grid') ? whoCanHelp(members) : []),
    [instruments, members],
  );
  const [toRemove, setToRemove] = useState<ReceivedProfile | null>(null);
  const nameOf = (id: string) => names.get(id) ?? '';
  // A group's page is about its charts: their drawing code loads now, not when results arrive.
  useEffect(() => void preloadCharts(), []);
  const fileBase = group.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase() || 'groupe';
  const csv = (separator: CsvSeparator) =>
    downloadText(
      groupCsv(members, names, (id) => csvLabel(t, id), separator),
      `${fileBase}${separator === ';' ? '' : '-virgules'}.csv`,
      'text/csv;charset=utf-8',
    );

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
        <label htmlFor="anonymous-mode">{t(($) => $.group.anonymous)}</label>
        <span className="field-hint">{t(($) => $.group.anonymousHint)}</span>
      </div>

      <section aria-labelledby="members-h">
        <h2 id="members-h">{t(($) => $.group.membersTitle, { count: profiles.length })}</h2>
        {profiles.length === 0 ? (
          <p className="empty">{t(($) => $.group.empty)}</p>
        ) : (
          <ul className="competency-list">
            {profiles.map((p) => (
              <li key={p.id}>
                <strong>{nameOf(p.id)}</strong>
                {p.own && ` (${t(($) => $.group.own)})`} —{' '}
                {t(($) => $.group.sharedOn, { date: formatDate(p.snapshot.createdAt, i18n.language) })}{' '}
                <button
                  type="button"
                  className="link-button no-print"
                  onClick={() => setToRemove(p)}
                  aria-label={t(($) => $.group.removeNamed, { name: nameOf(p.id) })}
                >
                  {t(($) => $.group.remove)}
                </button>
              </li>
            ))}
          </ul>
        )}
        {profiles.length > 0 && (
          <div className="no-print">
            <p className="actions">
              <button type="button" className="button secondary" onClick={() => csv(';')}>
                {t(($) => $.room.csvSemicolon)}
              </button>
              <button type="button" className="button secondary" onClick={() => csv(',')}>
                {t(($) => $.room.csvComma)}
              </button>
              <button type="button" className="button secondary" onClick={() => void printWithCharts()}>
                {t(($) => $.group.print)}
              </button>
            </p>
            <p className="field-hint">{t(($) => $.room.csvHint)}</p>
          </div>
        )}
      </section>

      {profiles.length >= 2 && profiles.length <= SIDE_BY_SIDE_MAX && (
        <SideBySide members={members} nameOf={nameOf} instruments={instruments} />
      )}
      {profiles.length > SIDE_BY_SIDE_MAX && (
        <p>{t(($) => $.group.tooManySideBySide, { max: SIDE_BY_SIDE_MAX })}</p>
      )}

      {profiles.length >= 2 && instruments.includes('grid') && <WhoCanHelp pairs={pairs} nameOf={nameOf} />}

      {profiles.length > 0 && (
        <SynthesisSlides synthesis={synthesis} instruments={instruments}>
          <SendSummary group={group} members={members} synthesis={synthesis} instruments={instruments} />
        </SynthesisSlides>
      )}

      <ConfirmDialog
        open={toRemove !== null}
        title={toRemove ? t(($) => $.group.removeTitle, { name: nameOf(toRemove.id) }) : ''}
        confirmLabel={t(($) => $.group.remove)}
        onConfirm={() => {
          if (toRemove) void removeReceivedProfile(toRemove.id).then(() => setToRemove(null));
        }}
        onCancel={() => setToRemove(null)}
      />
    </>
  );
}

function SideBySide({
  members,
  nameOf,
  instruments,
}: {
  readonly members: readonly GroupMember[];
  readonly nameOf: (id: string) => string;
  readonly instruments: readonly InstrumentId[];
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const each = useMemo(() => members.map((m) => ({ id: m.id, profile: memberProfile(m) })), [members]);
  type Member = (typeof each)[number];
  const macroOf = (m: Member, macro: string) =>
    m.profile.competency.macros.find((x) => x.macro === macro)?.aisance.mean ?? null;
  const directionOf = (m: Member, d: string) =>
    m.profile.acrobat.dimensions.find((x) => x.id === d)?.mean.mean ?? null;
  const memberColumns = (read: (m: Member, key: string) => number | null) =>
    each.map((m) => ({
      header: nameOf(m.id),
      cell: (r: { key: string }) => formatMean(read(m, r.key), lng),
    }));
  const labelled = (ids: readonly string[], label: (id: string) => string) =>
    ids.map((key) => ({ key, label: label(key) }));
  const macroRows = labelled(MACRO_IDS, (m) => t(($) => byId($.macro, m, 'label'), { ns: 'content' }));
  const directionRows = labelled(DIRECTION_IDS, (d) =>
    t(($) => byId($.direction, d, 'label'), { ns: 'postures' }),
  );
  const cellRows = GRID_CELLS.map((c) => ({
    key: `${c.macro}.${c.modality}`,
    label: cellLabel(t, c.macro, c.modality),
  }));
  // One small chart per person, in the table's column order, all on the same 0–4 scale.
  const multiples = (
    rows: readonly { key: string; label: string }[],
    read: (m: Member, key: string) => number | null,
  ) => (
    <ChartSizeProvider value="small">
      <ul className="small-multiples">
        {each.map((m, i) => (
          <li key={m.id}>
            <p className="small-multiple-name">{nameOf(m.id)}</p>
            <RadarFigure
              data={rows.map((r) => ({ label: r.label, value: read(m, r.key) }))}
              series={[{ key: 'value', label: nameOf(m.id), color: seriesColor(i) }]}
              max={4}
            />
          </li>
        ))}
      </ul>
    </ChartSizeProvider>
  );

  return (
    <section aria-labelledby="side-h">
      <h2 id="side-h">{t(($) => $.group.sideBySideTitle)}</h2>
      {instruments.includes('grid') && (
        <ChartFrame
          title={t(($) => $.group.sideMacrosTitle)}
          summary={t(($) => $.room.sideSummary, { count: each.length })}
          chartLabel={t(($) => $.group.sideMacrosCaption)}
          headingLevel={3}
          table={
            <DataTable
              caption={t(($) => $.group.sideMacrosCaption)}
              rows={macroRows}
              rowKey={(r) => r.key}
              columns={[
                { header: t(($) => $.profile.radar.macro), cell: (r) => r.label, rowHeader: true },
                ...memberColumns(macroOf),
              ]}
            />
          }
        >
          {multiples(macroRows, macroOf)}
        </ChartFrame>
      )}
      {instruments.includes('acrobat') && (
        <ChartFrame
          title={t(($) => $.group.sideDirectionsTitle)}
          summary={t(($) => $.room.sideSummary, { count: each.length })}
          chartLabel={t(($) => $.group.sideDirectionsCaption)}
          headingLevel={3}
          table={
            <DataTable
              caption={t(($) => $.group.sideDirectionsCaption)}
              rows={directionRows}
              rowKey={(r) => r.key}
              columns={[
                { header: t(($) => $.profile.acrobat.dimension), cell: (r) => r.label, rowHeader: true },
                ...memberColumns(directionOf),
              ]}
            />
          }
        >
          {multiples(directionRows, directionOf)}
        </ChartFrame>
      )}
      {instruments.includes('grid') && (
        <DataTable
          caption={t(($) => $.group.sideCellsCaption)}
          rows={cellRows}
          rowKey={(r) => r.key}
          columns={[
            { header: t(($) => $.compare.cell), cell: (r) => r.label, rowHeader: true },
            ...memberColumns((m, key) => {
              const [macro, modality] = key.split('.');
              return (
                m.profile.competency.cells.find((c) => c.macro === macro && c.modality === modality)?.aisance
                  .mean ?? null
              );
            }),
          ]}
        />
      )}
    </section>
  );
}
