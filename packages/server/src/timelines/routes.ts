import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  caseEventBody,
  caseEventParams,
  caseTimeline,
  deadlineDashboard,
  deadlinesQuery,
  voidCaseEventBody,
} from './schemas.ts';
import { getCaseTimeline } from './get-case-timeline.ts';
import { listDeadlines } from './list-deadlines.ts';
import { recordManualEvent } from './record-manual-event.ts';
import { voidCaseEvent } from './void-case-event.ts';

const tags = ['timelines'];
const security = [{ session: [] }];

/** Case timelines, the deadlines dashboard, and the events recorded by hand. */
export function registerTimelineRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/deadlines',
    {
      schema: {
        tags,
        security,
        summary:
          'Deadlines of the students you may see: overdue and due in the next 10 school days (or met, late, all), by school and committee',
        querystring: deadlinesQuery,
        response: { 200: deadlineDashboard },
      },
    },
    async (request) => listDeadlines(callOf(request, ctx), request.query),
  );
  app.get(
    '/api/students/:id/timeline',
    {
      schema: {
        tags,
        security,
        summary: "The student's case events and every deadline derived from them",
        params: studentParams,
        response: { 200: caseTimeline },
      },
    },
    async (request) => getCaseTimeline(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/case-events',
    {
      schema: {
        tags,
        security,
        summary: 'Record an event that no module records (age eligibility, ESY review period …)',
        params: studentParams,
        body: caseEventBody,
        response: {
          201: z.object({
            id: z.string(),
            type: z.string(),
            on: z.string(),
            details: z.record(z.string(), z.unknown()),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordManualEvent(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/case-events/:eventId/void',
    {
      schema: {
        tags,
        security,
        summary: 'Void a manual event recorded in error (say why)',
        params: caseEventParams,
        body: voidCaseEventBody,
        response: { 200: z.object({ id: z.string(), voided: z.literal(true) }) },
      },
    },
    async (request) =>
      voidCaseEvent(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        eventId: request.params.eventId,
      }),
  );
}
