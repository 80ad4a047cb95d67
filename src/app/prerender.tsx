// Renders, at build time in Node, the HTML a page is served with: the frame, and for a page without
// parameters its title and purpose, in French (vite.config.ts writes one HTML file per path). The
// browser paints it before any script has run; app/main.tsx then hydrates it.
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
import { routes, STATIC_PATHS } from './routes';

export { STATIC_PATHS };

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

/** The HTML of `path` (null: the frame alone). */
export async function prerender(path: string | null): Promise<Prerendered> {
  await i18nReady;
  const handler = createStaticHandler(path === null ? frameOnly : routes);
  const context = await handler.query(new Request(`http://localhost${path ?? '/'}`));
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
  return { html, heading, appTitle: i18n.t('app.title'), lang: i18n.language };
}
