import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import {
  assignBody,
  assignmentParams,
  assignmentView,
  confirmBody,
  designeeBody,
  designeeList,
  designeeParams,
  designeeView,
  endAssignmentBody,
  iepDistribution,
  iepParams,
  notificationList,
  notificationParams,
  printParams,
  readinessList,
  readinessQuery,
  reviewBody,
  reviewParams,
  reviewRequestBody,
  reviewRequestView,
  reviewView,
  siteParams,
} from './schemas.ts';
import { getIepDistribution } from './get-iep-distribution.ts';
import { assignImplementer } from './assign-implementer.ts';
import { endAssignment } from './end-assignment.ts';
import { recordReview } from './record-review.ts';
import { confirmReview } from './confirm-review.ts';
import { requestReview } from './request-review.ts';
import { listReadiness } from './list-readiness.ts';
import { listNotifications } from './list-notifications.ts';
import { markNotificationRead } from './mark-notification-read.ts';
import { listReviewDesignees } from './list-review-designees.ts';
import { nameReviewDesignee } from './name-review-designee.ts';
import { endReviewDesignee } from './end-review-designee.ts';
import { printIep } from './print-iep.ts';

const tags = ['distribution'];
const security = [{ session: [] }];

/**
 * Sends a printed IEP: a PDF made for this reader, which no cache keeps. The file name names no
 * student.
 */
export function sendPrintedIep(
  reply: FastifyReply,
  printed: { content: Uint8Array },
  disposition: 'attachment' | 'inline',
): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `${disposition}; filename="iep-printed.pdf"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(printed.content));
}

/** The `distribution` module's API. IEP distribution: implementer assignments, reviews and review requests, readiness, notifications, printed copies. */
export function registerDistributionRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const base = '/api/students/:id/ieps/:iepId';

  app.get(
    `${base}/implementers`,
    {
      schema: {
        tags,
        security,
        summary: "The IEP's implementers, reviews and review requests, with what you may do",
        params: iepParams,
        response: { 200: iepDistribution },
      },
    },
    async (request) =>
      getIepDistribution(callOf(request, ctx), {
        studentId: request.params.id,
        iepId: request.params.iepId,
      }),
  );
  app.post(
    `${base}/implementers`,
    {
      schema: {
        tags,
        security,
        summary:
          'Assign a teacher, provider, SEIT or paraprofessional to implement the IEP in effect, in whole (no services) or in part (service keys); 422 names each field refused',
        params: iepParams,
        body: assignBody,
        response: { 201: assignmentView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await assignImplementer(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          iepId: request.params.iepId,
        }),
      ),
  );
  app.post(
    `${base}/implementers/:assignmentId/end`,
    {
      schema: {
        tags,
        security,
        summary: "End an implementer's assignment: their access ends at once",
        params: assignmentParams,
        body: endAssignmentBody,
        response: { 200: assignmentView },
      },
    },
    async (request) =>
      endAssignment(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        iepId: request.params.iepId,
        assignmentId: request.params.assignmentId,
      }),
  );
  app.post(
    `${base}/reviews`,
    {
      schema: {
        tags,
        security,
        summary:
          'Record reviewing the IEP with an implementer (program leader or designee with teachers and providers; a teacher or provider with paraprofessionals)',
        params: iepParams,
        body: reviewBody,
        response: { 201: reviewView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordReview(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          iepId: request.params.iepId,
        }),
      ),
  );
  app.post(
    `${base}/reviews/:reviewId/confirm`,
    {
      schema: {
        tags,
        security,
        summary: 'Confirm a review of the IEP with you (only the implementer reviewed with)',
        params: reviewParams,
        body: confirmBody,
        response: { 200: reviewView },
      },
    },
    async (request) =>
      confirmReview(callOf(request, ctx), {
        studentId: request.params.id,
        iepId: request.params.iepId,
        reviewId: request.params.reviewId,
      }),
  );
  app.post(
    `${base}/review-requests`,
    {
      schema: {
        tags,
        security,
        summary:
          'As a paraprofessional implementing the IEP, ask a teacher or provider implementing it to review it with you',
        params: iepParams,
        body: reviewRequestBody,
        response: { 201: reviewRequestView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await requestReview(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          iepId: request.params.iepId,
        }),
      ),
  );
  app.get(
    `${base}/versions/:versionId/print`,
    {
      schema: {
        tags,
        security,
        summary:
          'A printed copy of a final IEP version (PDF), stamped with your name and the date on every page; logged as a print',
        params: printParams,
      },
    },
    async (request, reply) =>
      sendPrintedIep(
        reply,
        await printIep(callOf(request, ctx), {
          studentId: request.params.id,
          iepId: request.params.iepId,
          versionId: request.params.versionId,
        }),
        'attachment',
      ),
  );
  app.get(
    '/api/distribution/readiness',
    {
      schema: {
        tags,
        security,
        summary:
          'IEPs starting soon (and started ones with problems) whose implementers are missing, lack access, or are not reviewed or have not confirmed',
        querystring: readinessQuery,
        response: { 200: readinessList },
      },
    },
    async (request) => listReadiness(callOf(request, ctx), request.query),
  );
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        security,
        summary: 'Your notifications, newest first (students you may no longer see are unnamed)',
        response: { 200: notificationList },
      },
    },
    async (request) => listNotifications(callOf(request, ctx)),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        security,
        summary: 'Mark one of your notifications read',
        params: notificationParams,
        body: confirmBody,
        response: { 200: z.object({ id: z.string(), readAt: z.string() }) },
      },
    },
    async (request) =>
      markNotificationRead(callOf(request, ctx), { notificationId: request.params.id }),
  );
  app.get(
    '/api/sites/:id/review-designees',
    {
      schema: {
        tags,
        security,
        summary: "The program leader's designees for IEP reviews at a site",
        params: siteParams,
        response: { 200: designeeList },
      },
    },
    async (request) => listReviewDesignees(callOf(request, ctx), { siteId: request.params.id }),
  );
  app.post(
    '/api/sites/:id/review-designees',
    {
      schema: {
        tags,
        security,
        summary:
          'Name a designee who reviews IEPs with teachers and providers at this site for the program leader',
        params: siteParams,
        body: designeeBody,
        response: { 201: designeeView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await nameReviewDesignee(callOf(request, ctx), {
          siteId: request.params.id,
          staffId: request.body.staffId,
        }),
      ),
  );
  app.post(
    '/api/sites/:id/review-designees/:designeeId/end',
    {
      schema: {
        tags,
        security,
        summary: "End a designee's naming",
        params: designeeParams,
        body: confirmBody,
        response: { 200: designeeView },
      },
    },
    async (request) =>
      endReviewDesignee(callOf(request, ctx), {
        siteId: request.params.id,
        designeeId: request.params.designeeId,
      }),
  );
}
