import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';

/** The `services` module's pages. */
export function registerServicePages(pages: FastifyInstance, ctx: AppContext): void {
  void pages;
  void ctx;
}
