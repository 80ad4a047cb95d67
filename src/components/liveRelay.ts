// Whether this origin runs live workshops: `npm run serve:live` adds `<meta name="live-relay"
// content="/relay">` to every page. No meta (npm start, a static host): no live option, no WebSocket.
import { useHydrated } from './hydrated';

/** The relay's WebSocket address on this origin (`ws(s)://host/relay`), or null when there is none. */
export function liveRelayUrl(): string | null {
  if (typeof document === 'undefined') return null;
  const path = document.querySelector('meta[name="live-relay"]')?.getAttribute('content') ?? '';
  // Only a path on this origin: the CSP's connect-src 'self' allows nothing else anyway.
  if (!/^\/[A-Za-z0-9/_-]*$/.test(path) || path.startsWith('//')) return null;
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${path.replace(/\/$/, '')}`;
}

/** liveRelayUrl once the app runs (the prerendered HTML never shows a live option). */
export function useLiveRelay(): string | null {
  return useHydrated() ? liveRelayUrl() : null;
}
