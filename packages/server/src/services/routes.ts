import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

/** The `services` module's API. Service delivery: sessions, mandated against delivered minutes, alerts, limits on caseloads and groups, the under-delivery report. */
export function registerServiceRoutes(server: FastifyInstance, ctx: AppContext): void {
  void server;
  void ctx;
}
