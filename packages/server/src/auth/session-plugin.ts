import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

/**
 * Placeholder wiring until the sessions module lands: every request is anonymous.
 * (Replaced by the server-side session implementation.)
 */
export async function registerSessions(app: FastifyInstance, _ctx: AppContext): Promise<void> {
  app.decorateRequest('actor', null);
}
