import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ConsentDetailPage,
  ConsentListPage,
  consentDetailNotices,
  consentNotices,
} from '@continuum/web';
import type {
  BenefitsNotificationField,
  ConsentDetailNotice,
  ConsentEffortField,
  ConsentNotice,
  ConsentRequestField,
  ConsentResponseField,
  FormState,
  RefusalView,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import {
  benefitsNotificationBody,
  consentParams,
  consentResponseBody,
  effortBody,
  requestConsentBody,
} from '../consent/schemas.ts';
import { listConsents } from '../consent/list-consents.ts';
import { getConsent } from '../consent/get-consent.ts';
import { requestConsent } from '../consent/request-consent.ts';
import { recordConsentResponse } from '../consent/record-consent-response.ts';
import { logConsentEffort } from '../consent/log-consent-effort.ts';
import { recordBenefitsNotification } from '../consent/record-benefits-notification.ts';
import type { FormShape } from './form.ts';
import { parseForm, formFailure, doneOf } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/** The consent pages: the list with the request and notification forms, one consent with its actions. */

const requestShape: FormShape<ConsentRequestField> = {
  fields: [
    'type',
    'requestedOn',
    'method',
    'description',
    'recipientKind',
    'recipientName',
    'informationDisclosed',
    'insuranceUse',
  ],
};
const notificationShape: FormShape<BenefitsNotificationField> = {
  fields: ['notifiedOn', 'method'],
};
const responseShape: FormShape<ConsentResponseField> = {
  fields: ['state', 'on', 'written', 'note'],
  booleans: ['written'],
  numbers: ['version'],
};
const effortShape: FormShape<ConsentEffortField> = { fields: ['kind', 'on', 'madeBy', 'result'] };

function consentIdsOf(request: FastifyRequest): { studentId: string; consentId: string } {
  const parsed = consentParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('consent');
  return { studentId: parsed.data.id, consentId: parsed.data.consentId };
}

export function registerConsentPages(app: FastifyInstance, ctx: AppContext): void {
  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      requestForm?: FormState<ConsentRequestField>;
      notificationForm?: FormState<BenefitsNotificationField>;
      refusal?: RefusalView | undefined;
      notice?: ConsentNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const consents = await listConsents(call, { studentId });
    const student = await getStudent(call, { studentId });
    const page = (
      <ConsentListPage
        page={pageContext(request, reply, ctx)}
        student={student}
        consents={consents}
        requestForm={options.requestForm}
        notificationForm={options.notificationForm}
        refusal={options.refusal}
        notice={options.notice}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  const detailPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      responseForm?: FormState<ConsentResponseField>;
      effortForm?: FormState<ConsentEffortField>;
      refusal?: RefusalView | undefined;
      conflict?: boolean;
      notice?: ConsentDetailNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const ids = consentIdsOf(request);
    const call = callOf(request, ctx);
    const detail = await getConsent(call, ids);
    const student = await getStudent(call, { studentId: ids.studentId });
    const page = (
      <ConsentDetailPage
        page={pageContext(request, reply, ctx)}
        student={student}
        consent={detail.consent}
        mayManage={detail.mayManage}
        responseForm={options.responseForm}
        effortForm={options.effortForm}
        refusal={options.refusal}
        conflict={options.conflict}
        notice={options.notice}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  app.get('/students/:id/consents', async (request, reply) =>
    listPage(request, reply, { notice: doneOf(request, consentNotices) }),
  );

  app.post('/students/:id/consents', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, requestShape, requestConsentBody);
    if (!parsed.ok) return listPage(request, reply, { requestForm: parsed.state, status: 400 });
    try {
      const created = await requestConsent(callOf(request, ctx), { ...parsed.data, studentId });
      return redirectAfterPost(
        reply,
        `/students/${studentId}/consents/${created.consent.id}?done=requested`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, requestShape, request.body);
      return listPage(request, reply, { requestForm: state, status, refusal });
    }
  });

  app.post('/students/:id/consents/public-benefits-notifications', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, notificationShape, benefitsNotificationBody);
    if (!parsed.ok)
      return listPage(request, reply, { notificationForm: parsed.state, status: 400 });
    try {
      await recordBenefitsNotification(callOf(request, ctx), { ...parsed.data, studentId });
      return redirectAfterPost(reply, `/students/${studentId}/consents?done=notification-recorded`);
    } catch (error) {
      const { state, status, refusal } = formFailure(error, notificationShape, request.body);
      return listPage(request, reply, { notificationForm: state, status, refusal });
    }
  });

  app.get('/students/:id/consents/:consentId', async (request, reply) =>
    detailPage(request, reply, { notice: doneOf(request, consentDetailNotices) }),
  );

  app.post('/students/:id/consents/:consentId/responses', async (request, reply) => {
    const ids = consentIdsOf(request);
    const parsed = parseForm(request.body, responseShape, consentResponseBody);
    if (!parsed.ok) return detailPage(request, reply, { responseForm: parsed.state, status: 400 });
    try {
      await recordConsentResponse(callOf(request, ctx), { ...parsed.data, ...ids });
      return redirectAfterPost(
        reply,
        `/students/${ids.studentId}/consents/${ids.consentId}?done=response-recorded`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, responseShape, request.body);
      return detailPage(request, reply, {
        responseForm: state,
        status,
        refusal,
        conflict: status === 409,
      });
    }
  });

  app.post('/students/:id/consents/:consentId/efforts', async (request, reply) => {
    const ids = consentIdsOf(request);
    const parsed = parseForm(request.body, effortShape, effortBody);
    if (!parsed.ok) return detailPage(request, reply, { effortForm: parsed.state, status: 400 });
    try {
      await logConsentEffort(callOf(request, ctx), { ...parsed.data, ...ids });
      return redirectAfterPost(
        reply,
        `/students/${ids.studentId}/consents/${ids.consentId}?done=effort-logged`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, effortShape, request.body);
      return detailPage(request, reply, { effortForm: state, status, refusal });
    }
  });
}
