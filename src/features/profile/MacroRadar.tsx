// Draws the five macro-competences as a radar: mean aisance and mean mobilisation, each on its own scale.
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Legend,
} from 'recharts';

export interface RadarPoint {
  readonly axis: string;
  /** Position on the aisance scale, 0–1; null when nothing is rated. */
  readonly aisance: number | null;
  readonly mobilisation: number | null;
}

interface Props {
  readonly data: readonly RadarPoint[];
  readonly aisanceLabel: string;
  readonly mobilisationLabel: string;
}

export function MacroRadar({ data, aisanceLabel, mobilisationLabel }: Props) {
  return (
    <ResponsiveContainer width="100%" height={340}>
      <RadarChart
        data={data as RadarPoint[]}
        outerRadius="68%"
        margin={{ top: 10, right: 30, bottom: 10, left: 30 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="axis" tick={{ fontSize: 12, fill: 'var(--text)' }} />
        <PolarRadiusAxis domain={[0, 1]} tick={false} axisLine={false} />
        <Radar
          name={aisanceLabel}
          dataKey="aisance"
          stroke="var(--series-1)"
          fill="var(--series-1)"
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        <Radar
          name={mobilisationLabel}
          dataKey="mobilisation"
          stroke="var(--series-2)"
          fill="var(--series-2)"
          fillOpacity={0.15}
          strokeDasharray="6 3"
          isAnimationActive={false}
        />
        <Legend />
      </RadarChart>
    </ResponsiveContainer>
  );
}
