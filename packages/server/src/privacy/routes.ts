import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { accessLogCheck, privacyWorkspace } from './schemas.ts';
import { checkAccessLog } from './check-access-log.ts';
import { getPrivacyWorkspace } from './workspace.ts';

const tags = ['privacy'];
const security = [{ session: [] }];

/** The privacy officer's workspace (34 CFR 300.623). */
export function registerPrivacyRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/privacy/workspace',
    {
      schema: {
        tags,
        security,
        summary:
          "The privacy officer's workspace: open records requests with their deadlines and the employee listing (privacy officer, district administrators)",
        response: { 200: privacyWorkspace },
      },
    },
    async (request) => getPrivacyWorkspace(callOf(request, ctx)),
  );
  app.get(
    '/api/privacy/access-log-check',
    {
      schema: {
        tags,
        security,
        summary:
          "Verify the district's access log: the hash chain is whole, or the first broken row (privacy officer, district administrators)",
        response: { 200: accessLogCheck },
      },
    },
    async (request) => checkAccessLog(callOf(request, ctx)),
  );
}
