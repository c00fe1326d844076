import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from '@continuum/web';
import type { ErrorKind } from '@continuum/web';
import { AppError } from '../errors.ts';
import type { AppContext } from '../http/context.ts';
import { pageContext, sendPage } from './page-context.ts';

/**
 * The pages' error handler (the API's answers JSON; people get a page). Signed-out visitors
 * go to sign-in and come back; a student outside the user's grants reads as not found.
 * Forms catch their own invalid input and show it on the form, so it never lands here.
 */
export function registerErrorPages(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = error instanceof AppError ? error.code : undefined;
    if (code === 'unauthenticated') {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
      return reply.redirect(`/sign-in${next}`, 303);
    }
    const [kind, status] = errorPage(
      code,
      error instanceof AppError ? error.status : error.statusCode,
    );
    if (kind === 'server') {
      request.log.error(
        { err: { name: error.name, code: error.code, message: error.message, stack: error.stack } },
        'page failed',
      );
    }
    return sendPage(
      reply,
      <ErrorPage page={pageContext(request, reply, ctx)} kind={kind} />,
      status,
    );
  });
}

function errorPage(
  code: AppError['code'] | undefined,
  statusCode: number | undefined,
): [ErrorKind, number] {
  switch (code) {
    case 'not-found':
      return ['not-found', 404];
    case 'forbidden':
    case 'csrf-failed':
      return ['forbidden', 403];
    case 'invalid-input':
    case 'conflict':
    case 'refused':
    case 'rate-limited':
    case 'unauthenticated':
    case 'config':
    case undefined:
      // Anything else keeps its status when it is the request's fault (a body too large).
      return [
        'server',
        statusCode !== undefined && statusCode >= 400 && statusCode < 500 ? statusCode : 500,
      ];
  }
}

/** The page for an address nothing answers (http/error-handler.ts sends it to browsers). */
export function sendNotFoundPage(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: AppContext,
): FastifyReply {
  return sendPage(
    reply,
    <ErrorPage page={pageContext(request, reply, ctx)} kind="not-found" />,
    404,
  );
}
