import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  draftPwnBody,
  meetingNoticeBody,
  noticeList,
  noticeParams,
  noticeView,
  safeguardsDeliveryBody,
  safeguardsDeliveryView,
  sendNoticeBody,
  updateDraftBody,
} from './schemas.ts';
import { listNotices } from './list-notices.ts';
import { getNotice } from './get-notice.ts';
import { draftPriorWrittenNotice } from './draft-prior-written-notice.ts';
import { updateNoticeDraft } from './update-notice-draft.ts';
import { sendNotice } from './send-notice.ts';
import { recordSafeguardsDelivery } from './record-safeguards-delivery.ts';
import { createMeetingNotice } from './create-meeting-notice.ts';

const tags = ['notices'];
const security = [{ session: [] }];

/** The notices API: prior written notice, meeting notices, safeguards notice deliveries. */
export function registerNoticeRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/students/:id/notices',
    {
      schema: {
        tags,
        security,
        summary: "The student's notices and procedural safeguards notice deliveries",
        params: studentParams,
        response: { 200: noticeList },
      },
    },
    async (request) => listNotices(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/notices',
    {
      schema: {
        tags,
        security,
        summary: 'Draft a prior written notice of a proposed or refused action',
        params: studentParams,
        body: draftPwnBody,
        response: { 201: noticeView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await draftPriorWrittenNotice(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/notices/meeting-notices',
    {
      schema: {
        tags,
        security,
        summary: 'Draft the notice of a scheduled committee meeting',
        params: studentParams,
        body: meetingNoticeBody,
        response: { 201: noticeView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createMeetingNotice(callOf(request, ctx), {
          studentId: request.params.id,
          meetingId: request.body.meetingId,
        }),
      ),
  );
  app.post(
    '/api/students/:id/notices/safeguards-deliveries',
    {
      schema: {
        tags,
        security,
        summary: 'Record a delivery of the procedural safeguards notice',
        params: studentParams,
        body: safeguardsDeliveryBody,
        response: { 201: safeguardsDeliveryView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordSafeguardsDelivery(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.get(
    '/api/students/:id/notices/:noticeId',
    {
      schema: {
        tags,
        security,
        summary: 'One notice',
        params: noticeParams,
        response: { 200: noticeView },
      },
    },
    async (request) =>
      getNotice(callOf(request, ctx), {
        studentId: request.params.id,
        noticeId: request.params.noticeId,
      }),
  );
  app.patch(
    '/api/students/:id/notices/:noticeId',
    {
      schema: {
        tags,
        security,
        summary: 'Edit a draft notice (send the version you read)',
        params: noticeParams,
        body: updateDraftBody,
        response: { 200: noticeView },
      },
    },
    async (request) =>
      updateNoticeDraft(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        noticeId: request.params.noticeId,
      }),
  );
  app.post(
    '/api/students/:id/notices/:noticeId/send',
    {
      schema: {
        tags,
        security,
        summary: 'Send a draft notice to a parent (refused while a required element is missing)',
        params: noticeParams,
        body: sendNoticeBody,
        response: { 200: noticeView },
      },
    },
    async (request) =>
      sendNotice(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        noticeId: request.params.noticeId,
      }),
  );
}
