import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { i18nReady } from '../i18n';
import './styles.css';
import { AppRoutes, preloadRoute } from './router';
import { UpdatePrompt } from '../components/UpdatePrompt';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const container = root;
// The page asked for and its wording load alongside the first wording, not after it. The first render
// waits for both: no page shows raw keys, and none flashes « Chargement… » before its content.
const firstPage = preloadRoute(window.location.pathname);
// A transition: React draws the first page in slices, leaving the main thread free in between.
void Promise.allSettled([i18nReady, firstPage]).then(() =>
  startTransition(() =>
    createRoot(container).render(
      <StrictMode>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
        <UpdatePrompt />
      </StrictMode>,
    ),
  ),
);
