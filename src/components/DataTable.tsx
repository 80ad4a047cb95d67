// A plain, captioned data table: the text alternative of a chart. FoldedData keeps it folded under a
// « Voir les données » summary, unfolded in print (printing.ts opens every `data-print-open`); ScrollArea
// says so, and can be scrolled from the keyboard, when a table is wider than the screen.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => string;
  /** The first column names the row: it is a row header. */
  readonly rowHeader?: boolean;
}

interface Props<R> {
  readonly caption: string;
  readonly columns: readonly Column<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
}

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
function useOverflows<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    // The observer's first report comes once the table is laid out (and again when it is unfolded):
    // reading its width now would make the browser lay the whole page out in the middle of a render.
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

/** A wide table's frame: when it overflows, a visible hint, and a focusable, named scrolling region. */
export function ScrollArea({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { ref, overflows } = useOverflows<HTMLDivElement>();
  return (
    <>
      {overflows && (
        <p className="scroll-hint no-print" aria-hidden="true">
          {t(($) => $.chart.scrollHint)}
        </p>
      )}
      <div
        ref={ref}
        className={overflows ? 'table-scroll overflowing' : 'table-scroll'}
        {...(overflows
          ? { tabIndex: 0, role: 'region', 'aria-label': t(($) => $.chart.scrollRegion, { caption: label }) }
          : {})}
      >
        {children}
      </div>
    </>
  );
}

/** Data folded under a summary line; open when printed. */
export function FoldedData({ children, label }: { readonly children: ReactNode; readonly label?: string }) {
  const { t } = useTranslation();
  return (
    <details className="chart-data" data-print-open="">
      <summary>{label ?? t(($) => $.chart.data)}</summary>
      {children}
    </details>
  );
}

export function DataTable<R>({ caption, columns, rows, rowKey }: Props<R>) {
  return (
    <ScrollArea label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th scope="row" key={c.header}>
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.header}>{c.cell(r)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
