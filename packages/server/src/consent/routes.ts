import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { studentParams } from '../students/schemas.ts';
import {
  benefitsNotificationBody,
  consentList,
  consentParams,
  consentResponseBody,
  consentView,
  effortBody,
  requestConsentBody,
} from './schemas.ts';
import { listConsents } from './list-consents.ts';
import { getConsent } from './get-consent.ts';
import { requestConsent } from './request-consent.ts';
import { recordConsentResponse } from './record-consent-response.ts';
import { logConsentEffort } from './log-consent-effort.ts';
import { recordBenefitsNotification } from './record-benefits-notification.ts';

const tags = ['consent'];
const security = [{ session: [] }];
const consentDetail = z.object({ consent: consentView, mayManage: z.boolean() });

/** The consent API. Each route: validate, then one use case (which checks the policy and logs). */
export function registerConsentRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/students/:id/consents',
    {
      schema: {
        tags,
        security,
        summary:
          "The student's consent requests with their history, and the public-benefits notifications",
        params: studentParams,
        response: { 200: consentList },
      },
    },
    async (request) => listConsents(callOf(request, ctx), { studentId: request.params.id }),
  );
  app.post(
    '/api/students/:id/consents',
    {
      schema: {
        tags,
        security,
        summary: "Record a request for the parent's consent",
        params: studentParams,
        body: requestConsentBody,
        response: { 201: consentDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await requestConsent(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.post(
    '/api/students/:id/consents/public-benefits-notifications',
    {
      schema: {
        tags,
        security,
        summary:
          'Record the written notification given before accessing public benefits (first time, then yearly)',
        params: studentParams,
        body: benefitsNotificationBody,
        response: { 201: consentList },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await recordBenefitsNotification(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
        }),
      ),
  );
  app.get(
    '/api/students/:id/consents/:consentId',
    {
      schema: {
        tags,
        security,
        summary: 'One consent request: its states, reasonable efforts and what a revocation means',
        params: consentParams,
        response: { 200: consentDetail },
      },
    },
    async (request) =>
      getConsent(callOf(request, ctx), {
        studentId: request.params.id,
        consentId: request.params.consentId,
      }),
  );
  app.post(
    '/api/students/:id/consents/:consentId/responses',
    {
      schema: {
        tags,
        security,
        summary:
          "Record the parent's answer (granted, refused, no response) or a written revocation (send the consent's version)",
        params: consentParams,
        body: consentResponseBody,
        response: { 200: consentDetail },
      },
    },
    async (request) =>
      recordConsentResponse(callOf(request, ctx), {
        ...request.body,
        studentId: request.params.id,
        consentId: request.params.consentId,
      }),
  );
  app.post(
    '/api/students/:id/consents/:consentId/efforts',
    {
      schema: {
        tags,
        security,
        summary:
          'Log a reasonable effort to obtain the consent (a call, a letter, a visit) and its result',
        params: consentParams,
        body: effortBody,
        response: { 201: consentDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await logConsentEffort(callOf(request, ctx), {
          ...request.body,
          studentId: request.params.id,
          consentId: request.params.consentId,
        }),
      ),
  );
}
