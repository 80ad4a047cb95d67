import { byId } from '../../i18n/byId';
// The 5 × 3 grid as a table: each cell names its competences and reads its mean aisance in the scale's
// words, tinted by level. On a narrow screen it says it scrolls sideways (ScrollArea).
import { useTranslation } from 'react-i18next';
import { MACRO_IDS, MODALITY_IDS } from '../../domain/content/grid';
import type { CellResult } from '../../domain/scoring/competency';
import { ScrollArea } from '../../components/DataTable';
import { meanWords } from '../../components/scaleWords';

// One sequential hue (no red/green "failure" colours); text stays dark on every step for contrast.
const STEPS = ['var(--heat-1)', 'var(--heat-2)', 'var(--heat-3)', 'var(--heat-4)'];

function tint(mean: number | null): string {
  if (mean === null) return 'transparent';
  return STEPS[Math.min(3, Math.max(0, Math.round(mean) - 1))] ?? 'transparent';
}

export function HeatMap({
  cells,
  caption,
}: {
  readonly cells: readonly CellResult[];
  readonly caption: string;
}) {
  const { t } = useTranslation();
  const find = (macro: string, modality: string) =>
    cells.find((c) => c.macro === macro && c.modality === modality);
  return (
    <ScrollArea label={caption}>
      <table className="heatmap">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(($) => $.profile.heatmap.corner)}</th>
            {MODALITY_IDS.map((m) => (
              <th scope="col" key={m}>
                {t(($) => $.modality[m].label, { ns: 'content' })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MACRO_IDS.map((macro) => (
            <tr key={macro}>
              <th scope="row">{t(($) => $.macro[macro].label, { ns: 'content' })}</th>
              {MODALITY_IDS.map((modality) => {
                const cell = find(macro, modality);
                if (!cell) return <td key={modality} />;
                return (
                  <td key={modality} style={{ background: tint(cell.aisance.mean) }}>
                    <span className="cell-names">
                      {cell.competencyIds
                        .map((id) => t(($) => byId($, id, 'label'), { ns: 'content' }))
                        .join(', ')}
                    </span>
                    <span className="cell-value">
                      {cell.aisance.mean === null
                        ? t(($) => $.profile.noAnswer)
                        : `${meanWords(t, 'aisance', cell.aisance.mean)} · ${t(($) => $.profile.answers, { count: cell.aisance.n })}`}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
