// The pro-action café route: the facilitator's page (its own wording, `cafe`, loads with the route).
import { CafePage } from '../features/cafe/CafePage';

export function CafeRoute() {
  return <CafePage />;
}
