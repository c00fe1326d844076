import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  addComponentBody,
  completeEvaluationBody,
  componentParams,
  eligibilityBody,
  evaluationDetail,
  evaluationList,
  evaluationParams,
  ieeParams,
  ieeRequestBody,
  ieeRequestOut,
  ieeResponseBody,
  planEvaluationBody,
  updateComponentBody,
} from './schemas.ts';
import { listEvaluations } from './list-evaluations.ts';
import { getEvaluation } from './get-evaluation.ts';
import { planEvaluation } from './plan-evaluation.ts';
import { addEvaluationComponent } from './add-evaluation-component.ts';
import { updateEvaluationComponent } from './update-evaluation-component.ts';
import { completeEvaluation } from './complete-evaluation.ts';
import { determineEligibility } from './determine-eligibility.ts';
import { requestIee } from './request-iee.ts';
import { respondToIeeRequest } from './respond-to-iee-request.ts';

const tags = ['evaluations'];
const security = [{ session: [] }];

/** The evaluations API: plans, components and reports, eligibility, IEE requests. */
export function registerEvaluationRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const evaluationIds = (p: { id: string; evaluationId: string }) => ({
    studentId: p.id,
    evaluationId: p.evaluationId,
  });

  app.get(
    '/api/students/:id/evaluations',
    {
      schema: {
        tags,
        security,
        summary: "A student's evaluations and IEE requests",
        params: studentParams,
        response: { 200: evaluationList },
      },
    },
    async (request) => listEvaluations(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/evaluations',
    {
      schema: {
        tags,
        security,
        summary:
          'Plan an initial evaluation or a reevaluation (refused without the consent it needs)',
        params: studentParams,
        body: planEvaluationBody,
        response: { 201: evaluationDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await planEvaluation(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.get(
    '/api/students/:id/evaluations/:evaluationId',
    {
      schema: {
        tags,
        security,
        summary: 'One evaluation with its components and IEE requests',
        params: evaluationParams,
        response: { 200: evaluationDetail },
      },
    },
    async (request) => getEvaluation(callOf(request, ctx), evaluationIds(request.params)),
  );
  app.post(
    '/api/students/:id/evaluations/:evaluationId/components',
    {
      schema: {
        tags,
        security,
        summary: "Add a component to the evaluation's plan",
        params: evaluationParams,
        body: addComponentBody,
        response: { 201: evaluationDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addEvaluationComponent(callOf(request, ctx), {
          ...request.body,
          ...evaluationIds(request.params),
        }),
      ),
  );
  app.patch(
    '/api/students/:id/evaluations/:evaluationId/components/:componentId',
    {
      schema: {
        tags,
        security,
        summary: "Record a component's evaluator, status, appointment or report (send its version)",
        params: componentParams,
        body: updateComponentBody,
        response: { 200: evaluationDetail },
      },
    },
    async (request) =>
      updateEvaluationComponent(callOf(request, ctx), {
        ...request.body,
        ...evaluationIds(request.params),
        componentId: request.params.componentId,
      }),
  );
  app.post(
    '/api/students/:id/evaluations/:evaluationId/complete',
    {
      schema: {
        tags,
        security,
        summary: 'Record the evaluation as complete (send its version)',
        params: evaluationParams,
        body: completeEvaluationBody,
        response: { 200: evaluationDetail },
      },
    },
    async (request) =>
      completeEvaluation(callOf(request, ctx), {
        ...request.body,
        ...evaluationIds(request.params),
      }),
  );
  app.post(
    '/api/students/:id/evaluations/:evaluationId/eligibility',
    {
      schema: {
        tags,
        security,
        summary: 'Record the eligibility decision and classification (send its version)',
        params: evaluationParams,
        body: eligibilityBody,
        response: { 200: evaluationDetail },
      },
    },
    async (request) =>
      determineEligibility(callOf(request, ctx), {
        ...request.body,
        ...evaluationIds(request.params),
      }),
  );
  app.post(
    '/api/students/:id/iee-requests',
    {
      schema: {
        tags,
        security,
        summary:
          "Record a parent's request for an independent educational evaluation at public expense",
        params: studentParams,
        body: ieeRequestBody,
        response: { 201: ieeRequestOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestIee(callOf(request, ctx), { ...request.body, studentId: request.params.id }),
        ),
  );
  app.post(
    '/api/students/:id/iee-requests/:ieeRequestId/response',
    {
      schema: {
        tags,
        security,
        summary: "Record the district's answer to an IEE request (send its version)",
        params: ieeParams,
        body: ieeResponseBody,
        response: { 200: ieeRequestOut },
      },
    },
    async (request) =>
      respondToIeeRequest(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        ieeRequestId: request.params.ieeRequestId,
      }),
  );
}
