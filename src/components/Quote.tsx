// A quotation from the synthesis, shown with who said it; its wording is `quotes.<id>` (the French
// original, or its translation), its place in the synthesis is in domain/content/sources.ts.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quotation, type QuotationId } from '../domain/content/sources';

export function Quote({ id }: { readonly id: QuotationId }) {
  const { t } = useTranslation();
  return (
    <figure className="quote">
      <blockquote>
        <p>{t(($) => $.quoteMarks, { text: t(($) => $.quotes[id]) })}</p>
      </blockquote>
      <figcaption>{t(($) => $.quoteVoice[quotation(id).voice])}</figcaption>
    </figure>
  );
}

/** A warning or a reminder from the synthesis, beside the result it helps read. */
export function ReadingNote({
  lead,
  quotes,
}: {
  readonly lead?: ReactNode;
  readonly quotes: readonly QuotationId[];
}) {
  const { t } = useTranslation();
  return (
    <aside className="reading-note" aria-label={t(($) => $.readingNote)}>
      {lead && <p>{lead}</p>}
      {quotes.map((id) => (
        <Quote key={id} id={id} />
      ))}
    </aside>
  );
}
