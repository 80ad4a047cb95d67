// The app's start in the browser, once the page has painted (main.tsx). The page's HTML was prerendered at
// build (app/prerender.tsx) for the address and language it names on #root: when they are this visit's,
// React hydrates it; a page with parameters or another language renders over it instead.
import { startTransition, StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { currentLanguage, i18nReady } from '../i18n';
import { routes } from './routes';
import { UpdatePrompt } from '../components/UpdatePrompt';
import { yieldToBrowser } from './yieldToBrowser';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const container = root;

/** Shows the page once it is rendered in the person's language (see LANGUAGE_SCRIPT in vite.config.ts). */
function Reveal() {
  useLayoutEffect(() => {
    delete document.documentElement.dataset.pending;
  }, []);
  return null;
}

/** Loads the matched pages (module and wording) so that the first render is the page, not a fallback. */
async function resolveLazyRoutes() {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = await route.lazy();
      Object.assign(route, { ...module, lazy: undefined });
    }),
  );
}

void Promise.all([i18nReady, resolveLazyRoutes().catch(() => undefined)]).then(async () => {
  // The page's modules were evaluated in the task that ends here; the router starts in the next one.
  await yieldToBrowser();
  const router = createBrowserRouter(routes);
  // The router has read the address and the session's storage; React starts in the next task.
  await yieldToBrowser();
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // The HTML was rendered at build without what follows `#` (a join, share or summary code), which only
  // the browser sees: a page that reads it would not match that HTML, so it renders over it.
  const prerendered =
    container.dataset.path === window.location.pathname &&
    container.dataset.lang === currentLanguage() &&
    window.location.hash === '';
  // The service worker's notices live outside the prerendered page, in a root of their own (which
  // also shows the page once rendered).
  const notices = document.body.appendChild(document.createElement('div'));
  notices.className = 'notices';
  // As a transition, React takes the page over in slices that leave the main thread free between them
  // (measured by npm run bench: one task of 100 ms and more on a slow phone otherwise); the notices'
  // root renders in the same slices.
  startTransition(() => {
    if (prerendered) hydrateRoot(container, app);
    else createRoot(container).render(app);
    createRoot(notices).render(
      <StrictMode>
        <UpdatePrompt />
        <Reveal />
      </StrictMode>,
    );
  });
});
