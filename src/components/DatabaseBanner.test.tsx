import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseBanner, DatabaseErrorBoundary, type DatabaseBannerStatus } from './DatabaseBanner';

function renderBanner(status: DatabaseBannerStatus, unsaved = 0) {
  const onRetry = vi.fn(() => Promise.resolve());
  const onReload = vi.fn();
  render(
    <MemoryRouter>
      <DatabaseBanner status={status} unsaved={unsaved} onRetry={onRetry} onReload={onReload} />
    </MemoryRouter>,
  );
  return { onRetry, onReload };
}

describe('DatabaseBanner', () => {
  it('says nothing while the database is fine', () => {
    renderBanner('ok');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for a reload after an upgrade in another tab, saying answers are kept', async () => {
    const { onReload } = renderBanner('version-change');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "L'application a été mise à jour dans un autre onglet. Rechargez cette page pour continuer ; vos réponses déjà données sont enregistrées.",
    );
    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('asks for a reload when the connection closed', () => {
    renderBanner('closed');
    expect(screen.getByRole('alert')).toHaveTextContent("La connexion aux données s'est fermée.");
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
  });

  it('on a full disk, says the last answer was not saved, links to the export and retries', async () => {
    const { onRetry } = renderBanner('quota', 1);
    expect(screen.getByRole('alert')).toHaveTextContent(
      "L'espace de stockage de cet appareil est plein. Votre dernière réponse n'a pas été enregistrée.",
    );
    expect(screen.getByRole('link', { name: 'Mes données' })).toHaveAttribute('href', '/donnees');
    expect(screen.queryByRole('button', { name: 'Recharger' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('on a full disk met before any answer (first visit), speaks of no answer and offers a reload', async () => {
    const { onReload } = renderBanner('quota', 0);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      "L'espace de stockage de cet appareil est plein : l'application ne peut rien y enregistrer pour l'instant.Libérez de la place sur l'appareil, puis rechargez la page.",
    );
    expect(alert).not.toHaveTextContent('réponse');
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('when another tab holds an older version, asks to close the other tabs', () => {
    renderBanner('blocked');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "L'application est ouverte dans un autre onglet avec une version plus ancienne, qui empêche de préparer vos données. Fermez les autres onglets de l'application : cette page continuera d'elle-même.",
    );
  });

  it('when a newer version of the app holds the data, says nothing is saved and asks for a reload', async () => {
    const { onReload } = renderBanner('newer-version');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Vos données ont été enregistrées par une version plus récente de l'application. Pour ne pas les abîmer, cette page ne les lit pas et n'enregistre rien.",
    );
    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});

describe('DatabaseErrorBoundary', () => {
  function Failing({ error }: { readonly error: Error }): never {
    throw error;
  }

  it('hides a page whose database failed, and reports it for the banner', () => {
    const onDatabaseError = vi.fn();
    const closed = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <DatabaseErrorBoundary isDatabaseError={(e) => e === closed} onDatabaseError={onDatabaseError}>
          <Failing error={closed} />
        </DatabaseErrorBoundary>
      </main>,
    );
    expect(screen.getByRole('main')).toBeEmptyDOMElement();
    expect(onDatabaseError).toHaveBeenCalledWith(closed);
  });

  it('lets any other error through', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new Error('bug');
    expect(() =>
      render(
        <DatabaseErrorBoundary isDatabaseError={() => false} onDatabaseError={() => undefined}>
          <Failing error={bug} />
        </DatabaseErrorBoundary>,
      ),
    ).toThrow('bug');
  });
});
