// Whether the app has taken over the prerendered HTML. Until then a button of that HTML has no handler
// and a typed value could be lost: the frame keeps its content `inert` (seen, not yet usable) meanwhile.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** False in the prerendered HTML and while React hydrates it; true once the app runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
