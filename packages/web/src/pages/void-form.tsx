import type { ReactNode } from 'react';
import type { PageContext } from '../components/layout.tsx';
import { CsrfField, ErrorSummary, TextAreaField, TextField } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState } from './types.ts';

/**
 * The small form in a table row that voids one record (a logged session, a manual case event)
 * with a reason: the record stays, struck through, and the reason says why. Its ids carry the
 * record's id so that a page of many rows keeps them unique.
 */
export function VoidForm({
  page,
  action,
  recordId,
  messages,
  form,
  label,
  multiline = false,
  children,
}: {
  page: PageContext;
  action: string;
  recordId: string;
  messages: FormMessages<'reason'>;
  form: FormState<'reason'> | undefined;
  /** The reason field's label, naming the record. */
  label: string;
  /** A text area for the reason rather than one line. */
  multiline?: boolean;
  /** The button's words. */
  children: ReactNode;
}) {
  const { i18n } = page;
  const prefix = `void-${recordId}-`;
  const prefixed = { ...messages, idPrefix: prefix };
  const Reason = multiline ? TextAreaField : TextField;
  return (
    <form method="post" action={action} className="usa-form" noValidate id={`${prefix}form`}>
      <ErrorSummary
        title={i18n.t('form.errorSummaryTitle')}
        items={summaryItems(form, prefixed, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      <Reason
        id={`${prefix}reason`}
        name="reason"
        label={label}
        error={fieldError(form, 'reason', prefixed, i18n)}
        value={textValue(form, 'reason')}
      />
      <button type="submit" className="usa-button usa-button--secondary usa-button--small">
        {children}
      </button>
    </form>
  );
}
