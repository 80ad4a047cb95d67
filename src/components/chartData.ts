// Owns what a chart is drawn from (its series and rows), the series' colours and a bar chart's height:
// shared by the chart frames (charts.tsx) and the drawings (figures.tsx).

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

/** A chart's measures by size: large for projection (labels of at least 24 px), small for small multiples. */
export function chartScale(size: ChartSize): {
  radarHeight: number;
  fontSize: number;
  barStep: number;
  labelWidth: number;
} {
  if (size === 'large') return { radarHeight: 660, fontSize: 26, barStep: 1.6, labelWidth: 420 };
  if (size === 'small') return { radarHeight: 240, fontSize: 11, barStep: 1, labelWidth: 130 };
  return { radarHeight: 340, fontSize: 12, barStep: 1, labelWidth: 170 };
}

/** A bar chart's height: room for each bar (or group of bars) and the axis. */
export const barHeight = (bars: number, seriesCount: number, size: ChartSize = 'normal') =>
  Math.max(160, (bars * (seriesCount > 1 ? 46 : 34) + 60) * chartScale(size).barStep);
