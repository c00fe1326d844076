import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ReferralDetailPage, ReferralListPage, referralDetailNotices } from '@continuum/web';
import type {
  AdminMeetingField,
  DesigneeField,
  FormState,
  InterventionField,
  RefusalView,
  ReferralDetailNotice,
  ReferralField,
  WithdrawalField,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import type { RefusedError } from '../errors.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import {
  addInterventionBody,
  adminMeetingBody,
  createReferralBody,
  designeeDecisionBody,
  referralParams,
  withdrawalBody,
} from '../referrals/schemas.ts';
import { listReferrals } from '../referrals/list-referrals.ts';
import { getReferral } from '../referrals/get-referral.ts';
import { recordReferral } from '../referrals/record-referral.ts';
import { decideRoutedReferral } from '../referrals/decide-routed-referral.ts';
import { addReferralIntervention } from '../referrals/add-referral-intervention.ts';
import { recordAdminMeeting } from '../referrals/record-admin-meeting.ts';
import { recordWithdrawalAgreement } from '../referrals/record-withdrawal-agreement.ts';
import type { FormShape } from './form.ts';
import { coerceForm, refusedState, formFailure } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/** The referral pages: the list with the form to record one, one referral with its actions. */

/** The create form holds one optional intervention; the schema takes a list. */
const referralShape: FormShape<ReferralField> = {
  fields: [
    'referrerKind',
    'referrerName',
    'reason',
    'submittedOn',
    'noInterventionsReason',
    'intervention',
    'tier',
    'startsOn',
    'endsOn',
    'outcome',
  ],
  numbers: ['tier'],
  decode: ({ intervention, tier, startsOn, endsOn, outcome, ...rest }) => {
    const given = [intervention, tier, startsOn, endsOn, outcome].some((v) => v !== undefined);
    return given
      ? { ...rest, interventions: [{ intervention, tier, startsOn, endsOn, outcome }] }
      : rest;
  },
};
const designeeShape: FormShape<DesigneeField> = {
  fields: ['designeeName', 'decision', 'decidedOn', 'note'],
  numbers: ['version'],
};
const interventionShape: FormShape<InterventionField> = {
  fields: ['intervention', 'tier', 'startsOn', 'endsOn', 'outcome'],
  numbers: ['tier', 'version'],
};
const meetingShape: FormShape<AdminMeetingField> = {
  fields: ['requestedOn', 'heldOn', 'outcome'],
  numbers: ['version'],
};
const withdrawalShape: FormShape<WithdrawalField> = {
  fields: [
    'agreedOn',
    'language',
    'service1',
    'duration1',
    'service2',
    'duration2',
    'service3',
    'duration3',
    'chairpersonCopyOn',
    'referrerCopyOn',
    'parentCopyOn',
    'studentCopyOn',
  ],
  numbers: ['version'],
  decode: (values) => {
    const { service1, duration1, service2, duration2, service3, duration3, ...rest } = values;
    const rows = [
      [service1, duration1],
      [service2, duration2],
      [service3, duration3],
    ];
    return {
      ...rest,
      services: rows
        .filter(
          ([service, duration], i) => i === 0 || service !== undefined || duration !== undefined,
        )
        .map(([service, duration]) => ({ service, duration })),
    };
  },
};

/** Field paths of the API's shape back to the form's fields. */
function formPaths(error: InvalidInputError | RefusedError): InvalidInputError {
  return new InvalidInputError(
    error.fields.map((f) => {
      const intervention = /^interventions\.\d+\.(\w+)/.exec(f.path);
      const service = /^services\.(\d+)\.(service|duration)/.exec(f.path);
      const path = intervention
        ? intervention[1]!
        : service
          ? `${service[2]}${Number(service[1]) + 1}`
          : f.path === 'services'
            ? 'service1'
            : f.path;
      return { path, message: f.message };
    }),
  );
}

/**
 * Coerces and validates a form against the API's schema; a failure names the form's fields
 * (an intervention's or a service's path in the API shape maps back to its form field).
 */
