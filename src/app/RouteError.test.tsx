import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouteError } from './RouteError';

function BrokenPage(): never {
  throw new RangeError('Invalid time value');
}

function app(start: string) {
  // As in app/routes.tsx: one error boundary around every page.
  const router = createMemoryRouter(
    [
      {
        ErrorBoundary: RouteError,
        children: [
          { path: '/', element: <h1>Mes bilans</h1> },
          { path: '/ateliers', Component: BrokenPage },
        ],
      },
    ],
    { initialEntries: [start] },
  );
  return render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  // React reports the caught error on the console; the test expects it.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('shows a clear message, the error and a way back instead of a blank page', () => {
    app('/ateliers');
    expect(screen.getByRole('heading', { level: 1, name: "Cette page n'a pas pu s'afficher" })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ce qui est déjà enregistré sur cet appareil reste en place',
    );
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
    expect(screen.getByText('RangeError: Invalid time value')).toBeInTheDocument();
  });

  it('clears itself when the person goes elsewhere', async () => {
    app('/ateliers');
    await userEvent.click(screen.getByRole('link', { name: 'Retour à mes bilans' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes bilans' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
