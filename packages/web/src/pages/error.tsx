import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import type { MessageId } from '../i18n/i18n.ts';

export type ErrorKind = 'not-found' | 'forbidden' | 'server' | 'signed-out';

const messages: Record<ErrorKind, { title: MessageId; body: MessageId }> = {
  'not-found': { title: 'error.notFound.title', body: 'error.notFound.body' },
  forbidden: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
  server: { title: 'error.server.title', body: 'error.server.body' },
  'signed-out': { title: 'error.signedOut.title', body: 'error.signedOut.body' },
};

/** The pages for a missing or hidden record, a refusal, a failure, and after signing out. */
export function ErrorPage({ page, kind }: { page: PageContext; kind: ErrorKind }) {
  const { t } = page.i18n;
  const { title, body } = messages[kind];
  return (
    <Layout page={page} title={t(title)}>
      <div className="continuum-narrow">
        <h1>{t(title)}</h1>
        <p className="usa-intro">{t(body)}</p>
        <p>
          {page.user ? (
            <a href="/students">{t('error.toStudents')}</a>
          ) : (
            <a className="usa-button" href="/sign-in">
              {t('signIn.title')}
            </a>
          )}
        </p>
      </div>
    </Layout>
  );
}
