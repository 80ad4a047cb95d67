import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from './UpdatePrompt';

// The service worker's state as the real hook would hold it, driven from each test.
const sw = vi.hoisted(() => ({
  updateServiceWorker: vi.fn(() => Promise.resolve()),
  setNeedRefresh: undefined as ((value: boolean) => void) | undefined,
  setOfflineReady: undefined as ((value: boolean) => void) | undefined,
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => {
    const needRefresh = useState(false);
    const offlineReady = useState(false);
    sw.setNeedRefresh = needRefresh[1];
    sw.setOfflineReady = offlineReady[1];
    return { needRefresh, offlineReady, updateServiceWorker: sw.updateServiceWorker };
  },
}));

describe('UpdatePrompt', () => {
  beforeEach(() => sw.updateServiceWorker.mockClear());

  it('shows nothing until the service worker has news', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says once that the app works offline, until dismissed', async () => {
    render(<UpdatePrompt />);
    act(() => sw.setOfflineReady?.(true));
    expect(screen.getByText("L'application fonctionne maintenant hors connexion.")).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByText("L'application fonctionne maintenant hors connexion.")).not.toBeInTheDocument();
  });

  it('offers a waiting version without reloading by itself, and reloads only when asked', async () => {
    render(<UpdatePrompt />);
    act(() => sw.setNeedRefresh?.(true));
    expect(screen.getByRole('status')).toHaveTextContent('Une nouvelle version est disponible.');
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Recharger maintenant' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('lets the person put the update off', async () => {
    render(<UpdatePrompt />);
    act(() => sw.setNeedRefresh?.(true));
    await userEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });
});
