// Delays that belong to a component: once it is gone, a delay that runs out has nothing left to do.
import { useCallback, useEffect, useRef } from 'react';

/** Returns `later(fn, ms)`: runs `fn` after `ms`, unless the component has unmounted by then. */
export function useTimeouts(): (fn: () => void, ms: number) => void {
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    const pending = timers.current;
    return () => {
      mounted.current = false;
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, []);
  return useCallback((fn: () => void, ms: number) => {
    if (!mounted.current) return;
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      fn();
    }, ms);
    timers.current.add(timer);
  }, []);
}
