import type { ReactNode } from 'react';
import type { Translator } from '../i18n/i18n.ts';
import { localeNames, locales } from '../i18n/i18n.ts';
import { CsrfField } from './form.tsx';

/** What every page knows about the request it answers. */
export interface PageContext {
  i18n: Translator;
  /** The signed-in person, or null on the sign-in and signed-out pages. */
  user: { displayName: string } | null;
  /** The session's anti-forgery token, sent back by every form that changes something. */
  csrfToken: string | null;
  /** Demo mode: synthetic data and no second factor; the banner says so on every page. */
  demo: boolean;
  /** The path and query of this page, for the language links. */
  url: string;
  /**
   * Which sections the navigation offers: the directory pages exist only for staff, and until a
   * required second factor is set up only the account pages answer (`accountOnly`). `privacy`:
   * the privacy officer's workspace, for the privacy officer and district administrators.
   */
  nav?: { directory: boolean; accountOnly?: boolean; privacy?: boolean };
}

/** The same URL with one query parameter set (the language links keep the page and filters). */
export function withQuery(url: string, name: string, value: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set(name, value);
  return `${u.pathname}${u.search}`;
}

export function Layout({
  page,
  title,
  children,
}: {
  page: PageContext;
  title: string;
  children: ReactNode;
}) {
  const { i18n, user } = page;
  const { t } = i18n;
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* No favicon of our own yet: an empty one spares every page a 404. */}
        <link rel="icon" href="data:," />
        <title>{t('layout.title', { page: title })}</title>
        <link rel="stylesheet" href="/assets/uswds/css/uswds.min.css" />
        <link rel="stylesheet" href="/assets/web/continuum.css" />
        {/* htmx would otherwise add an inline <style> and may evaluate code: both break the CSP. */}
        <meta
          name="htmx-config"
          content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'
        />
        <script src="/assets/htmx/htmx.min.js" defer />
      </head>
      <body>
        <a className="usa-skipnav" href="#main-content">
          {t('layout.skipToMain')}
        </a>
        {page.demo && (
          <section
            className="usa-site-alert usa-site-alert--info usa-site-alert--slim"
            aria-label={t('layout.demoLabel')}
          >
            <div className="usa-alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('layout.demoBanner')}</p>
              </div>
            </div>
          </section>
        )}
        <header className="usa-header usa-header--basic continuum-header">
          <div className="continuum-header__bar">
            <div className="usa-logo continuum-logo">
              <em className="usa-logo__text">
                <a href="/">{t('layout.productName')}</a>
              </em>
            </div>
            <div className="continuum-header__tools">
              <nav aria-label={t('layout.languageNav')}>
                <ul className="continuum-inline-list">
                  {locales.map((locale) => (
                    <li key={locale}>
                      <a
                        href={withQuery(page.url, 'lang', locale)}
                        lang={locale}
                        hrefLang={locale}
                        aria-current={locale === i18n.locale ? 'true' : undefined}
                      >
                        {localeNames[locale]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {user && (
                <form method="post" action="/sign-out" className="continuum-sign-out">
                  <span className="continuum-user">
                    {t('layout.signedInAs', { name: user.displayName })}
                  </span>
                  <CsrfField token={page.csrfToken} />
                  <button
                    type="submit"
                    className="usa-button usa-button--outline usa-button--small"
                  >
                    {t('layout.signOut')}
                  </button>
                </form>
              )}
            </div>
          </div>
          {user && (
            <nav aria-label={t('layout.mainNav')} className="continuum-nav">
              <ul className="continuum-inline-list">
                {!page.nav?.accountOnly && (
                  <li>
                    <a href="/students">{t('nav.students')}</a>
                  </li>
                )}
                {page.nav?.directory && (
                  <>
                    <li>
                      <a href="/deadlines">{t('timelines.nav.deadlines')}</a>
                    </li>
                    <li>
                      <a href="/distribution">{t('distribution.nav.readiness')}</a>
                    </li>
                    <li>
                      <a href="/caseload">{t('services.nav.caseload')}</a>
                    </li>
                    <li>
                      <a href="/delivery">{t('services.nav.delivery')}</a>
                    </li>
                    <li>
                      <a href="/escalations">{t('escalations.nav.escalations')}</a>
                    </li>
                    <li>
                      <a href="/notifications">{t('distribution.nav.notifications')}</a>
                    </li>
                    <li>
                      <a href="/sites">{t('nav.sites')}</a>
                    </li>
                    <li>
                      <a href="/staff">{t('nav.staff')}</a>
                    </li>
                  </>
                )}
                {page.nav?.privacy && (
                  <li>
                    <a href="/privacy">{t('privacy.nav')}</a>
                  </li>
                )}
                <li>
                  <a href="/account">{t('nav.account')}</a>
                </li>
              </ul>
            </nav>
          )}
        </header>
        <main id="main-content" className="continuum-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="usa-footer usa-footer--slim">
          <div className="usa-footer__primary-section">
            <p className="continuum-footer">{t('layout.footer')}</p>
            {/* The lists and notice of 34 CFR 300.612-300.623, for every visitor. */}
            <nav aria-label={t('recordsLists.footer.nav')}>
              <ul className="continuum-inline-list">
                <li>
                  <a href="/records/notice">{t('recordsLists.nav.notice')}</a>
                </li>
                <li>
                  <a href="/records/types">{t('recordsLists.nav.types')}</a>
                </li>
                <li>
                  <a href="/records/employees">{t('recordsLists.nav.employees')}</a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
