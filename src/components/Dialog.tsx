// A modal dialog on the native <dialog> element: focus is trapped, Escape closes, the page behind is inert.
// Mark the control that should take the focus on opening with data-autofocus.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Dialog({ open, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The browser fires `close` a moment after dialog.close(): by then this dialog, or another one,
  // may have been opened (« Supprimer » pressed just after a rename or an Escape), and that late event
  // must not close it. Only a close the page did not ask for (the browser shut a dialog that is meant
  // to be open) is reported.
  const wanted = useRef(open);

  useEffect(() => {
    const dialog = ref.current;
    wanted.current = open;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control; a dialog may name a safer one (Cancel before a deletion).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={(e) => {
        if (wanted.current && !e.currentTarget.open) onClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}
