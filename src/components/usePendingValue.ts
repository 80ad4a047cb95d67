// Shows a value the moment it is chosen, before the live query brings it back from storage; forgets it
// if the write fails, and once the write is stored, shows what storage holds: another tab may have
// written the same answer just after, and both tabs then show that one.
import { useEffect, useRef, useState } from 'react';
import { useTimeouts } from './useTimeouts';

interface Pending<V> {
  /** The choice it stands for (kept through the update below). */
  readonly choice: object;
  readonly value: V | undefined;
  /** The write is stored: the next value read from storage is the truth. */
  readonly stored: boolean;
}

// Reads that bring the value already shown change nothing the hook can see (another tab may have put
// back the value this one replaced): past this delay after the write is stored, storage is shown.
export const CONFIRM_WAIT_MS = 500;

export function usePendingValue<V>(
  stored: V | undefined,
  save: (value: V | undefined) => Promise<void>,
): [V | undefined, (value: V | undefined) => void] {
  const [pending, setPending] = useState<Pending<V> | null>(null);
  const [seen, setSeen] = useState(stored);
  // Once the component is gone, a write that ends or a delay that runs out has nothing left to show.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const later = useTimeouts();
  if (stored !== seen) {
    setSeen(stored);
    // A read that reflects this write (or one after it) comes only after the write is stored: any
    // earlier read is older than the choice and changes nothing.
    if (pending && (pending.value === stored || pending.stored)) setPending(null);
  }
  const set = (value: V | undefined) => {
    const choice = {};
    setPending({ choice, value, stored: false });
    const settle = (next: (p: Pending<V>) => Pending<V> | null) => {
      if (mounted.current) setPending((p) => (p?.choice === choice ? next(p) : p));
    };
    save(value).then(
      () => {
        settle((p) => ({ ...p, stored: true }));
        later(() => settle(() => null), CONFIRM_WAIT_MS);
      },
      () => settle(() => null),
    );
  };
  return [pending ? pending.value : stored, set];
}
