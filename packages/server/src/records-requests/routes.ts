import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  openRecordsRequests,
  provideBody,
  recordsRequestBody,
  recordsRequestView,
  requestParams,
  studentRecordsRequests,
  withdrawBody,
} from './schemas.ts';
import { closeRecordsRequest } from './close-records-request.ts';
import { listOpenRecordsRequests } from './list-open-records-requests.ts';
import { listStudentRecordsRequests } from './list-student-records-requests.ts';
import { requestInspection } from './request-inspection.ts';

const tags = ['records-requests'];
const security = [{ session: [] }];

/** The `records-requests` module's API: requests to inspect and review a child's records (34 CFR 300.613). */
export function registerRecordsRequestRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/records-requests',
    {
      schema: {
        tags,
        security,
        summary:
          "The district's open records requests with their due dates (privacy officer, district administrators)",
        response: { 200: openRecordsRequests },
      },
    },
    async (request) => listOpenRecordsRequests(callOf(request, ctx)),
  );
  app.get(
    '/api/students/:id/records-requests',
    {
      schema: {
        tags,
        security,
        summary: "The child's requests to inspect and review their records",
        params: studentParams,
        response: { 200: studentRecordsRequests },
      },
    },
    async (request) =>
      listStudentRecordsRequests(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/records-requests',
    {
      schema: {
        tags,
        security,
        summary:
          "Ask to inspect and review the child's records (a parent), or record a request received another way (privacy officer, district administrators)",
        params: studentParams,
        body: recordsRequestBody,
        response: { 201: recordsRequestView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await requestInspection(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/records-requests/:requestId/provided',
    {
      schema: {
        tags,
        security,
        summary: 'Record that the records were provided (privacy officer, district administrators)',
        params: requestParams,
        body: provideBody,
        response: { 200: recordsRequestView },
      },
    },
    async (request) =>
      closeRecordsRequest(callOf(request, ctx), {
        ...request.body,
        outcome: 'provided',
        studentId: request.params.id,
        requestId: request.params.requestId,
      }),
  );
  app.post(
    '/api/students/:id/records-requests/:requestId/withdrawn',
    {
      schema: {
        tags,
        security,
        summary: 'Record that the request was withdrawn (privacy officer, district administrators)',
        params: requestParams,
        body: withdrawBody,
        response: { 200: recordsRequestView },
      },
    },
    async (request) =>
      closeRecordsRequest(callOf(request, ctx), {
        ...request.body,
        outcome: 'withdrawn',
        studentId: request.params.id,
        requestId: request.params.requestId,
      }),
  );
}
