// A chart with its accessible alternatives: a heading, a one-sentence summary, the chart, its data table.
import { useId, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly intro?: string;
  readonly summary: string;
  readonly chartLabel: string;
  readonly table: ReactNode;
  readonly children: ReactNode;
}

export function ChartFrame({ title, intro, summary, chartLabel, table, children }: Props) {
  const id = useId();
  return (
    <section className="chart-frame" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{title}</h2>
      {intro && <p className="intro">{intro}</p>}
      <p className="chart-summary" id={`${id}-s`}>
        {summary}
      </p>
      <div className="chart" role="img" aria-label={chartLabel} aria-describedby={`${id}-s`}>
        {children}
      </div>
      {table}
    </section>
  );
}