function parsedState<F extends string>(
  shape: FormShape<F>,
  body: unknown,
  schema: z.ZodType,
): { ok: true; data: unknown } | { ok: false; state: FormState<F> } {
  const values = coerceForm(body, shape);
  const parsed = schema.safeParse(shape.decode ? shape.decode(values) : values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return { ok: false, state: refusedState(shape, body, formPaths(new InvalidInputError(issues))) };
}

function referralIdsOf(request: FastifyRequest): { studentId: string; referralId: string } {
  const parsed = referralParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('referral');
  return { studentId: parsed.data.id, referralId: parsed.data.referralId };
}

type DetailForms = {
  designeeForm?: FormState<DesigneeField>;
  interventionForm?: FormState<InterventionField>;
  meetingForm?: FormState<AdminMeetingField>;
  withdrawalForm?: FormState<WithdrawalField>;
};

/** A refused form, its error paths named as the form's fields. */
const failure = <F extends string>(error: unknown, shape: FormShape<F>, body: unknown) =>
  formFailure(error, shape, body, { paths: formPaths });

export function registerReferralPages(app: FastifyInstance, ctx: AppContext): void {
  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: { form?: FormState<ReferralField>; refusal?: RefusalView; status?: number } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const referrals = await listReferrals(call, { studentId });
    const student = await getStudent(call, { studentId });
    const page = (
      <ReferralListPage
        page={pageContext(request, reply, ctx)}
        student={student}
        referrals={referrals.items}
        mayManage={referrals.mayManage}
        form={options.form}
        refusal={options.refusal}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  const detailPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: DetailForms & {
      refusal?: RefusalView | undefined;
      conflict?: boolean;
      notice?: ReferralDetailNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const ids = referralIdsOf(request);
    const call = callOf(request, ctx);
    const detail = await getReferral(call, ids);
    const student = await getStudent(call, { studentId: ids.studentId });
    const page = (
      <ReferralDetailPage
        page={pageContext(request, reply, ctx)}
        student={student}
        referral={detail.referral}
        mayManage={detail.mayManage}
        {...options}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  app.get('/students/:id/referrals', async (request, reply) => listPage(request, reply));

  app.post('/students/:id/referrals', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parsedState(referralShape, request.body, createReferralBody);
    if (!parsed.ok) return listPage(request, reply, { form: parsed.state, status: 400 });
    try {
      const created = await recordReferral(callOf(request, ctx), {
        ...(parsed.data as Parameters<typeof recordReferral>[1]),
        studentId,
      });
      return redirectAfterPost(
        reply,
        `/students/${studentId}/referrals/${created.referral.id}?done=recorded`,
      );
    } catch (error) {
      const { state, status, refusal } = failure(error, referralShape, request.body);
      return listPage(request, reply, { form: state, status, ...(refusal ? { refusal } : {}) });
    }
  });

  app.get('/students/:id/referrals/:referralId', async (request, reply) => {
    const done = (request.query as { done?: unknown } | undefined)?.done;
    return detailPage(request, reply, { notice: referralDetailNotices.find((n) => n === done) });
  });

  /** One action form on the referral page: parse, run the use case, redirect or show again. */
  function action<F extends string, K extends keyof DetailForms>(
    path: string,
    shape: FormShape<F>,
    schema: z.ZodType,
    formKey: K,
    notice: ReferralDetailNotice,
    run: (
      call: ReturnType<typeof callOf>,
      input: Record<string, unknown> & { studentId: string; referralId: string },
    ) => Promise<unknown>,
  ) {
    app.post(`/students/:id/referrals/:referralId/${path}`, async (request, reply) => {
      const ids = referralIdsOf(request);
      const parsed = parsedState(shape, request.body, schema);
      if (!parsed.ok) return detailPage(request, reply, { [formKey]: parsed.state, status: 400 });
      try {
        await run(callOf(request, ctx), { ...(parsed.data as Record<string, unknown>), ...ids });
        return redirectAfterPost(
          reply,
          `/students/${ids.studentId}/referrals/${ids.referralId}?done=${notice}`,
        );
      } catch (error) {
        const { state, status, refusal } = failure(error, shape, request.body);
        return detailPage(request, reply, {
          [formKey]: state,
          status,
          refusal,
          conflict: status === 409,
        });
      }
    });
  }

  action(
    'designee-decision',
    designeeShape,
    designeeDecisionBody,
    'designeeForm',
    'designee-decided',
    (call, input) =>
      decideRoutedReferral(call, input as Parameters<typeof decideRoutedReferral>[1]),
  );
  action(
    'interventions',
    interventionShape,
    addInterventionBody,
    'interventionForm',
    'intervention-added',
    (call, input) =>
      addReferralIntervention(call, input as Parameters<typeof addReferralIntervention>[1]),
  );
  action(
    'admin-meeting',
    meetingShape,
    adminMeetingBody,
    'meetingForm',
    'meeting-recorded',
    (call, input) => recordAdminMeeting(call, input as Parameters<typeof recordAdminMeeting>[1]),
  );
  action(
    'withdrawal',
    withdrawalShape,
    withdrawalBody,
    'withdrawalForm',
    'withdrawn',
    (call, input) =>
      recordWithdrawalAgreement(call, input as Parameters<typeof recordWithdrawalAgreement>[1]),
  );
}
