import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  amendmentBody,
  amendmentParams,
  amendmentView,
  decisionBody,
  hearingOutcomeBody,
  hearingRequestBody,
  statementBody,
  studentAmendments,
  withdrawBody,
} from './schemas.ts';
import { addStatement } from './add-statement.ts';
import { decideAmendment } from './decide-amendment.ts';
import { listStudentAmendments } from './list-student-amendments.ts';
import { recordHearingOutcome } from './record-hearing-outcome.ts';
import { requestAmendment } from './request-amendment.ts';
import { requestHearing } from './request-hearing.ts';
import { withdrawAmendment } from './withdraw-amendment.ts';

const tags = ['amendments'];
const security = [{ session: [] }];

/** The `amendments` module's API: amendment of records at a parent's request, the hearing and the statement (34 CFR 300.618-300.621). */
export function registerAmendmentRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const ids = (params: { id: string; requestId: string }) => ({
    studentId: params.id,
    requestId: params.requestId,
  });
  app.get(
    '/api/students/:id/amendments',
    {
      schema: {
        tags,
        security,
        summary:
          "The child's requests to amend their records, with decisions, hearings and statements",
        params: studentParams,
        response: { 200: studentAmendments },
      },
    },
    async (request) =>
      listStudentAmendments(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/amendments',
    {
      schema: {
        tags,
        security,
        summary:
          "Ask to amend the child's records (a parent), or record a request received another way (privacy officer, district administrators)",
        params: studentParams,
        body: amendmentBody,
        response: { 201: amendmentView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await requestAmendment(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/amendments/:requestId/decision',
    {
      schema: {
        tags,
        security,
        summary:
          'Amend the information or refuse, with the reason (privacy officer, district administrators)',
        params: amendmentParams,
        body: decisionBody,
        response: { 200: amendmentView },
      },
    },
    async (request) =>
      decideAmendment(callOf(request, ctx), { ...request.body, ...ids(request.params) }),
  );
  app.post(
    '/api/students/:id/amendments/:requestId/hearing-request',
    {
      schema: {
        tags,
        security,
        summary:
          'Request a hearing on a refusal (a parent), or record a request received another way',
        params: amendmentParams,
        body: hearingRequestBody,
        response: { 200: amendmentView },
      },
    },
    async (request) =>
      requestHearing(callOf(request, ctx), { ...request.body, ...ids(request.params) }),
  );
  app.post(
    '/api/students/:id/amendments/:requestId/hearing-outcome',
    {
      schema: {
        tags,
        security,
        summary: "Record the hearing's outcome (privacy officer, district administrators)",
        params: amendmentParams,
        body: hearingOutcomeBody,
        response: { 200: amendmentView },
      },
    },
    async (request) =>
      recordHearingOutcome(callOf(request, ctx), { ...request.body, ...ids(request.params) }),
  );
  app.post(
    '/api/students/:id/amendments/:requestId/withdrawn',
    {
      schema: {
        tags,
        security,
        summary: 'Withdraw the request (a parent), or record a withdrawal received another way',
        params: amendmentParams,
        body: withdrawBody,
        response: { 200: amendmentView },
      },
    },
    async (request) =>
      withdrawAmendment(callOf(request, ctx), { ...request.body, ...ids(request.params) }),
  );
  app.post(
    '/api/students/:id/amendments/:requestId/statements',
    {
      schema: {
        tags,
        security,
        summary:
          'Place a statement in the records after a hearing kept the information (a parent), or record one received another way',
        params: amendmentParams,
        body: statementBody,
        response: { 201: amendmentView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addStatement(callOf(request, ctx), { ...request.body, ...ids(request.params) }),
        ),
  );
}
