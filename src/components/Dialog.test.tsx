import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

// jsdom has no showModal: a stand-in that behaves as browsers do, firing `close` in a later task.
beforeEach(() => {
  vi.useFakeTimers();
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    setTimeout(() => this.dispatchEvent(new Event('close')), 0);
  };
});

afterEach(() => {
  vi.useRealTimers();
});

function Dialogs({ which, onClose }: { readonly which: 'a' | 'b' | null; readonly onClose: () => void }) {
  return (
    <>
      <Dialog open={which === 'a'} title="Renommer" onClose={onClose}>
        <p>A</p>
      </Dialog>
      <Dialog open={which === 'b'} title="Supprimer ?" onClose={onClose}>
        <p>B</p>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it.each([
    ['another dialog, closed just before it opened', 'a'],
    ['itself, closed and opened again at once', 'b'],
  ] as const)('is not closed by the late close event of %s', (_case, first) => {
    const onClose = vi.fn();
    const { rerender } = render(<Dialogs which={first} onClose={onClose} />);
    // Closed by the page, then B opened before the browser fires the first one's `close`.
    rerender(<Dialogs which={null} onClose={onClose} />);
    rerender(<Dialogs which="b" onClose={onClose} />);
    act(() => {
      vi.runAllTimers();
    });
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByText('B').closest('dialog')).toHaveAttribute('open');
  });

  it('reports a close the page did not ask for', () => {
    const onClose = vi.fn();
    render(<Dialogs which="a" onClose={onClose} />);
    const dialog = screen.getByText('A').closest('dialog');
    if (!dialog) throw new Error('no dialog');
    act(() => {
      dialog.close();
      vi.runAllTimers();
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
