// A free-text note written on every keystroke, so closing the tab mid-sentence loses nothing; it says
// « Enregistrement… » until the latest text is stored. A change made in another tab while the person
// types here is never overwritten silently: the field shows it and lets the person choose.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly label: string;
  readonly hint?: string;
  /** The stored text: it follows changes from elsewhere (another tab, "effacer"). */
  readonly value: string;
  /** Writes the text; when it returns the write's promise, the field says once the text is stored. */
  readonly onSave: (value: string) => Promise<unknown> | void;
  readonly rows?: number;
}

// The texts this field last took from storage and sent since: their echoes (or a failed write's undo)
// are not changes from elsewhere. Compared trimmed: a note of spaces only is stored as no note.
const KNOWN_KEPT = 100;
const same = (a: string, b: string) => a.trim() === b.trim();

export function NoteField({ label, hint, value, onSave, rows = 2 }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  const [known, setKnown] = useState<readonly string[]>([value]);
  const [seen, setSeen] = useState(value);
  // The text another tab stored while this one was being typed, until the person chooses.
  const [theirs, setTheirs] = useState<string | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');

  if (value !== seen) {
    setSeen(value);
    if (same(value, draft)) setTheirs(null);
    else if (known.some((text) => same(text, value))) {
      // The echo of a text typed here, older than the draft: the newer write follows it.
    } else if (theirs !== null || (focused && known.length > 1)) setTheirs(value);
    else {
      setDraft(value);
      setKnown([value]);
    }
  }

  // Leaving while the person has not chosen would lose the text typed here.
  useEffect(() => {
    if (theirs === null) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [theirs]);

  const save = (text: string) => {
    setKnown((k) => [...k, text].slice(-KNOWN_KEPT));
    const write = onSave(text);
    const mine = ++latest.current;
    if (!write) return;
    setState('saving');
    void write.then(
      () => mine === latest.current && setState('saved'),
      () => mine === latest.current && setState('idle'),
    );
  };

  const status =
    theirs !== null
      ? t(($) => $.durability.note.leaveUnsaved)
      : state === 'saving'
        ? t(($) => $.durability.saving)
        : state === 'saved'
          ? t(($) => $.app.noteSaved)
          : '';

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
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (theirs === null) save(e.target.value);
        }}
      />
      {theirs !== null && (
        <div role="alert" className="alert note-conflict">
          <p>{t(($) => $.durability.note.conflict)}</p>
          <p className="note-theirs">{t(($) => $.durability.note.theirs, { text: theirs })}</p>
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setDraft(theirs);
                setKnown([theirs]);
                setTheirs(null);
                setState('idle');
              }}
            >
              {t(($) => $.durability.note.takeTheirs)}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setTheirs(null);
                save(draft);
              }}
            >
              {t(($) => $.durability.note.keepMine)}
            </button>
          </div>
        </div>
      )}
      <span role="status" className="save-state">
        {status}
      </span>
    </div>
  );
}
