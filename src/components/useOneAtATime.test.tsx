import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useOneAtATime } from './useOneAtATime';

function CreateButton({ create }: { readonly create: () => Promise<void> }) {
  const { run, busy } = useOneAtATime(create);
  return (
    <button type="button" disabled={busy} onClick={() => void run().catch(() => undefined)}>
      Créer
    </button>
  );
}

/** A creation that ends when the test says so. */
function pendingCreation() {
  let finish: (ok: boolean) => void = () => undefined;
  const create = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => (finish = (ok) => (ok ? resolve() : reject(new Error('x'))))),
  );
  return { create, finish: (ok: boolean) => finish(ok) };
}

describe('useOneAtATime', () => {
  it('creates once for three quick presses, and the button is disabled meanwhile', async () => {
    const { create, finish } = pendingCreation();
    render(<CreateButton create={create} />);
    const button = screen.getByRole('button', { name: 'Créer' });
    // In one act: the second and third land before React renders the disabled button.
    act(() => {
      button.click();
      button.click();
      button.click();
    });
    expect(create).toHaveBeenCalledTimes(1);
    expect(button).toBeDisabled();
    fireEvent.click(button);
    expect(create).toHaveBeenCalledTimes(1);
    await act(async () => finish(true));
    expect(button).toBeEnabled();
  });

  it('lets the person try again when the creation failed', async () => {
    const { create, finish } = pendingCreation();
    render(<CreateButton create={create} />);
    const button = screen.getByRole('button', { name: 'Créer' });
    fireEvent.click(button);
    await act(async () => finish(false));
    expect(button).toBeEnabled();
    fireEvent.click(button);
    expect(create).toHaveBeenCalledTimes(2);
  });
});
