import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

/** The `distribution` module's pages. */
export function registerDistributionPages(pages: FastifyInstance, ctx: AppContext): void {
  void pages;
  void ctx;
}
