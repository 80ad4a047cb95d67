// Draws only: radar and bar charts from shaped data. Every use sits in a ChartFrame with its table and summary.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

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

export function RadarFigure({
  data,
  series,
  max,
}: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={340}>
      <RadarChart
        data={data as Datum[]}
        outerRadius="66%"
        margin={{ top: 10, right: 40, bottom: 10, left: 40 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 12, fill: 'var(--text)' }} />
        <PolarRadiusAxis domain={[0, max]} tick={false} axisLine={false} />
        {series.map((s, i) => (
          <Radar
            key={s.key}
            name={s.label}
            dataKey={s.key}
            stroke={s.color}
            fill={s.color}
            fillOpacity={i === 0 ? 0.35 : 0.12}
            strokeDasharray={s.dashed ? '6 3' : undefined}
            isAnimationActive={false}
          />
        ))}
        {series.length > 1 && <Legend />}
      </RadarChart>
    </ResponsiveContainer>
  );
}

export function BarFigure({
  data,
  series,
  max,
  reference,
  unit = '',
}: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
  readonly reference?: { readonly value: number; readonly label: string };
  readonly unit?: string;
}) {
  const height = Math.max(160, data.length * (series.length > 1 ? 46 : 34) + 60);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data as Datum[]}
        layout="vertical"
        margin={{ top: 10, right: 30, bottom: 10, left: 10 }}
      >
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[0, max]}
          allowDecimals={false}
          unit={unit}
          tick={{ fill: 'var(--text)' }}
        />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12, fill: 'var(--text)' }} />
        {series.map((s) => (
          <Bar key={s.key} name={s.label} dataKey={s.key} fill={s.color} isAnimationActive={false} />
        ))}
        {reference && (
          <ReferenceLine
            x={reference.value}
            stroke="var(--text)"
            strokeDasharray="4 4"
            label={{ value: reference.label, position: 'top', fill: 'var(--text)', fontSize: 12 }}
          />
        )}
        {series.length > 1 && <Legend />}
      </BarChart>
    </ResponsiveContainer>
  );
}
