// One slide of the group synthesis. On the page: its reading, its chart, its table in words and its
// figures folded. Projected: one step at a time, the chart (or the words) first, the table next.
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame';
import type { Slide } from './Synthesis';

/** How many arrow presses a projected slide takes: its chart or words, then its table. */
export const slideSteps = (slide: Slide): number => (slide.chart || slide.words ? 2 : 1);

function Figures({ slide }: { readonly slide: Slide }) {
  const { t } = useTranslation();
  return (
    <details className="figures">
      <summary>{t(($) => $.room.figures)}</summary>
      {slide.table}
    </details>
  );
}

export function SlideView({
  slide,
  headingLevel = 2,
  step,
}: {
  readonly slide: Slide;
  readonly headingLevel?: 2 | 3;
  /** Projected: which step is shown; the page shows everything. */
  readonly step?: number;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (step !== undefined) {
    const first = step === 0 && slideSteps(slide) === 2;
    return (
      <section aria-label={slide.title} className="slide">
        <Heading>{slide.title}</Heading>
        <p className="chart-summary">{slide.summary}</p>
        {first && slide.chart && (
          <div className="chart" role="img" aria-label={slide.title}>
            {slide.chart}
          </div>
        )}
        {first && !slide.chart && slide.words}
        {/* One table fits the screen: the reading in words when the chart has one, else the figures. */}
        {!first && (slide.chart && slide.words ? slide.words : slide.table)}
      </section>
    );
  }
  if (slide.chart) {
    // Under the chart, one fold holds its reading in words and its figures: one click, not two.
    const rest = (
      <>
        {slide.words}
        {slide.table}
      </>
    );
    return (
      <ChartFrame
        title={slide.title}
        summary={slide.summary}
        chartLabel={slide.title}
        table={rest}
        headingLevel={headingLevel}
      >
        {slide.chart}
      </ChartFrame>
    );
  }
  return (
    <section aria-label={slide.title}>
      <Heading>{slide.title}</Heading>
      <p className="chart-summary">{slide.summary}</p>
      {slide.words}
      {slide.words ? <Figures slide={slide} /> : slide.table}
    </section>
  );
}
