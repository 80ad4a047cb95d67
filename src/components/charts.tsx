// Radar and bar charts from shaped data. Every use sits in a ChartFrame with its table and summary.
// A chart is drawn when it comes near the screen, or when the page is printed: recharts (and its
// drawing work) loads then, so a page opens without it, and the space it will take is kept meanwhile.
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { startPrinting, usePrinting } from './printing';
import { barHeight, chartScale, type ChartSize, type Datum, type Series } from './chartData';

export { seriesColor, type ChartSize, type Datum, type Series } from './chartData';

const ChartSizeContext = createContext<ChartSize>('normal');
/** Charts inside are drawn large (projection: labels of at least 24 px at 1920×1080) or small (small multiples). */
export const ChartSizeProvider = ChartSizeContext.Provider;

const loadFigures = () => import('./figures');
/** For pages whose charts are their point (a group, a workshop): the drawing code loads at once. */
export const preloadCharts = (): Promise<unknown> => loadFigures();
const RadarDrawing = lazy(() => loadFigures().then((m) => ({ default: m.RadarDrawing })));
const BarDrawing = lazy(() => loadFigures().then((m) => ({ default: m.BarDrawing })));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Opens the print dialog once every chart of the page is drawn. */
export async function printWithCharts(): Promise<void> {
  startPrinting();
  await loadFigures();
  // React commits the drawings, then recharts measures its containers and draws.
  for (let i = 0; i < 3; i++) await nextFrame();
  window.print();
}

/** True once the element has come within a screen of the viewport, or the page is being printed. */
function useDrawn(ref: RefObject<HTMLDivElement | null>): boolean {
  const isPrinting = usePrinting();
  // Without IntersectionObserver (old browsers, tests), every chart is drawn at once.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);
  return near || isPrinting;
}

function Deferred({ height, children }: { readonly height: number; readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const drawn = useDrawn(ref);
  return (
    <div ref={ref} className="chart-area" style={{ minHeight: height }}>
      {drawn && <Suspense fallback={null}>{children}</Suspense>}
    </div>
  );
}

export function RadarFigure(props: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
}) {
  const scale = chartScale(useContext(ChartSizeContext));
  return (
    <Deferred height={scale.radarHeight}>
      <RadarDrawing
        {...props}
        height={scale.radarHeight}
        fontSize={scale.fontSize}
        radarChars={scale.radarChars}
      />
    </Deferred>
  );
}

export function BarFigure(props: {
  readonly data: readonly Datum[];
  readonly series: readonly Series[];
  readonly max: number;
  readonly reference?: { readonly value: number; readonly label: string };
  readonly unit?: string;
}) {
  const size = useContext(ChartSizeContext);
  return (
    <Deferred
      height={barHeight(
        props.data.map((d) => d.label),
        props.series.length,
        size,
      )}
    >
      <BarDrawing {...props} size={size} />
    </Deferred>
  );
}
