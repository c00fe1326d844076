import type { ReactNode } from 'react';
import type { PageContext } from '../components/layout.tsx';
import { CsrfField, ErrorSummary } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { summaryItems } from './form-state.ts';
import type { FormState } from './types.ts';

/**
 * A form that posts without JavaScript: the error summary first (where a screen reader lands
 * after a failed post), the form's own heading if it has one, the CSRF token, the fields, the
 * submit button. Its id is the messages' prefix + `form`, the target of the summary's links.
 */
export function PostForm<F extends string>({
  page,
  action,
  state,
  messages,
  heading,
  submit,
  buttonClassName = 'usa-button',
  children,
}: {
  page: PageContext;
  action: string;
  state: FormState<F> | undefined;
  messages: FormMessages<F>;
  heading?: ReactNode;
  submit: string;
  buttonClassName?: string;
  children: ReactNode;
}) {
  const { i18n } = page;
  return (
    <form
      method="post"
      action={action}
      className="usa-form usa-form--large"
      noValidate
      id={`${messages.idPrefix}form`}
    >
      <ErrorSummary
        title={i18n.t('form.errorSummaryTitle')}
        items={summaryItems(state, messages, i18n)}
      />
      {heading}
      <CsrfField token={page.csrfToken} />
      {children}
      <button type="submit" className={buttonClassName}>
        {submit}
      </button>
    </form>
  );
}

/** A section of a page holding one form: its heading (which labels the section) and intro. */
export function FormSection({
  id,
  heading,
  intro,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="continuum-section">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {intro && <p>{intro}</p>}
      {children}
    </section>
  );
}
