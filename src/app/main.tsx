// The browser's entry: the page is already painted from its prerendered HTML, so the app (start.tsx)
// is only requested once that paint is on screen. Its scripts then never compete with the first
// paint for the network or the main thread, on a slow phone as on the bench.
import './styles.css';
import { yieldToBrowser } from './yieldToBrowser';

/** At the latest, the app starts this long after its entry runs, whatever the browser reports. */
const PAINT_WAIT_MAX_MS = 3000;

/** Resolves once the browser has presented the page's first paint, or at once when none is coming. */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    // A background tab (or a page prerendered by the browser) does not paint; a page hidden until the
    // app renders it in the person's language has nothing worth painting first. The browser reports
    // no paint either for a page that was hidden, even briefly, before it painted.
    const everHidden = PerformanceObserver.supportedEntryTypes.includes('visibility-state')
      ? performance.getEntriesByType('visibility-state').some((entry) => entry.name === 'hidden')
      : false;
    if (
      document.visibilityState !== 'visible' ||
      document.documentElement.dataset.pending !== undefined ||
      everHidden
    )
      return resolve();
    const types = PerformanceObserver.supportedEntryTypes;
    if (!types.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve));
      return;
    }
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
    document.addEventListener('visibilitychange', () => resolve(), { once: true });
    // Should no paint ever be reported, the page must still become usable.
    setTimeout(resolve, PAINT_WAIT_MAX_MS);
  });
}

// Replaced at build by the addresses of every chunk the steps below need (startChunks in vite.config.ts).
const START_CHUNKS = '__START_CHUNKS__';

/** Fetches the steps' chunks together, so that a first visit does not wait a round trip per step. */
function preloadSteps() {
  if (import.meta.env.DEV) return;
  for (const href of JSON.parse(START_CHUNKS) as string[]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

// The app starts in steps, each module graph evaluated in a task of its own (each is a chunk of its
// own, vite.config.ts): React DOM, i18next with the first wording, the database library, the routes
// with the router and the frame, then the start itself (start.tsx). Evaluated in one go, they made the longest task of every page's
// start.
const STEPS = [
  () => import('react-dom/client'),
  () => import('../i18n'),
  () => import('dexie'),
  () => import('./routes'),
  () => import('./start'),
];

void painted().then(async () => {
  preloadSteps();
  for (const step of STEPS) {
    await step();
    await yieldToBrowser();
  }
});
