// One slide of the group synthesis: a chart with its summary and table, or a summary and a table.
import { ChartFrame } from '../../components/ChartFrame';
import type { Slide } from './Synthesis';

export function SlideView({
  slide,
  headingLevel = 2,
}: {
  readonly slide: Slide;
  readonly headingLevel?: 2 | 3;
}) {
  if (slide.chart) {
    return (
      <ChartFrame
        title={slide.title}
        summary={slide.summary}
        chartLabel={slide.title}
        table={slide.table}
        headingLevel={headingLevel}
      >
        {slide.chart}
      </ChartFrame>
    );
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-label={slide.title}>
      <Heading>{slide.title}</Heading>
      <p className="chart-summary">{slide.summary}</p>
      {slide.table}
    </section>
  );
}
