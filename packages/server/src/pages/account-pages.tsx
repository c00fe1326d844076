import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AccountPage,
  PasswordPage,
  SecondFactorPage,
  accountNotices,
  passwordFields,
} from '@continuum/web';
import type {
  FormState,
  PasswordField,
  SecondFactorStatus,
  SecondFactorStep,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { ConflictError, InvalidInputError, UnauthenticatedError } from '../errors.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { passwordLength } from '../auth/password-policy.ts';
import { changePassword } from '../auth/change-password.ts';
import { enrollSecondFactor } from '../auth/enroll-second-factor.ts';
import { confirmSecondFactor } from '../auth/confirm-second-factor.ts';
import type { FormShape } from './form.ts';
import { parseForm, refusedState } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { noticeOf } from './admin.ts';

/**
 * The signed-in person's own account. The account page and the second-factor setup answer
 * before a required second factor is set up (as the API's session routes do); changing the
 * password does not, like its API route.
 */
const duringSetup = { config: { allowWithoutSecondFactor: true } };

// Bounds on the wire, as the API's: the password policy decides what a new password may be.
const password = z.string().min(1).max(1024);
const passwordBody = z
  .strictObject({ currentPassword: password, newPassword: password, confirmPassword: password })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'must repeat the new password',
  });
const passwordShape: FormShape<PasswordField> = { fields: passwordFields };

const codeBody = z.strictObject({ code: z.string().regex(/^\s*\d{3}\s?\d{3}\s*$/) });
const codeShape: FormShape<'code'> = { fields: ['code'] };

function sessionOf(request: FastifyRequest): ResolvedSession {
  if (!request.authSession) throw new UnauthenticatedError();
  return request.authSession;
}

function secondFactorStatus(session: ResolvedSession): SecondFactorStatus {
  if (session.actor.secondFactor) return 'on';
  return session.secondFactorSkippedInDemo ? 'skipped-in-demo' : 'off';
}

export function registerAccountPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/account', duringSetup, async (request, reply) => {
    const session = sessionOf(request);
    const { displayName, email, roles } = session.actor;
    const account = { displayName, email, roles, secondFactor: secondFactorStatus(session) };
    return sendPage(
      reply,
      <AccountPage
        page={pageContext(request, reply, ctx)}
        account={account}
        notice={noticeOf(request, accountNotices)}
      />,
    );
  });

  const passwordPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState<PasswordField>,
    status = 200,
  ) =>
    sendPage(
      reply,
      <PasswordPage
        page={pageContext(request, reply, ctx)}
        passwordLength={passwordLength}
        form={form}
      />,
      status,
    );

  app.get('/account/password', async (request, reply) => {
    sessionOf(request); // signed out: to sign-in and back (the pages' error handler)
    return passwordPage(request, reply);
  });

  app.post('/account/password', async (request, reply) => {
    const session = sessionOf(request);
    const parsed = parseForm(request.body, passwordShape, passwordBody);
    if (!parsed.ok) return passwordPage(request, reply, parsed.state, 400);
    try {
      await changePassword(ctx, {
        session,
        currentPassword: parsed.data.currentPassword,
        newPassword: parsed.data.newPassword,
      });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return passwordPage(request, reply, refusedState(passwordShape, request.body, error), 400);
    }
    return redirectAfterPost(reply, '/account?done=password-changed');
  });

  const secondFactorPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    step: SecondFactorStep,
    form?: FormState<'code'>,
    status = 200,
  ) => {
    const required = sessionOf(request).secondFactorRequired;
    return sendPage(
      reply,
      <SecondFactorPage
        page={pageContext(request, reply, ctx)}
        step={step}
        required={required}
        form={form}
      />,
      status,
    );
  };

  app.get('/account/second-factor', duringSetup, async (request, reply) =>
    secondFactorPage(
      request,
      reply,
      secondFactorStatus(sessionOf(request)) === 'on' ? { kind: 'on' } : { kind: 'start' },
    ),
  );

  // The key is shown once, in the answer to this POST (not stored in a page anyone can reload).
  app.post('/account/second-factor', duringSetup, async (request, reply) => {
    try {
      const key = await enrollSecondFactor(ctx, { actor: sessionOf(request).actor });
      return secondFactorPage(request, reply, { kind: 'confirm', key });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return secondFactorPage(request, reply, { kind: 'on' }, undefined, 409);
    }
  });

  app.post('/account/second-factor/confirm', duringSetup, async (request, reply) => {
    const session = sessionOf(request);
    const parsed = parseForm(request.body, codeShape, codeBody);
    if (!parsed.ok) return secondFactorPage(request, reply, { kind: 'confirm' }, parsed.state, 400);
    try {
      await confirmSecondFactor(ctx, { session, code: parsed.data.code });
    } catch (error) {
      if (error instanceof ConflictError)
        return secondFactorPage(request, reply, { kind: 'on' }, undefined, 409);
      if (!(error instanceof InvalidInputError)) throw error;
      return secondFactorPage(
        request,
        reply,
        { kind: 'confirm' },
        refusedState(codeShape, request.body, error),
        400,
      );
    }
    return redirectAfterPost(reply, '/account?done=second-factor-on');
  });
}
