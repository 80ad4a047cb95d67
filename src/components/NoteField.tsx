// A free-text note written on every keystroke, so closing the tab mid-sentence loses nothing.
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onSave: (value: string) => void;
  readonly rows?: number;
}

export function NoteField({ label, hint, value, onSave, rows = 2 }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);

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
          onSave(e.target.value);
        }}
      />
    </div>
  );
}
