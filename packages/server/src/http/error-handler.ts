import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, InvalidInputError, RefusedError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';

/**
 * The one place errors become HTTP responses. Body: `{ error: { code, message, fields? } }`.
 * Anything unexpected is a 500 with a generic message; its details go to the server log
 * without request bodies (they may hold a student's data).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError) {
      return reply.status(appError.status).send({
        error: {
          code: appError.code,
          message: appError.message,
          ...(appError.fields.length ? { fields: appError.fields } : {}),
          ...('current' in appError && appError.current !== undefined
            ? { current: appError.current }
            : {}),
          ...(appError instanceof RefusedError ? { citation: appError.citation } : {}),
        },
      });
    }
    request.log.error(
      { err: { name: error.name, code: error.code, message: error.message, stack: error.stack } },
      'unexpected error',
    );
    return reply.status(500).send({
      error: { code: 'internal', message: 'Something went wrong. Nothing was saved; try again.' },
    });
  });
  // A person who follows a wrong link gets a page in their language; programs get JSON. The
  // page is the pages' to render (it needs their context), so they decorate the app with it.
  app.setNotFoundHandler((request, reply) => {
    if (app.notFoundPage && wantsPage(request)) return app.notFoundPage(request, reply);
    return reply.status(404).send({ error: { code: 'not-found', message: 'No such page.' } });
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The HTML page for an unknown address, when the pages are served (pages/routes.ts). */
    notFoundPage?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply;
  }
}

/** A browser asking for a page: not under /api/, and HTML is acceptable. */
function wantsPage(request: FastifyRequest): boolean {
  return !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
}

function toAppError(error: FastifyError): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const fields: FieldIssue[] = error.validation.flatMap((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      // An unknown field is named itself, so the client sees which one to remove.
      const unknownKeys = (issue.params as { keys?: unknown }).keys;
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(unknownKeys)) {
        return unknownKeys.map((key) => ({
          path: [path, String(key)].filter(Boolean).join('.'),
          message: 'is not a known field',
        }));
      }
      return [{ path: path || where, message: issue.message ?? 'is invalid' }];
    });
    return new InvalidInputError(fields);
  }
  // Fastify's own client errors: malformed JSON, wrong content type, a body too large.
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    if (status === 415 || status === 413 || status === 400) {
      return new InvalidInputError([{ path: 'body', message: clientErrorMessage(error) }]);
    }
    if (status === 429) return new AppError('rate-limited', 'Too many requests. Try again later.');
  }
  return undefined;
}

function clientErrorMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is not valid JSON.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the body as application/json.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The body is too large.';
    default:
      return 'The request could not be read.';
  }
}
