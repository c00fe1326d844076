import type { ReactNode } from 'react';

/** A USWDS alert: a notice after an action, a warning, an error that is not about one field. */
export function Alert({
  kind,
  heading,
  children,
}: {
  kind: 'success' | 'warning' | 'error' | 'info';
  heading?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`usa-alert usa-alert--${kind}${heading ? '' : ' usa-alert--slim'}`}
      role={kind === 'success' ? 'status' : undefined}
    >
      <div className="usa-alert__body">
        {heading && <h2 className="usa-alert__heading">{heading}</h2>}
        <div className="usa-alert__text">{children}</div>
      </div>
    </div>
  );
}
