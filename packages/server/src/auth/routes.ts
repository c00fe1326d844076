import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { UnauthenticatedError } from '../errors.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { changePassword } from './change-password.ts';
import { enrollSecondFactor } from './enroll-second-factor.ts';
import { confirmSecondFactor } from './confirm-second-factor.ts';
import { signInRateLimit } from './session-plugin.ts';
import type { ResolvedSession } from './sessions.ts';
import { clearSessionCookie, sessionCookie, setSessionCookie } from './sessions.ts';

const tags = ['session'];
const security = [{ session: [] }];
const securityWithCsrf = [{ session: [], csrf: [] }];

// Bounds on the wire, before any hashing: the password policy caps new passwords lower.
const password = z.string().min(1, 'Enter your password.').max(1024);
const code = z
  .string()
  .regex(/^\s*\d{3}\s?\d{3}\s*$/, 'Enter the 6-digit code from your authenticator app.');

const signInBody = z.strictObject({
  email: z.string().min(1, 'Enter your e-mail address.').max(320),
  password,
  totp: code.optional(),
});

const actor = z.object({
  accountId: z.string(),
  districtId: z.string(),
  kind: z.enum(['staff', 'parent']),
  staffId: z.string().nullable(),
  roles: z.array(z.string()),
  displayName: z.string(),
  email: z.string(),
  secondFactor: z.boolean().describe('Whether this session passed a second factor'),
});

const sessionBody = z.object({
  actor,
  csrfToken: z
    .string()
    .describe(
      'Send it back in the x-csrf-token header (or a _csrf form field) with every POST, PUT, PATCH and DELETE',
    ),
  secondFactorRequired: z
    .boolean()
    .describe('Until a second factor is set up, only the session and second-factor routes answer'),
  secondFactorSkippedInDemo: z
    .boolean()
    .describe('Demo mode lets this demo-district account skip its required second factor'),
});

function present(session: ResolvedSession): z.infer<typeof sessionBody> {
  const { actor: who, csrfToken, secondFactorRequired, secondFactorSkippedInDemo } = session;
  return {
    actor: { ...who, roles: [...who.roles] },
    csrfToken,
    secondFactorRequired,
    secondFactorSkippedInDemo,
  };
}

function requireSession(request: FastifyRequest): ResolvedSession {
  if (!request.authSession) throw new UnauthenticatedError();
  return request.authSession;
}

/** Sign-in, sign-out, the current session, the second factor and the password (NIST SP 800-63B-4). */
export function registerSessionRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const duringSetup = { allowWithoutSecondFactor: true };

  app.post(
    '/api/session',
    {
      schema: {
        tags,
        summary: 'Sign in (sets the session cookie)',
        description:
          'A wrong e-mail or password answers 401 with one message. With a second factor, send `totp`.',
        body: signInBody,
        response: { 200: sessionBody },
      },
      config: { ...duringSetup, csrfExempt: true, rateLimit: signInRateLimit },
    },
    async (request, reply) => {
      const signedIn = await signIn(ctx, {
        ...request.body,
        previousToken: request.cookies[sessionCookie],
      });
      setSessionCookie(reply, ctx.config, signedIn.token);
      return present(signedIn);
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        tags,
        security,
        summary: 'The signed-in account and its CSRF token',
        response: { 200: sessionBody },
      },
      config: duringSetup,
    },
    (request) => present(requireSession(request)),
  );

  app.delete(
    '/api/session',
    { schema: { tags, security: securityWithCsrf, summary: 'Sign out' }, config: duringSetup },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token) await signOut(ctx, { token });
      clearSessionCookie(reply, ctx.config);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/account/second-factor',
    {
      schema: {
        tags,
        security: securityWithCsrf,
        summary: 'Start setting up an authenticator app',
        description:
          'Show `uri` as a QR code and `secret` for typing in; then confirm with a code.',
        response: { 200: z.object({ uri: z.string(), secret: z.string() }) },
      },
      config: duringSetup,
    },
    async (request) => enrollSecondFactor(ctx, { actor: requireSession(request).actor }),
  );

  app.post(
    '/api/account/second-factor/confirm',
    {
      schema: {
        tags,
        security: securityWithCsrf,
        summary: 'Turn the second factor on with a code from the app',
        body: z.strictObject({ code }),
        response: { 200: sessionBody },
      },
      config: duringSetup,
    },
    async (request) =>
      present(
        await confirmSecondFactor(ctx, {
          session: requireSession(request),
          code: request.body.code,
        }),
      ),
  );

  app.post(
    '/api/account/password',
    {
      schema: {
        tags,
        security: securityWithCsrf,
        summary: 'Change your password (your other sessions end)',
        body: z.strictObject({ currentPassword: password, newPassword: password }),
      },
    },
    async (request, reply) => {
      await changePassword(ctx, { session: requireSession(request), ...request.body });
      return reply.status(204).send();
    },
  );
}
