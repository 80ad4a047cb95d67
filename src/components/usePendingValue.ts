// Shows a value the moment it is chosen, before the live query brings it back from storage, and
// forgets it if the write fails.
import { useState } from 'react';

export function usePendingValue<V>(
  stored: V | undefined,
  save: (value: V | undefined) => Promise<void>,
): [V | undefined, (value: V | undefined) => void] {
  const [pending, setPending] = useState<{ value: V | undefined } | null>(null);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (pending && pending.value === stored) setPending(null);
  }
  const set = (value: V | undefined) => {
    const mine = { value };
    setPending(mine);
    save(value).catch(() => setPending((p) => (p === mine ? null : p)));
  };
  return [pending ? pending.value : stored, set];
}
