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
  BAR_LABEL_CHARS,
  BAR_LABEL_WIDTH,
  barHeight,
  LABEL_LINE,
  LABEL_SIZE,
  RADAR_LABEL_CHARS,
  wrapLabel,
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

const num = (v: number | string | undefined) => Number(v ?? 0);

/** A radar's label, wrapped, set outside the circle: away from the centre on both axes. */
function RadarTick(props: TickProps) {
  const x = num(props.x);
  const y = num(props.y);
  const dx = x - num(props.cx);
  const dy = y - num(props.cy);
  const lines = wrapLabel(String(props.payload?.value ?? ''), RADAR_LABEL_CHARS);
  const anchor = Math.abs(dx) < 4 ? 'middle' : dx > 0 ? 'start' : 'end';
  const block = (lines.length - 1) * LABEL_LINE;
  // Above the centre the block ends at the tick; below, it starts under it; beside, it is centred.
  const top = Math.abs(dy) < 4 ? y - block / 2 + 5 : dy < 0 ? y - block : y + LABEL_SIZE;
  return (
    <text textAnchor={anchor} fontSize={LABEL_SIZE} fill="var(--text)">
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={top + i * LABEL_LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A bar chart's category label, wrapped, right-aligned against the axis and centred on its bar. */
function BarTick(props: TickProps) {
  const x = num(props.x);
  const y = num(props.y);
  const lines = wrapLabel(String(props.payload?.value ?? ''), BAR_LABEL_CHARS);
  const top = y - ((lines.length - 1) * LABEL_LINE) / 2 + 5;
  return (
    <text textAnchor="end" fontSize={LABEL_SIZE} fill="var(--text)">
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={top + i * LABEL_LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const legendStyle = { fontSize: LABEL_SIZE };

export function RadarDrawing({
  data,
  series,
  max,
  height,
}: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
  readonly height: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart
        data={data as Datum[]}
        outerRadius="88%"
        margin={{ top: 34, right: 72, bottom: 34, left: 72 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={(p: TickProps) => <RadarTick {...p} />} />
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
        {series.length > 1 && <Legend wrapperStyle={legendStyle} />}
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
}: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
  readonly reference?: { readonly value: number; readonly label: string };
  readonly unit?: string;
}) {
  const height = barHeight(
    data.map((d) => d.label),
    series.length,
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data as Datum[]} layout="vertical" margin={{ top: 20, right: 24, bottom: 10, left: 4 }}>
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[0, max]}
          allowDecimals={false}
          unit={unit}
          tick={{ fill: 'var(--text)', fontSize: LABEL_SIZE }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={BAR_LABEL_WIDTH}
          interval={0}
          tick={(p: TickProps) => <BarTick {...p} />}
        />
        {series.map((s) => (
          <Bar key={s.key} name={s.label} dataKey={s.key} fill={s.color} isAnimationActive={false} />
        ))}
        {reference && (
          <ReferenceLine
            x={reference.value}
            stroke="var(--text)"
            strokeDasharray="4 4"
            label={{ value: reference.label, position: 'top', fill: 'var(--text)', fontSize: LABEL_SIZE }}
          />
        )}
        {series.length > 1 && <Legend wrapperStyle={legendStyle} />}
      </BarChart>
    </ResponsiveContainer>
  );
}
