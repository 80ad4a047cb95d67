// Owns what a chart is drawn from (its series and rows), the series' colours, how a label wraps and a
// bar chart's height: shared by the chart frames (charts.tsx) and the drawings (figures.tsx).

export interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
}

export type Datum = { readonly label: string } & Readonly<Record<string, string | number | null>>;

// Up to eight people side by side: distinct hues, every other one dashed by the caller.
const SERIES_COLORS = [
  'var(--series-1)',
  'var(--series-2)',
  '#b35c00',
  '#2e7d32',
  '#00838f',
  '#6d4c41',
  '#ad1457',
  '#455a64',
];
export const seriesColor = (index: number) =>
  SERIES_COLORS[index % SERIES_COLORS.length] ?? 'var(--series-1)';

export type ChartSize = 'small' | 'normal' | 'large';

/** A chart's measures by size: large for projection (labels of at least 24 px), small for small multiples;
 * a chart read on the page has labels of 14 px. Labels wrap at `labelChars` (bars) or `radarChars`. */
export function chartScale(size: ChartSize): {
  radarHeight: number;
  fontSize: number;
  barStep: number;
  labelWidth: number;
  labelChars: number;
  radarChars: number;
} {
  if (size === 'large')
    return { radarHeight: 660, fontSize: 26, barStep: 1.6, labelWidth: 420, labelChars: 28, radarChars: 18 };
  if (size === 'small')
    return { radarHeight: 240, fontSize: 12, barStep: 1, labelWidth: 130, labelChars: 16, radarChars: 10 };
  return { radarHeight: 340, fontSize: 14, barStep: 1, labelWidth: 150, labelChars: 16, radarChars: 12 };
}

/** A label's line height at a font size. */
export const lineHeight = (fontSize: number) => Math.round(fontSize * 1.2);

/** A label cut into lines of at most `max` characters, at spaces (a longer word keeps its own line). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/** A bar chart's height: room for each bar (or group of bars), its label's lines, and the axis. */
export function barHeight(
  labels: readonly string[],
  seriesCount: number,
  size: ChartSize = 'normal',
): number {
  const { fontSize, barStep, labelChars } = chartScale(size);
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l, labelChars).length));
  const row = Math.max((seriesCount > 1 ? 46 : 36) * barStep, lines * lineHeight(fontSize) + 12);
  return Math.max(160, labels.length * row + 70);
}
