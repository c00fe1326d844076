import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

/** The `escalations` module's pages. */
export function registerEscalationPages(pages: FastifyInstance, ctx: AppContext): void {
  void pages;
  void ctx;
}
