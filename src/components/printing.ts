// Whether the page is being printed (the browser's own command, print media, or printWithCharts): what
// a page draws lazily (charts near the screen, long pages in steps) is then drawn whole, and stays so.
// Folded data (`<details data-print-open>`) is opened for the print and folded again after it.
import { useSyncExternalStore } from 'react';

let printing = false;
const listeners = new Set<() => void>();

function unfoldForPrint(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')) {
    if (details.open) continue;
    details.open = true;
    details.dataset.printOpened = '';
  }
}

function foldAfterPrint(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-opened]')) {
    details.open = false;
    delete details.dataset.printOpened;
  }
}

export function startPrinting(): void {
  unfoldForPrint();
  if (printing) return;
  printing = true;
  for (const listener of [...listeners]) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', startPrinting);
  window.addEventListener('afterprint', foldAfterPrint);
  window.matchMedia?.('print').addEventListener?.('change', (event) => {
    if (event.matches) startPrinting();
    else foldAfterPrint();
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
