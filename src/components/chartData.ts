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

/** Chart labels: never under 14 px. */
export const LABEL_SIZE = 14;
export const LABEL_LINE = 17;
/** Characters per line of a bar chart's category label (its column is BAR_LABEL_WIDTH px wide). */
export const BAR_LABEL_CHARS = 16;
export const BAR_LABEL_WIDTH = 150;
/** Characters per line of a radar's labels. */
export const RADAR_LABEL_CHARS = 12;

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
export function barHeight(labels: readonly string[], seriesCount: number): number {
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l, BAR_LABEL_CHARS).length));
  const row = Math.max(seriesCount > 1 ? 46 : 36, lines * LABEL_LINE + 12);
  return Math.max(160, labels.length * row + 70);
}
