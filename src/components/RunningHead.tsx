// A running head for printing: `text` at the top of every printed page, through an `@page` margin box
// added while the page is shown (a constructed stylesheet: the CSP allows no inline <style>), removed
// when it leaves. Renders nothing itself.
import { useEffect } from 'react';

/** `text` as a CSS string: quotes and backslashes escaped, line breaks flattened. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;
}

export function RunningHead({ text }: { readonly text: string }) {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(
        `@page { @top-center { content: ${cssString(text)}; font: 9pt system-ui, sans-serif; color: #333; } }`,
      );
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
  return null;
}
