import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import { createTranslator, isLocale, renderDocument, resolveLocale } from '@continuum/web';
import type { PageContext } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { mayReadDirectory } from '../access/policy.ts';
import { isPrivacyOfficial } from '../privacy/access.ts';

/** Remembers a language chosen with `?lang=` for the next pages. */
const languageCookie = 'continuum_lang';

/**
 * What a page needs to know about its request: the language (remembering an explicit
 * choice), who is signed in, the session's CSRF token, and demo mode.
 */
export function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: AppContext,
): PageContext {
  const chosen = (request.query as Record<string, unknown> | undefined)?.lang;
  const locale = resolveLocale({
    query: chosen,
    cookie: request.cookies[languageCookie],
    acceptLanguage: request.headers['accept-language'],
  });
  if (isLocale(chosen) && chosen !== request.cookies[languageCookie]) {
    reply.setCookie(languageCookie, chosen, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      secure: ctx.config.secureCookies,
      maxAge: 365 * 24 * 60 * 60,
    });
  }
  const actor = request.actor;
  // Until a required second factor is set up, only the account pages answer: offer no others.
  const accountOnly = request.authSession?.secondFactorRequired === true;
  return {
    i18n: createTranslator(locale),
    user: actor ? { displayName: actor.displayName } : null,
    csrfToken: request.authSession?.csrfToken ?? null,
    demo: ctx.config.demo,
    url: request.url,
    nav: {
      directory: actor !== null && !accountOnly && mayReadDirectory(actor),
      accountOnly,
      privacy: actor !== null && !accountOnly && isPrivacyOfficial(actor),
    },
  };
}

/** Sends a rendered page. Pages with a student's data must not be kept by shared caches. */
export function sendPage(reply: FastifyReply, page: ReactElement, status = 200): FastifyReply {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderDocument(page));
}

/** After a successful form: 303 See Other, so reloading the next page does not post again. */
export function redirectAfterPost(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
