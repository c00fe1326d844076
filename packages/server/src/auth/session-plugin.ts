import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { AppContext } from '../http/context.ts';
import { AppError, ForbiddenError } from '../errors.ts';
import type { ResolvedSession } from './sessions.ts';
import { hashSessionToken, resolveSession, sessionCookie } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind `actor` (its CSRF token, second-factor state); null when signed out. */
    authSession: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /**
     * Only for routes that start a session (sign-in, API or form): there is no session and so
     * no CSRF token yet. Login CSRF is stopped by SameSite=Lax and the Origin check instead.
     */
    csrfExempt?: boolean;
    /** Reachable before a required second factor is set up: the session and enrollment routes. */
    allowWithoutSecondFactor?: boolean;
  }
}

/**
 * The per-IP limit on sign-in, on top of the per-account throttle (sign-in-failures.ts): it
 * bounds guessing across many accounts from one address. Routes opt in with
 * `config: { rateLimit: signInRateLimit }` (the plugin is registered with `global: false`).
 */
export const signInRateLimit = { max: 300, timeWindow: '1 hour' };

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** 32 random bytes in base64url; anything else is not ours and costs no query. */
const tokenFormat = /^[A-Za-z0-9_-]{43}$/;

const csrfFailedMessage =
  'This request could not be verified as coming from a Continuum page. Reload the page and try again.';

/**
 * Authentication for every request: resolves the session cookie to `request.actor` (null when
 * signed out), refuses cross-site and token-less unsafe requests (CSRF), and holds an account
 * that must set up a second factor to the enrollment routes. Sessions and accounts are global
 * tables, read with the connection's own role, outside any district's row-level security.
 */
export async function registerSessions(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.decorateRequest('actor', null);
  app.decorateRequest('authSession', null);
  await app.register(rateLimit, { global: false });

  app.addHook('onRequest', async (request) => {
    // Defense against cross-site requests, login CSRF included: a browser always names the
    // page's origin on a cross-origin POST, so a foreign Origin is refused before anything runs.
    if (unsafeMethods.has(request.method) && !sameOrigin(request))
      throw new AppError('csrf-failed', csrfFailedMessage);

    const token = request.cookies[sessionCookie];
    if (token && tokenFormat.test(token)) {
      request.authSession = await resolveSession(
        ctx.database.db,
        ctx.config,
        hashSessionToken(token),
      );
      request.actor = request.authSession?.actor ?? null;
    }
    if (
      request.authSession?.secondFactorRequired &&
      !request.routeOptions.config.allowWithoutSecondFactor
    ) {
      throw new ForbiddenError(
        'Set up a second factor (an authenticator app) before you continue: district administrators and privacy officers must use one.',
      );
    }
  });

  // After body parsing, so a server-rendered form can send the token as its `_csrf` field.
  app.addHook('preValidation', (request, _reply, done) => done(csrfFailure(request)));
}

/** Why an unsafe request made with a session is refused: no token, or not its token. */
function csrfFailure(request: FastifyRequest): AppError | undefined {
  if (!unsafeMethods.has(request.method)) return undefined;
  const field = takeFormCsrfField(request);
  if (!request.authSession || request.routeOptions.config.csrfExempt) return undefined;
  const header = request.headers['x-csrf-token'];
  const sent = typeof header === 'string' ? header : field;
  if (sent !== undefined && equalInConstantTime(sent, request.authSession.csrfToken))
    return undefined;
  return new AppError('csrf-failed', csrfFailedMessage);
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser's cross-origin request
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false; // "null" (a sandboxed frame, a privacy redirect) or garbage
  }
}

/**
 * The `_csrf` field of a urlencoded form (the server-rendered pages; scripts send the
 * `x-csrf-token` header instead). It is taken out of the body, so form routes' strict schemas
 * never see it.
 */
function takeFormCsrfField(request: FastifyRequest): string | undefined {
  const contentType = request.headers['content-type'] ?? '';
  const body = request.body;
  if (
    !contentType.startsWith('application/x-www-form-urlencoded') ||
    typeof body !== 'object' ||
    body === null
  ) {
    return undefined;
  }
  const fields = body as Record<string, unknown>;
  const field = fields._csrf;
  delete fields._csrf;
  return typeof field === 'string' ? field : undefined;
}

/** Compares digests, so neither the content nor the length of the token leaks through timing. */
function equalInConstantTime(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}
