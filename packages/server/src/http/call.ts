import type { Actor } from '../access/actor.ts';
import { requireActor } from '../access/actor.ts';
import type { AppContext } from './context.ts';

/** One use-case call: who acts, in which request (for the access log), with what context. */
export interface Call {
  ctx: AppContext;
  actor: Actor;
  requestId: string;
}

/** The call of an API request: the signed-in actor (or 401) and the request id. */
export function callOf(request: { actor: Actor | null; id: string }, ctx: AppContext): Call {
  return { ctx, actor: requireActor(request.actor), requestId: request.id };
}
