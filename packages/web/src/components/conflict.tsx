import type { ReactNode } from 'react';
import { Alert } from './alert.tsx';

/**
 * After a stale edit (409): what happened, then the record as saved now (`children`). The form
 * below it keeps the person's own answers and carries the newer version, so saving again is a
 * deliberate choice to replace the other change.
 */
export function ConflictNotice({
  heading,
  body,
  children,
}: {
  heading: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <>
      <Alert kind="warning" heading={heading}>
        <p>{body}</p>
      </Alert>
      {children}
    </>
  );
}
