import type { ReactNode } from 'react';

/** A record as a description list under its own heading (a profile, a site, a guardian). */
export function DetailsSection({
  id,
  heading,
  rows,
}: {
  id: string;
  heading: string;
  rows: readonly (readonly [string, ReactNode])[];
}) {
  return (
    <section aria-labelledby={id} className="continuum-section">
      <h2 id={id}>{heading}</h2>
      <dl className="continuum-details">
        {rows.map(([term, detail]) => (
          <div key={term} className="continuum-details__row">
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
