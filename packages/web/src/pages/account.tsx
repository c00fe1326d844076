import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { CsrfField, ErrorSummary, TextField } from '../components/form.tsx';
import { DetailsSection } from '../components/details.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems } from './form-state.ts';
import type { FormState } from './types.ts';
import { rolesLabel } from './options.ts';
import type { PasswordLength } from './password-rules.ts';
import { passwordRules } from './password-rules.ts';

/** Every signed-in person's own account: who they are, their password, their second factor. */

export const accountNotices = ['password-changed', 'second-factor-on'] as const;
export type AccountNotice = (typeof accountNotices)[number];
const noticeMessages: Record<AccountNotice, MessageId> = {
  'password-changed': 'account.notice.passwordChanged',
  'second-factor-on': 'account.notice.secondFactorOn',
};

/** Whether the account signs in with an authenticator app; demo accounts may skip it. */
export type SecondFactorStatus = 'on' | 'off' | 'skipped-in-demo';
const statusMessages: Record<SecondFactorStatus, MessageId> = {
  on: 'account.secondFactor.on',
  off: 'account.secondFactor.off',
  'skipped-in-demo': 'account.secondFactor.skippedInDemo',
};

export interface AccountPageProps {
  page: PageContext;
  account: {
    displayName: string;
    email: string;
    roles: readonly string[];
    secondFactor: SecondFactorStatus;
  };
  notice?: AccountNotice | undefined;
}

export function AccountPage({ page, account, notice }: AccountPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  return (
    <Layout page={page} title={t('account.title')}>
      <h1>{t('account.title')}</h1>
      {notice && <Alert kind="success">{t(noticeMessages[notice])}</Alert>}
      <DetailsSection
        id="account-details"
        heading={t('account.detailsHeading')}
        rows={[
          [t('staff.name'), account.displayName],
          [t('staff.email'), account.email],
          [
            t('staff.roles'),
            account.roles.length ? rolesLabel(i18n, account.roles.join(',')) : t('role.parent'),
          ],
          [t('account.secondFactor'), t(statusMessages[account.secondFactor])],
        ]}
      />
      <ul className="usa-list continuum-section">
        {/* Changing the password waits, like everything else, for a required second factor. */}
        {!page.nav?.accountOnly && (
          <li>
            <a href="/account/password">{t('account.password.title')}</a>
          </li>
        )}
        {account.secondFactor !== 'on' && (
          <li>
            <a href="/account/second-factor">{t('account.secondFactor.title')}</a>
          </li>
        )}
      </ul>
    </Layout>
  );
}

export const passwordFields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
export type PasswordField = (typeof passwordFields)[number];
const passwordMessages: FormMessages<PasswordField> = {
  idPrefix: 'password-',
  error: (field) => `account.password.error.${field}`,
};

