// A chart with its accessible alternatives: a heading, a one-sentence summary, the chart, and its data
// table folded under « Voir les données du graphique » (unfolded in print).
import { useId, type ReactNode } from 'react';
import { FoldedData } from './DataTable';

interface Props {
  readonly title: string;
  readonly intro?: string;
  readonly summary: string;
  readonly chartLabel: string;
  readonly table: ReactNode;
  readonly children: ReactNode;
  /** 2 for a section of its own, 3 inside a larger section. */
  readonly headingLevel?: 2 | 3;
  /**
   * `img` (default): a drawing, named by chartLabel. `text`: a figure made of words (lists, names),
   * read as it is.
   */
  readonly figure?: 'img' | 'text';
}

export function ChartFrame({
  title,
  intro,
  summary,
  chartLabel,
  table,
  children,
  headingLevel = 2,
  figure = 'img',
}: Props) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame" aria-labelledby={`${id}-t`}>
      <Heading id={`${id}-t`}>{title}</Heading>
      {intro && <p className="intro">{intro}</p>}
      <p className="chart-summary" id={`${id}-s`}>
        {summary}
      </p>
      {figure === 'img' ? (
        <div className="chart" role="img" aria-label={chartLabel} aria-describedby={`${id}-s`}>
          {children}
        </div>
      ) : (
        <div className="chart">{children}</div>
      )}
      <FoldedData>{table}</FoldedData>
    </section>
  );
}
