import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

/** The `distribution` module's API. IEP distribution: implementer assignments, reviews and review requests, readiness, notifications, printed copies. */
export function registerDistributionRoutes(server: FastifyInstance, ctx: AppContext): void {
  void server;
  void ctx;
}
