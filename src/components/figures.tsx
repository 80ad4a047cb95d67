// The recharts drawings behind charts.tsx: loaded only when a chart comes near the screen or is printed.
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

import { barHeight, chartScale, type ChartSize, type Datum, type Series } from './chartData';

export function RadarDrawing({
  data,
  series,
  max,
  height,
  fontSize,
}: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
  readonly height: number;
  readonly fontSize: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart
        data={data as Datum[]}
        outerRadius={fontSize > 20 ? '62%' : fontSize < 12 ? '52%' : '66%'}
        margin={{ top: 10, right: fontSize * 3, bottom: 10, left: fontSize * 3 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize, fill: 'var(--text)' }} />
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
        {series.length > 1 && <Legend wrapperStyle={{ fontSize }} />}
      </RadarChart>
    </ResponsiveContainer>
  );
}

export function BarDrawing({
  data,
  series,
  max,
  reference,
  unit = '',
  size = 'normal',
}: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
  readonly reference?: { readonly value: number; readonly label: string };
  readonly unit?: string;
  readonly size?: ChartSize;
}) {
  const height = barHeight(data.length, series.length, size);
  const { fontSize, labelWidth } = chartScale(size);
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
          tick={{ fontSize: Math.max(fontSize, 14), fill: 'var(--text)' }}
        />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize, fill: 'var(--text)' }} />
        {series.map((s) => (
          <Bar key={s.key} name={s.label} dataKey={s.key} fill={s.color} isAnimationActive={false} />
        ))}
        {reference && (
          <ReferenceLine
            x={reference.value}
            stroke="var(--text)"
            strokeDasharray="4 4"
            label={{ value: reference.label, position: 'top', fill: 'var(--text)', fontSize }}
          />
        )}
        {series.length > 1 && <Legend wrapperStyle={{ fontSize }} />}
      </BarChart>
    </ResponsiveContainer>
  );
}
