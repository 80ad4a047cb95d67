// The recharts drawings behind charts.tsx: loaded only when a chart comes near the screen or is printed.
// Labels are 14 px and wrap onto several lines, so none is cut on a phone or on paper.
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

import {
  barHeight,
  chartScale,
  lineHeight,
  wrapLabel,
  type ChartSize,
  type Datum,
  type Series,
} from './chartData';

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly cx?: number | string;
  readonly cy?: number | string;
  readonly payload?: { readonly value?: unknown };
}
interface LabelFit {
  readonly fontSize: number;
  readonly chars: number;
}

const num = (v: number | string | undefined) => Number(v ?? 0);

/** A radar's label, wrapped, set outside the circle: away from the centre on both axes. */
function RadarTick({ fontSize, chars, ...props }: TickProps & LabelFit) {
  const x = num(props.x);
  const y = num(props.y);
  const dx = x - num(props.cx);
  const dy = y - num(props.cy);
  const line = lineHeight(fontSize);
  const lines = wrapLabel(String(props.payload?.value ?? ''), chars);
  const anchor = Math.abs(dx) < 4 ? 'middle' : dx > 0 ? 'start' : 'end';
  const block = (lines.length - 1) * line;
  // Above the centre the block ends at the tick; below, it starts under it; beside, it is centred.
  const top = Math.abs(dy) < 4 ? y - block / 2 + 5 : dy < 0 ? y - block : y + fontSize;
  return (
    <text textAnchor={anchor} fontSize={fontSize} fill="var(--text)">
      {lines.map((text, i) => (
        <tspan key={i} x={x} y={top + i * line}>
          {text}
        </tspan>
      ))}
    </text>
  );
}

/** A bar chart's category label, wrapped, right-aligned against the axis and centred on its bar. */
function BarTick({ fontSize, chars, ...props }: TickProps & LabelFit) {
  const x = num(props.x);
  const y = num(props.y);
  const line = lineHeight(fontSize);
  const lines = wrapLabel(String(props.payload?.value ?? ''), chars);
  const top = y - ((lines.length - 1) * line) / 2 + 5;
  return (
    <text textAnchor="end" fontSize={fontSize} fill="var(--text)">
      {lines.map((text, i) => (
        <tspan key={i} x={x} y={top + i * line}>
          {text}
        </tspan>
      ))}
    </text>
  );
}

export function RadarDrawing({
  data,
  series,
  max,
  height,
  fontSize,
  radarChars,
}: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
  readonly height: number;
  readonly fontSize: number;
  readonly radarChars: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart
        data={data as Datum[]}
        outerRadius={fontSize > 20 ? '62%' : '70%'}
        margin={{ top: fontSize * 2.4, right: fontSize * 5, bottom: fontSize * 2.4, left: fontSize * 5 }}
      >
        <PolarGrid />
        <PolarAngleAxis
          dataKey="label"
          tick={(p: TickProps) => <RadarTick {...p} fontSize={fontSize} chars={radarChars} />}
        />
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
  const height = barHeight(
    data.map((d) => d.label),
    series.length,
    size,
  );
  const { fontSize, labelWidth, labelChars } = chartScale(size);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data as Datum[]} layout="vertical" margin={{ top: 20, right: 24, bottom: 10, left: 4 }}>
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[0, max]}
          allowDecimals={false}
          unit={unit}
          tick={{ fontSize: Math.max(fontSize, 14), fill: 'var(--text)' }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          interval={0}
          tick={(p: TickProps) => <BarTick {...p} fontSize={fontSize} chars={labelChars} />}
        />
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
