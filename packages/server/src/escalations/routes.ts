import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

/** The `escalations` module's API. Escalations of an IEP not received or services not delivered, to the district's contacts. */
export function registerEscalationRoutes(server: FastifyInstance, ctx: AppContext): void {
  void server;
  void ctx;
}
