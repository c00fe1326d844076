import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  caseload,
  caseloadQuery,
  dashboardQuery,
  deliveryDashboard,
  deliveryQuery,
  deliverySettings,
  groupInput,
  groupParams,
  groupView,
  sessionInput,
  sessionParams,
  sessionView,
  settingsBody,
  studentDelivery,
  underDeliveryReport,
  voidBody,
  weekBody,
} from './schemas.ts';
import { z } from 'zod';
import { logSession, logWeek } from './log-sessions.ts';
import { voidSession } from './void-session.ts';
import { getServiceDelivery } from './get-service-delivery.ts';
import { getCaseload } from './get-caseload.ts';
import { listDelivery } from './list-delivery.ts';
import { reportCsv, underDeliveryReport as buildReport } from './under-delivery-report.ts';
import { getDeliverySettings, putDeliverySettings } from './settings.ts';
import { logGroupSession } from './log-group-session.ts';
import { getGroupSession } from './get-group-session.ts';
import { voidGroupSession } from './void-group-session.ts';

const tags = ['service delivery'];
const security = [{ session: [] }];

/** The `services` module's API. Service delivery: sessions, mandated against delivered minutes, alerts, limits on caseloads and groups, the under-delivery report. */
export function registerServiceRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const base = '/api/students/:id/service-sessions';

  app.post(
    base,
    {
      schema: {
        tags,
        security,
        summary:
          'Log a session of a service of the IEP in effect (its assigned provider, SEIT or teacher, or a district administrator); 422 names a date that is ahead, before the service starts or not a school day',
        params: studentParams,
        body: sessionInput,
        response: { 201: sessionView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await logSession(callOf(request, ctx), { ...request.body, studentId: request.params.id }),
        ),
  );
  app.post(
    `${base}/week`,
    {
      schema: {
        tags,
        security,
        summary:
          'Log a week of sessions in one go: every row is written or none, and each problem names its row (sessions.3.date)',
        params: studentParams,
        body: weekBody,
        response: { 201: z.object({ sessions: z.array(sessionView) }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await logWeek(callOf(request, ctx), { ...request.body, studentId: request.params.id }),
        ),
  );
  app.post(
    `${base}/:sessionId/void`,
    {
      schema: {
        tags,
        security,
        summary: 'Void a session logged in error (kept, struck through, with the reason)',
        params: sessionParams,
        body: voidBody,
        response: { 200: sessionView },
      },
    },
    async (request) =>
      voidSession(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        sessionId: request.params.sessionId,
      }),
  );
  app.get(
    '/api/students/:id/service-delivery',
    {
      schema: {
        tags,
        security,
        summary:
          "The student's services: mandated against delivered minutes per week and per month, alerts, limits, sessions, and the week the week form logs",
        params: studentParams,
        querystring: deliveryQuery,
        response: { 200: studentDelivery },
      },
    },
    async (request) =>
      getServiceDelivery(callOf(request, ctx), {
        studentId: request.params.id,
        week: request.query.week,
      }),
  );
  app.get(
    '/api/caseload',
    {
      schema: {
        tags,
        security,
        summary:
          "A staff member's caseload (yours unless staffId names another): the students they implement, among those you may see, with this week's delivery",
        querystring: caseloadQuery,
        response: { 200: caseload },
      },
    },
    async (request) => getCaseload(callOf(request, ctx), request.query),
  );
  app.get(
    '/api/delivery',
    {
      schema: {
        tags,
        security,
        summary:
          'Delivery alerts and program limits broken by the sessions, for the students you may see; SEIT caseloads over 20',
        querystring: dashboardQuery,
        response: { 200: deliveryDashboard },
      },
    },
    async (request) => listDelivery(callOf(request, ctx), request.query),
  );
  app.get(
    '/api/delivery/report',
    {
      schema: {
        tags,
        security,
        summary:
          "Services delivered below the district's percentage of the mandate over the last school weeks",
        querystring: dashboardQuery,
        response: { 200: underDeliveryReport },
      },
    },
    async (request) => buildReport(callOf(request, ctx), request.query),
  );
  app.get(
    '/api/delivery/report.csv',
    {
      schema: {
        tags,
        security,
        summary: 'The under-delivery report as CSV (a header row, one line per service)',
        querystring: dashboardQuery,
      },
    },
    async (request, reply) => {
      const report = await buildReport(callOf(request, ctx), request.query, {
        action: 'download',
        purpose: 'export-under-delivery-report',
      });
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="under-delivery-${report.asOf}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(reportCsv(report));
    },
  );
  app.get(
    '/api/delivery/settings',
    {
      schema: {
        tags,
        security,
        summary: "The district's delivery settings (staff read them)",
        response: { 200: deliverySettings },
      },
    },
    async (request) => getDeliverySettings(callOf(request, ctx)),
  );
  app.put(
    '/api/delivery/settings',
    {
      schema: {
        tags,
        security,
        summary: "Change the district's delivery settings (district administrators)",
        body: settingsBody,
        response: { 200: deliverySettings },
      },
    },
    async (request) => putDeliverySettings(callOf(request, ctx), request.body),
  );
  app.post(
    '/api/group-sessions',
    {
      schema: {
        tags,
        security,
        summary:
          "Log one group session for two or more children: each child's session through the rules of a session alone, the group's size its number of children; a child you may not log for refuses the whole group (422 naming that child's row)",
        body: groupInput,
        response: { 201: groupView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logGroupSession(callOf(request, ctx), request.body)),
  );
  app.get(
    '/api/students/:id/group-sessions/:groupId',
    {
      schema: {
        tags,
        security,
        summary:
          'A group session reached through one of its children: every child in it by name, for a reader who reaches each of them (404 otherwise, 34 CFR 300.615)',
        params: groupParams,
        response: { 200: groupView },
      },
    },
    async (request) =>
      getGroupSession(callOf(request, ctx), {
        studentId: request.params.id,
        groupId: request.params.groupId,
      }),
  );
  app.post(
    '/api/students/:id/group-sessions/:groupId/void',
    {
      schema: {
        tags,
        security,
        summary:
          "Void a group session logged in error, and every child's session in it (kept, struck through, with the reason)",
        params: groupParams,
        body: voidBody,
        response: { 200: groupView },
      },
    },
    async (request) =>
      voidGroupSession(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        groupId: request.params.groupId,
      }),
  );
}
