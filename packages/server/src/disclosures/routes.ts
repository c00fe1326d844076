import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { accessLogQuery, studentParams } from '../students/schemas.ts';
import {
  disclosureBody,
  disclosureView,
  recentDisclosures,
  recordOfAccess,
  studentDisclosures,
} from './schemas.ts';
import { getRecordOfAccess } from './get-record-of-access.ts';
import { listRecentDisclosures } from './list-recent-disclosures.ts';
import { listStudentDisclosures } from './list-student-disclosures.ts';
import { recordDisclosure } from './record-disclosure.ts';

const tags = ['disclosures'];
const security = [{ session: [] }];

/** The `disclosures` module's API: disclosures (34 CFR 300.622, 300.535) and the record of access (300.614). */
export function registerDisclosureRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/disclosures',
    {
      schema: {
        tags,
        security,
        summary:
          "The district's most recently recorded disclosures (privacy officer, district administrators)",
        response: { 200: recentDisclosures },
      },
    },
    async (request) => listRecentDisclosures(callOf(request, ctx)),
  );
  app.get(
    '/api/students/:id/disclosures',
    {
      schema: {
        tags,
        security,
        summary: "The child's disclosures of personally identifiable information",
        params: studentParams,
        response: { 200: studentDisclosures },
      },
    },
    async (request) =>
      listStudentDisclosures(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/disclosures',
    {
      schema: {
        tags,
        security,
        summary:
          'Record a disclosure: party, day, purpose, what, and the consent or exception it rests on (privacy officer, district administrators)',
        params: studentParams,
        body: disclosureBody,
        response: { 201: disclosureView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordDisclosure(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.get(
    '/api/students/:id/record-of-access',
    {
      schema: {
        tags,
        security,
        summary:
          "The child's record of access (34 CFR 300.614): disclosures, and the accesses given, newest first; pass `before` to page back",
        params: studentParams,
        querystring: accessLogQuery,
        response: { 200: recordOfAccess },
      },
    },
    async (request) =>
      getRecordOfAccess(callOf(request, ctx), { ...request.query, studentId: request.params.id }),
  );
}
