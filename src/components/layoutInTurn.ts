// A long page laid out in turns. Its parts (the sections directly inside `.parts-in-turn`) are all in
// the document from the start, so a screen reader reads them and a search in the page finds them, but
// the browser lays out and paints only those near the screen (CSS `content-visibility: auto`), so the
// page's first layout covers its first screen. Then the other parts are laid out too, one per frame
// (`data-laid-out`), so that what depends on their layout (a wide table's scroll hint, a chart's size,
// the page's text as copied) is ready before anyone scrolls there, without one long layout of the
// whole page: the profile's first layout took 35 to 60 ms in one task. Printed, every part shows.
import { useEffect, useRef } from 'react';

/** Marks the next part not laid out yet, for the browser to lay it out in this frame; whether one was. */
export function layOutNextPart(root: HTMLElement): boolean {
  const part = root.querySelector<HTMLElement>(':scope > section:not([data-laid-out])');
  if (part) part.dataset.laidOut = '';
  return part !== null;
}

/** The ref to give the page's `.parts-in-turn` container. */
export function useLayoutInTurn<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    // Each call comes at the start of a frame, and the part it marks is laid out in that frame; the
    // first frame also lays out and paints the first screen. A part that comes later (another bilan's
    // answers, a section rendered anew) gets its turn too.
    let frame = 0;
    const next = () => {
      frame = layOutNextPart(root) ? requestAnimationFrame(next) : 0;
    };
    const start = () => {
      if (frame === 0) frame = requestAnimationFrame(next);
    };
    start();
    const observer = new MutationObserver(start);
    observer.observe(root, { childList: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return ref;
}
