import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ErrorPage, SignInPage } from '@continuum/web';
import type { SignInField } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';
import { signIn } from '../auth/sign-in.ts';
import { signOut } from '../auth/sign-out.ts';
import { signInRateLimit } from '../auth/session-plugin.ts';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../auth/sessions.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * Only a path on this site is followed after sign-in (`/students/…`), never another origin
 * (`//evil.example`, `/\evil.example`): an open redirect would lend phishing our address.
 */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/students';
}

function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? value : '';
}

export function registerSignInPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/', async (request, reply) =>
    reply.redirect(request.actor ? '/students' : '/sign-in', 303),
  );

  app.get('/sign-in', { config: { allowWithoutSecondFactor: true } }, async (request, reply) => {
    const next = (request.query as Record<string, unknown>).next;
    if (request.actor) return reply.redirect(safeNext(next), 303);
    return sendPage(
      reply,
      <SignInPage
        page={pageContext(request, reply, ctx)}
        next={typeof next === 'string' ? safeNext(next) : undefined}
      />,
    );
  });

  app.post(
    '/sign-in',
    // No session yet, so no CSRF token: SameSite=Lax and the Origin check stop login CSRF.
    { config: { csrfExempt: true, allowWithoutSecondFactor: true, rateLimit: signInRateLimit } },
    async (request, reply) => {
      const email = field(request.body, 'email');
      const password = field(request.body, 'password');
      const code = field(request.body, 'code').trim();
      const next = safeNext(field(request.body, 'next') || undefined);
      const again = (
        status: number,
        invalid: SignInField[],
        failure?: 'credentials' | 'rate-limited',
      ) =>
        sendPage(
          reply,
          <SignInPage
            page={pageContext(request, reply, ctx)}
            next={next}
            form={{ values: { email }, invalid }}
            failure={failure}
          />,
          status,
        );
      const missing: SignInField[] = [
        ...(email.trim() ? [] : ['email' as const]),
        ...(password ? [] : ['password' as const]),
      ];
      if (missing.length) return again(400, missing);
      try {
        const signedIn = await signIn(ctx, {
          email,
          password,
          totp: code || undefined,
          previousToken: request.cookies[sessionCookie],
        });
        setSessionCookie(reply, ctx.config, signedIn.token);
        // An account that must use a second factor and has none may do nothing else first.
        return redirectAfterPost(
          reply,
          signedIn.secondFactorRequired ? '/account/second-factor' : next,
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'rate-limited') return again(429, [], 'rate-limited');
        if (error.code !== 'unauthenticated') throw error;
        // Only a missing or wrong code is named: which of e-mail and password was wrong is not.
        return again(
          401,
          error.fields.some((f) => f.path === 'totp') ? ['code'] : [],
          error.fields.length ? undefined : 'credentials',
        );
      }
    },
  );

  app.post('/sign-out', { config: { allowWithoutSecondFactor: true } }, async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await signOut(ctx, { token });
    clearSessionCookie(reply, ctx.config);
    return redirectAfterPost(reply, '/signed-out');
  });

  app.get('/signed-out', async (request: FastifyRequest, reply) => {
    if (request.actor) return reply.redirect('/students', 303);
    return sendPage(reply, <ErrorPage page={pageContext(request, reply, ctx)} kind="signed-out" />);
  });
}
