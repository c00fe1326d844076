import type { Actor } from '../access/actor.ts';
import type { AppContext } from './context.ts';

/** One use-case call: who acts, in which request (for the access log), with what context. */
export interface Call {
  ctx: AppContext;
  actor: Actor;
  requestId: string;
}
