// Renders, at build time in Node, the HTML a page is served with, in French (vite.config.ts writes one
// file per page): the frame, the page's title and its purpose. A page whose path has a parameter known
// only in the browser (a bilan's id) gets a shell: what it shows before its data, rendered with a
// placeholder id. The browser paints it before any script has run; app/start.tsx then hydrates a
// page's own HTML, and renders over a shell.
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { text } from 'node:stream/consumers';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type RouteObject,
} from 'react-router';
import i18n, { i18nReady } from '../i18n';
import { Layout } from './Layout';
import { PAGE_PATHS, routes } from './routes';
import { MACRO_IDS } from '../domain/content/grid';

/** Parameters whose every value is known at build: a file per value (a grid page per macro-competence). */
const KNOWN_VALUES: Readonly<Record<string, readonly string[]>> = { macro: MACRO_IDS };
/** What a shell is rendered with for a parameter known only in the browser. */
const PLACEHOLDER = '_';

export interface PrerenderedPage {
  /** The paths this file answers, as the router matches them (`/bilans/:id/profil`). */
  readonly pattern: string;
  /** The file, in the build's folder: `index.html`, `ateliers.html`, `shells/bilans/[id]/profil.html`. */
  readonly file: string;
}

/** One pattern per value of its known parameters; a known optional one is always given. */
function expand(pattern: string): string[] {
  const known = [...pattern.matchAll(/:(\w+)\??/g)].find(([, name = '']) => name in KNOWN_VALUES);
  if (!known) return [pattern];
  const [param, name = ''] = known;
  return (KNOWN_VALUES[name] ?? []).flatMap((value) => expand(pattern.replace(param, value)));
}

/** Every page's HTML file: each path without parameters, and a shell per pattern with some. */
export const PRERENDERED: readonly PrerenderedPage[] = PAGE_PATHS.flatMap(expand).map((pattern) => ({
  pattern,
  file:
    pattern === '/'
      ? 'index.html'
      : pattern.includes(':')
        ? `shells${pattern.replace(/:(\w+)/g, '[$1]')}.html`
        : `${pattern.slice(1)}.html`,
}));

/** The frame alone, for the pages whose path has parameters (a bilan, a group, a workshop). */
const frameOnly: RouteObject[] = [{ Component: Layout, children: [{ path: '*', Component: () => null }] }];

export interface Prerendered {
  /** The inner HTML of #root. */
  readonly html: string;
  /** The page's <h1>, for the document's title; null for the frame alone. */
  readonly heading: string | null;
  readonly appTitle: string;
  readonly lang: string;
}

/** The HTML of the pages matching `pattern` (null: the frame alone). */
export async function prerender(pattern: string | null): Promise<Prerendered> {
  await i18nReady;
  const handler = createStaticHandler(pattern === null ? frameOnly : routes);
  const path = (pattern ?? '/').replace(/:\w+/g, PLACEHOLDER);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`prerender ${path}: the router answered a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // Waits for every lazy part, as a page is seen once the app has started. React outlines a finished
  // part longer than progressiveChunkSize (12.8 kB by default) behind inline scripts, which the CSP
  // blocks: the page would show « Chargement… » and its content twice. Nothing is streamed here.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await text(prelude);
  const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? null;
  return { html, heading, appTitle: i18n.t(($) => $.app.title), lang: i18n.language };
}
