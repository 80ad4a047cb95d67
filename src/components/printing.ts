// Whether the page is being printed (the browser's own command, print media, or printWithCharts): what
// a page draws lazily (charts near the screen, long pages in steps) is then drawn whole, and stays so.
import { useSyncExternalStore } from 'react';

let printing = false;
const listeners = new Set<() => void>();

export function startPrinting(): void {
  if (printing) return;
  printing = true;
  for (const listener of [...listeners]) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', startPrinting);
  window.matchMedia?.('print').addEventListener?.('change', (event) => {
    if (event.matches) startPrinting();
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
