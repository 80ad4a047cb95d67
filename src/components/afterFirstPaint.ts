// What can wait for the first paint: storage code and lists start loading once the page's frame, title
// and purpose are on screen, so on a slow network they never hold the first paint back.
import { startTransition, useEffect, useState } from 'react';

let painted = false;

/** False until the app's first frame has been painted, then true for the rest of the visit. */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return;
    // The frame after the next one: the first paint has happened by then. What appears then renders
    // as a transition, in slices, not as one long task.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        startTransition(() => setDone(true));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [done]);
  return done;
}
