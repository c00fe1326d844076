import type { ReactNode } from 'react';

/** The rows of a description list: each term with its detail. */
export type DetailRows = readonly (readonly [string, ReactNode])[];

/** A record as a description list (the facts of an escalation, a profile). */
export function DetailsList({ rows }: { rows: DetailRows }) {
  return (
    <dl className="continuum-details">
      {rows.map(([term, detail]) => (
        <div key={term} className="continuum-details__row">
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A record as a description list under its own heading (a profile, a site, a guardian). */
export function DetailsSection({
  id,
  heading,
  rows,
}: {
  id: string;
  heading: string;
  rows: DetailRows;
}) {
  return (
    <section aria-labelledby={id} className="continuum-section">
      <h2 id={id}>{heading}</h2>
      <DetailsList rows={rows} />
    </section>
  );
}
