import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { i18nReady } from '../i18n';
import './styles.css';
import { createAppRouter } from './router';
import { UpdatePrompt } from '../components/UpdatePrompt';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const container = root;
// Render once the wording of the person's language is loaded, so no page ever shows raw keys.
void i18nReady.finally(() =>
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
      <UpdatePrompt />
    </StrictMode>,
  ),
);
