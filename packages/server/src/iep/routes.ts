import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  amendBody,
  eventBody,
  finalizeBody,
  iepDetail,
  iepList,
  iepParams,
  iepVersion,
  saveDraftBody,
  startIepBody,
  versionParams,
} from './schemas.ts';
import { listIeps } from './list-ieps.ts';
import { startIep } from './start-iep.ts';
import { getIep } from './get-iep.ts';
import { getIepVersion } from './get-iep-version.ts';
import { saveIepDraft } from './save-iep-draft.ts';
import { finalizeIep } from './finalize-iep.ts';
import { amendIep } from './amend-iep.ts';
import { recordServicesArranged } from './record-services-arranged.ts';
import { recordPlacementOffered } from './record-placement-offered.ts';

const tags = ['ieps'];
const security = [{ session: [] }];

/** The IEP API: each route validates, then calls one use case (which checks the policy and logs). */
export function registerIepRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const base = '/api/students/:id/ieps';

  app.get(
    base,
    {
      schema: {
        tags,
        security,
        summary: "The student's IEPs (drafts only for the committee)",
        params: studentParams,
        response: { 200: iepList },
      },
    },
    async (request) => listIeps(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        security,
        summary: 'Start an IEP: an empty draft (version 1)',
        params: studentParams,
        body: startIepBody,
        response: { 201: iepDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await startIep(callOf(request, ctx), { ...request.body, studentId: request.params.id }),
        ),
  );
  app.get(
    `${base}/:iepId`,
    {
      schema: {
        tags,
        security,
        summary: 'An IEP with its versions, the version in effect and the open draft',
        params: iepParams,
        response: { 200: iepDetail },
      },
    },
    async (request) =>
      getIep(callOf(request, ctx), { studentId: request.params.id, iepId: request.params.iepId }),
  );
  app.get(
    `${base}/:iepId/versions/:versionId`,
    {
      schema: {
        tags,
        security,
        summary: 'One version of an IEP with its content',
        params: versionParams,
        response: { 200: iepVersion },
      },
    },
    async (request) =>
      getIepVersion(callOf(request, ctx), {
        studentId: request.params.id,
        iepId: request.params.iepId,
        versionId: request.params.versionId,
      }),
  );
  app.put(
    `${base}/:iepId/draft`,
    {
      schema: {
        tags,
        security,
        summary:
          'Save the draft (send the lockVersion you read; a stale one is 409 with the newer draft)',
        params: iepParams,
        body: saveDraftBody,
        response: { 200: iepVersion },
      },
    },
    async (request) =>
      saveIepDraft(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        iepId: request.params.iepId,
      }),
  );
  app.post(
    `${base}/:iepId/finalize`,
    {
      schema: {
        tags,
        security,
        summary:
          'Finalize the draft: 422 lists each missing area or program limit; the IEP becomes immutable and its PDF is kept',
        params: iepParams,
        body: finalizeBody,
        response: { 200: iepDetail },
      },
    },
    async (request) =>
      finalizeIep(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        iepId: request.params.iepId,
      }),
  );
  app.post(
    `${base}/:iepId/amendments`,
    {
      schema: {
        tags,
        security,
        summary: 'Start an amendment: a new draft version copied from the final one',
        params: iepParams,
        body: amendBody,
        response: { 201: iepDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await amendIep(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          iepId: request.params.iepId,
        }),
      ),
  );
  app.post(
    `${base}/:iepId/services-arranged`,
    {
      schema: {
        tags,
        security,
        summary:
          "Record that the final IEP's programs and services were made available (first IEP: needs initial-services consent)",
        params: iepParams,
        body: eventBody,
        response: { 200: iepDetail },
      },
    },
    async (request) =>
      recordServicesArranged(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        iepId: request.params.iepId,
      }),
  );
  app.post(
    `${base}/:iepId/placement-offered`,
    {
      schema: {
        tags,
        security,
        summary: 'Record that a placement offer for the recommended special class was sent',
        params: iepParams,
        body: eventBody,
        response: { 200: iepDetail },
      },
    },
    async (request) =>
      recordPlacementOffered(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        iepId: request.params.iepId,
      }),
  );
}
