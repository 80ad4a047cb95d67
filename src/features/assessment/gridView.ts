// Owns the grid's remembered view: one competence at a time (the default) or the whole page.
import { useState } from 'react';

export type GridView = 'single' | 'page';

export const GRID_VIEW_KEY = 'qdee.gridView';

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
