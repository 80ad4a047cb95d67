// A confirmation before something that cannot be undone (deleting, erasing): Cancel has the focus.
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface Props {
  readonly open: boolean;
  readonly title: string;
  readonly body?: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      {body && <p>{body}</p>}
      <div className="actions">
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} data-autofocus>
          {t(($) => $.dialog.cancel)}
        </button>
      </div>
    </Dialog>
  );
}
