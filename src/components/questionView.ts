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
