// A long list shown in a few short frames instead of one long one: the first things at once, then a
// few more after each painted frame. On a slow phone a grid page's 800 elements took one 200 ms frame
// to lay out; in steps the page stays responsive while it fills. While the page is printed, everything
// shows.
import { startTransition, useEffect, useState } from 'react';
import { usePrinting } from './printing';

/**
 * How many of `total` things to show now: `first` at once, then `step` more after each painted frame;
 * all of them once the page is being printed.
 */
export function useStepwise(total: number, first: number, step: number): number {
  const printing = usePrinting();
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is painted, so that what was just shown is laid out before more comes.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((n) => n + step)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total, step]);
  return printing ? total : Math.min(shown, total);
}
