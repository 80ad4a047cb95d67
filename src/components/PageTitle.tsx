// The page's <h1>: it names the document and, after an in-app navigation, takes the focus so screen
// reader and keyboard users start at the top of the new page.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPage = true;

export function PageTitle({ children }: { readonly children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const appTitle = t(($) => $.app.title);

  useEffect(() => {
    document.title = `${children} · ${appTitle}`;
  }, [children, appTitle]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
