// A file input whose choice is never lost: a page is painted from its prerendered HTML before the app
// runs, and a file chosen in that moment (no handler yet) is read as soon as the app has started.
import { useEffect, useRef, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
  /** Called with the input once it holds the person's choice. */
  readonly onChoose: (input: HTMLInputElement) => void;
};

export function FileInput({ onChoose, ...props }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const latest = useRef(onChoose);
  useEffect(() => {
    latest.current = onChoose;
  });
  useEffect(() => {
    const input = ref.current;
    if (input?.files && input.files.length > 0) latest.current(input);
  }, []);
  return <input ref={ref} type="file" {...props} onChange={(e) => onChoose(e.currentTarget)} />;
}
