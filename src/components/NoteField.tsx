// A free-text note written on every keystroke, so closing the tab mid-sentence loses nothing; it says
// when the latest text is stored.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  /** Writes the text; when it returns the write's promise, the field says once the text is stored. */
  readonly onSave: (value: string) => Promise<unknown> | void;
  readonly rows?: number;
}

export function NoteField({ label, hint, value, onSave, rows = 2 }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  const { t } = useTranslation();
  const latest = useRef(0);
  const [stored, setStored] = useState(false);

  // Follow changes from elsewhere (another tab, "effacer") when the person is not typing here.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field-hint" id={`${id}-d`}>
          {hint}
        </span>
      )}
      <textarea
        id={id}
        rows={rows}
        maxLength={4000}
        value={draft}
        aria-describedby={hint ? `${id}-d` : undefined}
        onFocus={() => (editing.current = true)}
        onBlur={() => (editing.current = false)}
        onChange={(e) => {
          setDraft(e.target.value);
          setStored(false);
          const write = onSave(e.target.value);
          const mine = ++latest.current;
          void write?.then(
            () => mine === latest.current && setStored(true),
            () => undefined,
          );
        }}
      />
      <span role="status" className="save-state">
        {stored ? t('app.noteSaved') : ''}
      </span>
    </div>
  );
}
