// Copies a text to the clipboard and says so; when the browser refuses, says to copy it by hand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setState('failed');
      return;
    }
    void clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <p className="copy-button">
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>{' '}
      <span role="status">
        {state === 'copied' && t(($) => $.room.copied)}
        {state === 'failed' && t(($) => $.room.copyFailed)}
      </span>
    </p>
  );
}
