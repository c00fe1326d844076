import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from './context.ts';

/** `GET /healthz`: 200 once the database answers (the server starts only after migrating). */
export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    await sql`select 1`.execute(ctx.database.db);
    return reply.send({ status: 'ok' });
  });
}
