import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { i18nReady } from '../i18n';
import './styles.css';
import { AppRoutes, preloadRoute } from './router';
import { UpdatePrompt } from '../components/UpdatePrompt';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const container = root;
// The page asked for and its wording start loading now, alongside the first wording, not after it.
preloadRoute(window.location.pathname);
// Render once the wording of the person's language is loaded, so no page ever shows raw keys.
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
      <UpdatePrompt />
    </StrictMode>,
  ),
);
