import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.ts';
import type { Call } from '../http/call.ts';
import { callOf } from '../http/call.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { mayAdministerDirectory } from '../access/policy.ts';
import { idParams } from '../directory/schemas.ts';

/**
 * The directory's administration pages (sites, staff) show their forms only to district
 * administrators; the use cases refuse everyone else again, whatever is posted.
 */
export function administratorCall(request: FastifyRequest, ctx: AppContext): Call {
  const call = callOf(request, ctx);
  if (!mayAdministerDirectory(call.actor)) throw new ForbiddenError();
  return call;
}

/** The id of `/sites/:id/…` or `/staff/:id/…`; a malformed one names nothing. */
export function directoryIdOf(request: FastifyRequest, what: string): string {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data.id;
}

/** The notice named by `?done=` after a successful form, if it is one of the page's. */
export function noticeOf<N extends string>(
  request: FastifyRequest,
  notices: readonly N[],
): N | undefined {
  const done = (request.query as Record<string, unknown>).done;
  return notices.find((n) => n === done);
}
