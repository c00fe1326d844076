import type { ReactNode } from 'react';
import type { MessageId, Translator } from '../i18n/i18n.ts';
import type { PageContext } from './layout.tsx';
import { Layout } from './layout.tsx';
import { Alert } from './alert.tsx';
import { StudentBreadcrumb } from './breadcrumb.tsx';

/**
 * A page about one student below the student's page: the title (marked as failed when a form
 * on it did not go through, so a screen reader hears it first), the breadcrumb back to the
 * student, the heading and the notice after an action; the page's own content follows.
 */
export function StudentSubPage({
  page,
  studentId,
  name,
  title,
  current,
  failed,
  notice,
  children,
}: {
  page: PageContext;
  studentId: string;
  /** The student's name as the page shows it. */
  name: string;
  title: string;
  /** The page's entry in the breadcrumb. */
  current: string;
  failed: boolean;
  /** What the last action did, already translated. */
  notice?: string | undefined;
  children: ReactNode;
}) {
  const { i18n } = page;
  return (
    <Layout page={page} title={failed ? i18n.t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb i18n={i18n} studentId={studentId} name={name} current={current} />
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{notice}</p>
        </Alert>
      )}
      {children}
    </Layout>
  );
}

/** A refusal (422): why the law does not allow what was asked, and the passage it rests on. */
export function RefusalAlert({
  i18n,
  refusal,
  heading,
  citation,
}: {
  i18n: Translator;
  refusal: { message: string; citation?: string | undefined } | undefined;
  heading: MessageId;
  /** The message that names the passage; it takes `{citation}`. */
  citation: MessageId;
}) {
  if (!refusal) return null;
  return (
    <Alert kind="error" heading={i18n.t(heading)}>
      <p>{refusal.message}</p>
      {refusal.citation && <p>{i18n.t(citation, { citation: refusal.citation })}</p>}
    </Alert>
  );
}
