import type { ReactNode } from 'react';

/** A USWDS table with a caption (its accessible name) and column headers. */
export function Table({
  caption,
  headers,
  rows,
  id,
}: {
  caption: string;
  headers: readonly string[];
  /** Each row's cells; the first cell is the row header. */
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  id?: string;
}) {
  return (
    // A table wider than the screen scrolls inside this region, which keyboard users must be
    // able to reach and scroll (WCAG 2.1.1; axe: scrollable-region-focusable).
    <div
      className="usa-table-container--scrollable"
      id={id}
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="usa-table usa-table--borderless usa-table--stacked">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" data-label={headers[i]}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} data-label={headers[i]}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Which page numbers to show: the first, the last, and the current one with its neighbours. */
export function pageWindow(current: number, last: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of shown) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous > 1) out.push('gap');
    out.push(n);
  }
  return out;
}

export interface PaginationLabels {
  nav: string;
  previous: string;
  next: string;
  page: (n: number) => string;
}

/** USWDS pagination: plain links, so paging works without JavaScript. */
export function Pagination({
  current,
  last,
  href,
  labels,
}: {
  current: number;
  last: number;
  href: (page: number) => string;
  labels: PaginationLabels;
}) {
  if (last <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="usa-pagination">
      <ul className="usa-pagination__list">
        {current > 1 && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <a
              href={href(current - 1)}
              className="usa-pagination__link usa-pagination__previous-page"
              rel="prev"
            >
              <span className="usa-pagination__link-text">{labels.previous}</span>
            </a>
          </li>
        )}
        {pageWindow(current, last).map((n, i) =>
          n === 'gap' ? (
            <li
              key={`gap-${i}`}
              className="usa-pagination__item usa-pagination__overflow"
              aria-hidden="true"
            >
              <span>…</span>
            </li>
          ) : (
            <li key={n} className="usa-pagination__item usa-pagination__page-no">
              <a
                href={href(n)}
                className={
                  n === current ? 'usa-pagination__button usa-current' : 'usa-pagination__button'
                }
                aria-label={labels.page(n)}
                aria-current={n === current ? 'page' : undefined}
              >
                {n}
              </a>
            </li>
          ),
        )}
        {current < last && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <a
              href={href(current + 1)}
              className="usa-pagination__link usa-pagination__next-page"
              rel="next"
            >
              <span className="usa-pagination__link-text">{labels.next}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** A row's action link ("Edit"), with the row's name for screen readers: a page's links must differ. */
export function RowLink({ href, text, name }: { href: string; text: string; name: string }) {
  return (
    <a href={href}>
      {text}
      <span className="usa-sr-only"> {name}</span>
    </a>
  );
}