export function PasswordPage({
  page,
  passwordLength,
  form,
}: {
  page: PageContext;
  passwordLength: PasswordLength;
  form?: FormState<PasswordField>;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('account.password.title');
  const errors = summaryItems(form, passwordMessages, i18n);
  // Passwords are never sent back into the page: a form shown again starts empty.
  const field = (name: PasswordField) => ({
    id: `${passwordMessages.idPrefix}${name}`,
    name,
    type: 'password' as const,
    label: t(`account.password.label.${name}`),
    error: fieldError(form, name, passwordMessages, i18n),
    required: true,
  });
  return (
    <Layout page={page} title={errors.length ? t('form.errorTitle', { title }) : title}>
      <div className="continuum-narrow">
        <h1>{title}</h1>
        <ErrorSummary title={t('form.errorSummaryTitle')} items={errors} />
        <p>{t('account.password.intro')}</p>
        <form
          method="post"
          action="/account/password"
          className="usa-form"
          noValidate
          id={`${passwordMessages.idPrefix}form`}
        >
          <CsrfField token={page.csrfToken} />
          <TextField {...field('currentPassword')} autoComplete="current-password" />
          <TextField
            {...field('newPassword')}
            autoComplete="new-password"
            hint={passwordRules(i18n, passwordLength)}
          />
          <TextField {...field('confirmPassword')} autoComplete="new-password" />
          <button type="submit" className="usa-button">
            {t('account.password.submit')}
          </button>
          <a className="usa-button usa-button--unstyled continuum-cancel" href="/account">
            {t('form.cancel')}
          </a>
        </form>
      </div>
    </Layout>
  );
}

/**
 * Setting up an authenticator app: start (a new key), then type a code from the app. After a
 * wrong code the key is not shown again (the server keeps only its pending copy): the person
 * retries with their app, or starts again with a new key.
 */
export type SecondFactorStep =
  { kind: 'start' } | { kind: 'confirm'; key?: { secret: string; uri: string } } | { kind: 'on' };

export interface SecondFactorPageProps {
  page: PageContext;
  step: SecondFactorStep;
  /** The account must set one up before anything else (district administrators, privacy officers). */
  required: boolean;
  form?: FormState<'code'>;
}

/** The base32 key in groups of four, as authenticator apps show and accept it. */
export function groupedKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

const codeMessages: FormMessages<'code'> = {
  idPrefix: 'second-factor-',
  error: () => 'account.secondFactor.error.code',
};

export function SecondFactorPage({ page, step, required, form }: SecondFactorPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('account.secondFactor.title');
  const errors = summaryItems(form, codeMessages, i18n);
  const startForm = (label: string, primary: boolean) => (
    <form method="post" action="/account/second-factor">
      <CsrfField token={page.csrfToken} />
      <button type="submit" className={primary ? 'usa-button' : 'usa-button usa-button--outline'}>
        {label}
      </button>
    </form>
  );
  return (
    <Layout page={page} title={errors.length ? t('form.errorTitle', { title }) : title}>
      <div className="continuum-narrow">
        <h1>{title}</h1>
        <ErrorSummary title={t('form.errorSummaryTitle')} items={errors} />
        {required && step.kind !== 'on' && (
          <Alert kind="warning" heading={t('account.secondFactor.requiredHeading')}>
            <p>{t('account.secondFactor.requiredBody')}</p>
          </Alert>
        )}
        {step.kind === 'on' && <p className="usa-intro">{t('account.secondFactor.alreadyOn')}</p>}
        {step.kind === 'start' && (
          <>
            <p>{t('account.secondFactor.intro')}</p>
            {startForm(t('account.secondFactor.start'), true)}
          </>
        )}
        {step.kind === 'confirm' && (
          <>
            {step.key && (
              <ol className="usa-process-list">
                <li className="usa-process-list__item">
                  <h2 className="usa-process-list__heading">{t('account.secondFactor.step1')}</h2>
                  <p>{t('account.secondFactor.enterKey')}</p>
                  <p className="continuum-key" id="second-factor-key" lang="en" translate="no">
                    {groupedKey(step.key.secret)}
                  </p>
                  <p>{t('account.secondFactor.uriHint')}</p>
                  <p className="continuum-uri" lang="en" translate="no">
                    <code>{step.key.uri}</code>
                  </p>
                </li>
                <li className="usa-process-list__item">
                  <h2 className="usa-process-list__heading">{t('account.secondFactor.step2')}</h2>
                  <p>{t('account.secondFactor.codeIntro')}</p>
                </li>
              </ol>
            )}
            <form
              method="post"
              action="/account/second-factor/confirm"
              className="usa-form"
              noValidate
              id={`${codeMessages.idPrefix}form`}
            >
              <CsrfField token={page.csrfToken} />
              <TextField
                id="second-factor-code"
                name="code"
                label={t('signIn.code')}
                hint={t('account.secondFactor.codeHint')}
                autoComplete="one-time-code"
                inputMode="numeric"
                width="sm"
                error={fieldError(form, 'code', codeMessages, i18n)}
                required
              />
              <button type="submit" className="usa-button">
                {t('account.secondFactor.confirm')}
              </button>
            </form>
            {!step.key && (
              <div className="continuum-section">
                <p>{t('account.secondFactor.lostKey')}</p>
                {startForm(t('account.secondFactor.startAgain'), false)}
              </div>
            )}
          </>
        )}
      </div>
    </Layout>
  );
}
