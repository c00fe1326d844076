import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  destroyBody,
  destructionCaseView,
  destructionDone,
  destructionQueue,
  destructionRequestBody,
  informBody,
} from './schemas.ts';
import { destroyRecords } from './destroy-records.ts';
import { getDestructionCase } from './get-destruction-case.ts';
import { listDestructionQueue } from './list-destruction-queue.ts';
import { recordParentInformed } from './record-parent-informed.ts';
import { requestDestruction } from './request-destruction.ts';

const tags = ['destruction'];
const security = [{ session: [] }];

/** The `destruction` module's API: destroying a child's records at the parent's request (34 CFR 300.624). */
export function registerDestructionRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/destruction',
    {
      schema: {
        tags,
        security,
        summary:
          "The district's destruction queue and the permanent records kept (privacy officer, district administrators)",
        response: { 200: destructionQueue },
      },
    },
    async (request) => listDestructionQueue(callOf(request, ctx)),
  );
  app.get(
    '/api/students/:id/destruction',
    {
      schema: {
        tags,
        security,
        summary: "The child's destruction case: informed, requested, and what stops it",
        params: studentParams,
        response: { 200: destructionCaseView },
      },
    },
    async (request) => getDestructionCase(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/destruction/informed',
    {
      schema: {
        tags,
        security,
        summary:
          'Record that the parent was informed the information is no longer needed (privacy officer, district administrators)',
        params: studentParams,
        body: informBody,
        response: { 201: destructionCaseView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordParentInformed(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/destruction/request',
    {
      schema: {
        tags,
        security,
        summary:
          "Ask for the destruction of the child's records (a parent), or record a request received another way (privacy officer, district administrators)",
        params: studentParams,
        body: destructionRequestBody,
        response: { 201: destructionCaseView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await requestDestruction(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/destruction/run',
    {
      schema: {
        tags,
        security,
        summary: "Destroy the child's records, keeping the permanent record (privacy officer)",
        params: studentParams,
        body: destroyBody,
        response: { 200: destructionDone },
      },
    },
    async (request) =>
      destroyRecords(callOf(request, ctx), { ...request.body, studentId: request.params.id }),
  );
}
