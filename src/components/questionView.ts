// Owns the questionnaires' remembered view, shared by the grid and the posture statements: one question
// at a time (the default) or the whole page; and how long an answer stays in view before the next comes.
import { useState } from 'react';

export type GridView = 'single' | 'page';

export const GRID_VIEW_KEY = 'qdee.gridView';

/** How long a completed answer stays in view before the next question comes. */
export const ADVANCE_DELAY_MS = 350;

function read(): GridView {
  try {
    return globalThis.localStorage?.getItem(GRID_VIEW_KEY) === 'page' ? 'page' : 'single';
  } catch {
    return 'single';
  }
}

/** The view last chosen on this device, and the way to change it (remembered when storage allows). */
export function useGridView(): readonly [GridView, (view: GridView) => void] {
  const [view, setView] = useState<GridView>(read);
  const choose = (next: GridView) => {
    setView(next);
    try {
      globalThis.localStorage?.setItem(GRID_VIEW_KEY, next);
    } catch {
      // Private mode or storage refused: the choice holds for this visit only.
    }
  };
  return [view, choose] as const;
}

/**
 * Brings a question shown alone into view after a move: its heading takes the focus, and the page
 * scrolls so that the card sits just under the progress kept at the top (`.grid-sticky`) when it
 * starts above it or when its `bottom` part ends below the screen.
 */
export function showQuestion(card: HTMLElement | null, bottom: string): void {
  const heading = card?.querySelector<HTMLElement>('h2');
  if (!card || !heading) return;
  heading.focus({ preventScroll: true });
  const sticky = document.querySelector('.grid-sticky')?.getBoundingClientRect().height ?? 0;
  const box = card.getBoundingClientRect();
  const end = card.querySelector(bottom)?.getBoundingClientRect();
  if (box.top < sticky || (end && end.bottom > window.innerHeight)) {
    window.scrollBy({ top: box.top - sticky - 8 });
  }
}
