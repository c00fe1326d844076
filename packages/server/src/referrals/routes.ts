import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  adminMeetingBody,
  createReferralBody,
  designeeDecisionBody,
  addInterventionBody,
  referralDetail,
  referralList,
  referralParams,
  withdrawalBody,
} from './schemas.ts';
import { listReferrals } from './list-referrals.ts';
import { getReferral } from './get-referral.ts';
import { recordReferral } from './record-referral.ts';
import { decideRoutedReferral } from './decide-routed-referral.ts';
import { addReferralIntervention } from './add-referral-intervention.ts';
import { recordAdminMeeting } from './record-admin-meeting.ts';
import { recordWithdrawalAgreement } from './record-withdrawal-agreement.ts';

const tags = ['referrals'];
const security = [{ session: [] }];

/** The referrals API. Each route: validate, then one use case (which checks the policy and logs). */
export function registerReferralRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const ids = (p: { id: string; referralId: string }) => ({
    studentId: p.id,
    referralId: p.referralId,
  });

  app.get(
    '/api/students/:id/referrals',
    {
      schema: {
        tags,
        security,
        summary: "The student's referrals, newest first",
        params: studentParams,
        response: { 200: referralList },
      },
    },
    async (request) => listReferrals(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/referrals',
    {
      schema: {
        tags,
        security,
        summary:
          'Record a referral (or a request routed to the designee) with the interventions tried or why none were',
        params: studentParams,
        body: createReferralBody,
        response: { 201: referralDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordReferral(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.get(
    '/api/students/:id/referrals/:referralId',
    {
      schema: {
        tags,
        security,
        summary: 'One referral',
        params: referralParams,
        response: { 200: referralDetail },
      },
    },
    async (request) => getReferral(callOf(request, ctx), ids(request.params)),
  );
  app.post(
    '/api/students/:id/referrals/:referralId/designee-decision',
    {
      schema: {
        tags,
        security,
        summary: "The designee's decision on a routed request (send the referral's version)",
        params: referralParams,
        body: designeeDecisionBody,
        response: { 200: referralDetail },
      },
    },
    async (request) =>
      decideRoutedReferral(callOf(request, ctx), { ...request.body, ...ids(request.params) }),
  );
  app.post(
    '/api/students/:id/referrals/:referralId/interventions',
    {
      schema: {
        tags,
        security,
        summary: "Add a pre-referral intervention (send the referral's version)",
        params: referralParams,
        body: addInterventionBody,
        response: { 201: referralDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await addReferralIntervention(callOf(request, ctx), {
          ...request.body,
          ...ids(request.params),
        }),
      ),
  );
  app.put(
    '/api/students/:id/referrals/:referralId/admin-meeting',
    {
      schema: {
        tags,
        security,
        summary: "Record the building administrator's meeting (send the referral's version)",
        params: referralParams,
        body: adminMeetingBody,
        response: { 200: referralDetail },
      },
    },
    async (request) =>
      recordAdminMeeting(callOf(request, ctx), { ...request.body, ...ids(request.params) }),
  );
  app.post(
    '/api/students/:id/referrals/:referralId/withdrawal',
    {
      schema: {
        tags,
        security,
        summary:
          'Record the written agreement that withdraws the referral; it is rendered to PDF and filed',
        params: referralParams,
        body: withdrawalBody,
        response: { 201: referralDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordWithdrawalAgreement(callOf(request, ctx), {
          ...request.body,
          ...ids(request.params),
        }),
      ),
  );
}
