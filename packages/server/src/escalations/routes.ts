import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  escalationList,
  escalationParams,
  escalationRouteList,
  escalationRouteView,
  escalationView,
  escalationsQuery,
  fileEscalationBody,
  putRouteBody,
  resolveEscalationBody,
  routeParams,
  studentEscalations,
} from './schemas.ts';
import { listEscalationRoutes, setEscalationRoute } from './escalation-routes.ts';
import { fileEscalation } from './file-escalation.ts';
import { listStudentEscalations } from './list-student-escalations.ts';
import { listEscalations } from './list-escalations.ts';
import { resolveEscalation } from './resolve-escalation.ts';

const tags = ['escalations'];
const security = [{ session: [] }];

/** The `escalations` module's API. Escalations of an IEP not received or services not delivered, to the district's contacts. */
export function registerEscalationRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/escalation-routes',
    {
      schema: {
        tags,
        security,
        summary: 'Where the district sends each kind of escalation (any staff member reads them)',
        response: { 200: escalationRouteList },
      },
    },
    async (request) => listEscalationRoutes(callOf(request, ctx)),
  );
  app.put(
    '/api/escalation-routes/:kind',
    {
      schema: {
        tags,
        security,
        summary: 'Set where one kind of escalation goes (district administrators)',
        params: routeParams,
        body: putRouteBody,
        response: { 200: escalationRouteView },
      },
    },
    async (request) =>
      setEscalationRoute(callOf(request, ctx), { ...request.body, kind: request.params.kind }),
  );
  app.get(
    '/api/escalations',
    {
      schema: {
        tags,
        security,
        summary: 'The escalations of the students you may see (open ones unless asked)',
        querystring: escalationsQuery,
        response: { 200: escalationList },
      },
    },
    async (request) => listEscalations(callOf(request, ctx), request.query),
  );
  app.get(
    '/api/students/:id/escalations',
    {
      schema: {
        tags,
        security,
        summary: "The student's escalations",
        params: studentParams,
        response: { 200: studentEscalations },
      },
    },
    async (request) =>
      listStudentEscalations(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/escalations',
    {
      schema: {
        tags,
        security,
        summary:
          "File an escalation (IEP not received; related services or SEIT services not started, or the provider stopped), pre-filled and e-mailed to the district's route",
        params: studentParams,
        body: fileEscalationBody,
        response: { 201: escalationView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await fileEscalation(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/escalations/:escalationId/resolve',
    {
      schema: {
        tags,
        security,
        summary: 'Resolve an escalation (the chairperson, a district administrator or its filer)',
        params: escalationParams,
        body: resolveEscalationBody,
        response: { 200: escalationView },
      },
    },
    async (request) =>
      resolveEscalation(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        escalationId: request.params.escalationId,
      }),
  );
}
