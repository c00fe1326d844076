import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { CsrfField, ErrorSummary, TextField } from '../components/form.tsx';
import type { FormState } from './types.ts';

export type SignInField = 'email' | 'password' | 'code';

export interface SignInPageProps {
  page: PageContext;
  /** Where to go after signing in (a path on this site). */
  next?: string | undefined;
  form?: FormState<SignInField>;
  /** Why the last attempt failed: never which of e-mail, password or code was wrong. */
  failure?: 'credentials' | 'rate-limited' | undefined;
}

export function SignInPage({ page, next, form, failure }: SignInPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('signIn.title');
  const problems = [
    ...(form?.invalid ?? []).map((field) => ({
      fieldId: `sign-in-${field}`,
      text: t(`signIn.error.${field}`),
    })),
    ...(failure
      ? [
          {
            fieldId: 'sign-in-email',
            text: t(failure === 'rate-limited' ? 'signIn.rateLimited' : 'signIn.failed'),
          },
        ]
      : []),
  ];
  const error = (field: SignInField) =>
    form?.invalid.includes(field) ? t(`signIn.error.${field}`) : undefined;
  return (
    <Layout page={page} title={problems.length ? t('form.errorTitle', { title }) : title}>
      <div className="continuum-narrow">
        <h1>{title}</h1>
        <ErrorSummary title={t('form.errorSummaryTitle')} items={problems} />
        <form method="post" action="/sign-in" className="usa-form" noValidate>
          <CsrfField token={page.csrfToken} />
          {next && <input type="hidden" name="next" value={next} />}
          <TextField
            id="sign-in-email"
            name="email"
            type="email"
            label={t('signIn.email')}
            autoComplete="username"
            value={typeof form?.values.email === 'string' ? form.values.email : undefined}
            error={error('email')}
            required
          />
          <TextField
            id="sign-in-password"
            name="password"
            type="password"
            label={t('signIn.password')}
            autoComplete="current-password"
            error={error('password')}
            required
          />
          <TextField
            id="sign-in-code"
            name="code"
            label={t('signIn.code')}
            hint={page.demo ? t('signIn.codeHintDemo') : t('signIn.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            width="sm"
            error={error('code')}
          />
          <button type="submit" className="usa-button">
            {t('signIn.submit')}
          </button>
        </form>
      </div>
    </Layout>
  );
}
