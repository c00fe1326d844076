import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  addMemberBody,
  meetingDetail,
  meetingList,
  meetingParams,
  recordMeetingBody,
  reviewRequestBody,
  scheduleMeetingBody,
} from './schemas.ts';
import { listMeetings } from './list-meetings.ts';
import { getMeeting } from './get-meeting.ts';
import { scheduleMeeting } from './schedule-meeting.ts';
import { addMeetingMember } from './add-meeting-member.ts';
import { recordMeeting } from './record-meeting.ts';
import { requestFullCommitteeReview } from './request-full-committee-review.ts';

const tags = ['meetings'];
const security = [{ session: [] }];

/** The committee meetings API: CSE, CPSE and subcommittee meetings of one student. */
export function registerMeetingRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/students/:id/meetings',
    {
      schema: {
        tags,
        security,
        summary: "A student's committee meetings and open requests for full CSE review",
        params: studentParams,
        response: { 200: meetingList },
      },
    },
    async (request) => listMeetings(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/meetings',
    {
      schema: {
        tags,
        security,
        summary: 'Schedule a CSE, CPSE or subcommittee meeting',
        params: studentParams,
        body: scheduleMeetingBody,
        response: { 201: meetingDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await scheduleMeeting(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.get(
    '/api/students/:id/meetings/:meetingId',
    {
      schema: {
        tags,
        security,
        summary: 'One meeting with its members, recommendation and review requests',
        params: meetingParams,
        response: { 200: meetingDetail },
      },
    },
    async (request) =>
      getMeeting(callOf(request, ctx), {
        studentId: request.params.id,
        meetingId: request.params.meetingId,
      }),
  );
  app.post(
    '/api/students/:id/meetings/:meetingId/members',
    {
      schema: {
        tags,
        security,
        summary: 'Add a member to a scheduled meeting',
        params: meetingParams,
        body: addMemberBody,
        response: { 201: meetingDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addMeetingMember(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          meetingId: request.params.meetingId,
        }),
      ),
  );
  app.post(
    '/api/students/:id/meetings/:meetingId/held',
    {
      schema: {
        tags,
        security,
        summary:
          'Record the meeting as held: attendance, parent participation, recommendation (send the version you read)',
        params: meetingParams,
        body: recordMeetingBody,
        response: { 200: meetingDetail },
      },
    },
    async (request) =>
      recordMeeting(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        meetingId: request.params.meetingId,
      }),
  );
  app.post(
    '/api/students/:id/meetings/:meetingId/review-requests',
    {
      schema: {
        tags,
        security,
        summary:
          "Record a parent's written request that the full CSE review this subcommittee's recommendation",
        params: meetingParams,
        body: reviewRequestBody,
        response: { 201: meetingDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await requestFullCommitteeReview(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          meetingId: request.params.meetingId,
        }),
      ),
  );
}
