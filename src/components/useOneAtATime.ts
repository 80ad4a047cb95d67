// Owns "one at a time" for buttons that create something: a press while the last one is still at work
// does nothing, and the button says so by being disabled until it ends (three quick clicks, one bilan).
import { useRef, useState } from 'react';

/**
 * `run` starts `action` unless it is already running (checked at once, not on the next render, so
 * presses within one frame count too); `busy` is true meanwhile, for the button's `disabled`.
 */
export function useOneAtATime<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
): { readonly run: (...args: A) => Promise<void>; readonly busy: boolean } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = async (...args: A) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action(...args);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { run, busy };
}
