// Says that something was just cleared and offers « Annuler » for a few seconds. The countdown stops
// while the pointer or the keyboard focus is on the notice, so nobody loses the undo while reaching it.
import { useEffect, useRef, useState } from 'react';

/** How long the undo stays offered, counted while the notice is neither hovered nor focused. */
export const UNDO_MS = 10_000;

interface Props {
  readonly message: string;
  readonly undoLabel: string;
  /** The undo button's accessible name when the visible label alone is ambiguous; starts with it. */
  readonly undoName?: string;
  readonly onUndo: () => void;
  readonly onExpire: () => void;
}

export function UndoNotice({ message, undoLabel, undoName, onUndo, onExpire }: Props) {
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });
  const paused = held.pointer || held.focus;
  useEffect(() => {
    if (paused) return undefined;
    const timer = setTimeout(() => expire.current(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [paused]);

  return (
    <div
      className="undo-notice"
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={() => setHeld((h) => ({ ...h, focus: false }))}
    >
      <p>{message}</p>
      <button type="button" className="button secondary" onClick={onUndo} aria-label={undoName}>
        {undoLabel}
      </button>
    </div>
  );
}
