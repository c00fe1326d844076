import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  EvaluationDetailPage,
  EvaluationListPage,
  evaluationDetailNotices,
  evaluationListNotices,
} from '@continuum/web';
import type {
  ComponentAddField,
  ComponentUpdateField,
  CompleteField,
  EligibilityField,
  EvaluationDetailNotice,
  EvaluationListNotice,
  EvaluationPlanField,
  EvaluationRefusalView,
  FormState,
  IeeRequestField,
  IeeResponseField,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import {
  addComponentBody,
  completeEvaluationBody,
  componentParams,
  eligibilityBody,
  evaluationParams,
  ieeParams,
  ieeRequestBody,
  ieeResponseBody,
  planEvaluationBody,
  updateComponentBody,
} from '../evaluations/schemas.ts';
import { listEvaluations } from '../evaluations/list-evaluations.ts';
import { getEvaluation } from '../evaluations/get-evaluation.ts';
import { planEvaluation } from '../evaluations/plan-evaluation.ts';
import { addEvaluationComponent } from '../evaluations/add-evaluation-component.ts';
import { updateEvaluationComponent } from '../evaluations/update-evaluation-component.ts';
import { completeEvaluation } from '../evaluations/complete-evaluation.ts';
import { determineEligibility } from '../evaluations/determine-eligibility.ts';
import { requestIee } from '../evaluations/request-iee.ts';
import { respondToIeeRequest } from '../evaluations/respond-to-iee-request.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import type { FormShape } from './form.ts';
import { parseForm, formFailure, doneOf } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/** The evaluation pages: the list with the plan form and IEE answers, one evaluation with its actions. */

const planShape: FormShape<EvaluationPlanField> = {
  fields: ['kind', 'requestedOn', 'components'],
  lists: ['components'],
  decode: (v) => ({
    ...v,
    components: (v.components as string[]).map((component) => ({ component })),
  }),
};
const responseShape: FormShape<IeeResponseField> = {
  fields: ['response', 'respondedOn'],
  numbers: ['version'],
};
const addShape: FormShape<ComponentAddField> = { fields: ['component', 'evaluator'] };
const componentShape: FormShape<ComponentUpdateField> = {
  fields: ['evaluator', 'status', 'appointmentOn', 'reportOn', 'summary'],
  numbers: ['version'],
  nullable: ['evaluator', 'appointmentOn', 'reportOn', 'summary'],
};
const completeShape: FormShape<CompleteField> = { fields: ['completedOn'], numbers: ['version'] };
const eligibilityShape: FormShape<EligibilityField> = {
  fields: ['eligible', 'classification', 'decidedOn', 'meetingId'],
  numbers: ['version'],
  decode: (v) => ({
    ...v,
    ...(v.eligible === 'true' && { eligible: true }),
    ...(v.eligible === 'false' && { eligible: false }),
  }),
};
const ieeShape: FormShape<IeeRequestField> = { fields: ['receivedOn', 'disagreement'] };

function evaluationIdsOf(request: FastifyRequest): { studentId: string; evaluationId: string } {
  const { id, evaluationId } = request.params as { id?: unknown; evaluationId?: unknown };
  const parsed = evaluationParams.safeParse({ id, evaluationId });
  if (!parsed.success) throw new NotFoundError('evaluation');
  return { studentId: parsed.data.id, evaluationId: parsed.data.evaluationId };
}

type DetailForms = {
  addForm?: FormState<ComponentAddField>;
  componentForm?: { componentId: string; state: FormState<ComponentUpdateField> };
  completeForm?: FormState<CompleteField>;
  eligibilityForm?: FormState<EligibilityField>;
  ieeForm?: FormState<IeeRequestField>;
};

export function registerEvaluationPages(app: FastifyInstance, ctx: AppContext): void {
  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    studentId: string,
    options: {
      planForm?: FormState<EvaluationPlanField>;
      responseForm?: { ieeRequestId: string; state: FormState<IeeResponseField> };
      refusal?: EvaluationRefusalView | undefined;
      notice?: EvaluationListNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const call = callOf(request, ctx);
    const evaluations = await listEvaluations(call, { studentId });
    const student = await getStudent(call, { studentId });
    const page = (
      <EvaluationListPage
        page={pageContext(request, reply, ctx)}
        student={student}
        evaluations={evaluations}
        planForm={options.planForm}
        responseForm={options.responseForm}
        refusal={options.refusal}
        notice={options.notice}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  const detailPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: DetailForms & {
      refusal?: EvaluationRefusalView | undefined;
      notice?: EvaluationDetailNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const ids = evaluationIdsOf(request);
    const call = callOf(request, ctx);
    const evaluation = await getEvaluation(call, ids);
    const student = await getStudent(call, { studentId: ids.studentId });
    const context = pageContext(request, reply, ctx);
    const meetings = evaluation.manageCase
      ? (await listMeetings(call, { studentId: ids.studentId })).items
          .filter((m) => m.status === 'held')
          .map((m) => ({
            id: m.id,
            label: context.i18n.t('evaluation.meetingOption', {
              committee: context.i18n.t(`meeting.committee.${m.committee}`),
              date: context.i18n.formatDate(m.heldOn ?? m.scheduledOn),
            }),
          }))
      : [];
    const page = (
      <EvaluationDetailPage
        page={context}
        student={student}
        evaluation={evaluation}
        meetings={meetings}
        addForm={options.addForm}
        componentForm={options.componentForm}
        completeForm={options.completeForm}
        eligibilityForm={options.eligibilityForm}
        ieeForm={options.ieeForm}
        refusal={options.refusal}
        notice={options.notice}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  app.get('/students/:id/evaluations', async (request, reply) =>
    listPage(request, reply, studentIdOf(request), {
      notice: doneOf(request, evaluationListNotices),
    }),
  );

  app.post('/students/:id/evaluations', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, planShape, planEvaluationBody);
    if (!parsed.ok)
      return listPage(request, reply, studentId, { planForm: parsed.state, status: 400 });
    try {
      const created = await planEvaluation(callOf(request, ctx), { ...parsed.data, studentId });
      return redirectAfterPost(
        reply,
        `/students/${studentId}/evaluations/${created.id}?done=planned`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, planShape, request.body);
      return listPage(request, reply, studentId, { planForm: state, status, refusal });
    }
  });

  app.post('/students/:id/iee-requests/:ieeRequestId/response', async (request, reply) => {
    const params = ieeParams.safeParse(request.params);
    if (!params.success) throw new NotFoundError('IEE request');
    const { id: studentId, ieeRequestId } = params.data;
    const parsed = parseForm(request.body, responseShape, ieeResponseBody);
    if (!parsed.ok)
      return listPage(request, reply, studentId, {
        responseForm: { ieeRequestId, state: parsed.state },
        status: 400,
      });
    try {
      await respondToIeeRequest(callOf(request, ctx), { ...parsed.data, studentId, ieeRequestId });
      return redirectAfterPost(reply, `/students/${studentId}/evaluations?done=iee-answered`);
    } catch (error) {
      const { state, status, refusal } = formFailure(error, responseShape, request.body);
      return listPage(request, reply, studentId, {
        responseForm: { ieeRequestId, state },
        status,
        refusal,
      });
    }
  });

  app.get('/students/:id/evaluations/:evaluationId', async (request, reply) =>
    detailPage(request, reply, { notice: doneOf(request, evaluationDetailNotices) }),
  );

  /** One form of the detail page: validate, run the use case, redirect with a notice or show it again. */
  const detailForm = <F extends string, S extends Parameters<typeof parseForm>[2]>(
    path: string,
    shape: FormShape<F>,
    schema: S,
    formKey: (state: FormState<F>, request: FastifyRequest) => DetailForms,
    run: (
      request: FastifyRequest,
      data: ReturnType<S['parse']>,
      ids: { studentId: string; evaluationId: string },
    ) => Promise<unknown>,
    notice: EvaluationDetailNotice,
  ) => {
    app.post(path, async (request, reply) => {
      const ids = evaluationIdsOf(request);
      const parsed = parseForm(request.body, shape, schema);
      if (!parsed.ok)
        return detailPage(request, reply, { ...formKey(parsed.state, request), status: 400 });
      try {
        await run(request, parsed.data as ReturnType<S['parse']>, ids);
        return redirectAfterPost(
          reply,
          `/students/${ids.studentId}/evaluations/${ids.evaluationId}?done=${notice}`,
        );
      } catch (error) {
        const { state, status, refusal } = formFailure(error, shape, request.body);
        return detailPage(request, reply, { ...formKey(state, request), status, refusal });
      }
    });
  };

  detailForm(
    '/students/:id/evaluations/:evaluationId/components',
    addShape,
    addComponentBody,
    (state) => ({ addForm: state }),
    (request, data, ids) => addEvaluationComponent(callOf(request, ctx), { ...data, ...ids }),
    'component-added',
  );
  detailForm(
    '/students/:id/evaluations/:evaluationId/components/:componentId',
    componentShape,
    updateComponentBody,
    (state, request) => ({
      componentForm: { componentId: componentIdOf(request), state },
    }),
    (request, data, ids) =>
      updateEvaluationComponent(callOf(request, ctx), {
        ...data,
        ...ids,
        componentId: componentIdOf(request),
      }),
    'component-updated',
  );
  detailForm(
    '/students/:id/evaluations/:evaluationId/complete',
    completeShape,
    completeEvaluationBody,
    (state) => ({ completeForm: state }),
    (request, data, ids) => completeEvaluation(callOf(request, ctx), { ...data, ...ids }),
    'completed',
  );
  detailForm(
    '/students/:id/evaluations/:evaluationId/eligibility',
    eligibilityShape,
    eligibilityBody,
    (state) => ({ eligibilityForm: state }),
    (request, data, ids) => determineEligibility(callOf(request, ctx), { ...data, ...ids }),
    'eligibility-recorded',
  );
  detailForm(
    '/students/:id/evaluations/:evaluationId/iee-requests',
    ieeShape,
    ieeRequestBody.omit({ evaluationId: true }),
    (state) => ({ ieeForm: state }),
    (request, data, ids) =>
      requestIee(callOf(request, ctx), {
        ...data,
        studentId: ids.studentId,
        evaluationId: ids.evaluationId,
      }),
    'iee-requested',
  );
}

function componentIdOf(request: FastifyRequest): string {
  const parsed = componentParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('evaluation component');
  return parsed.data.componentId;
}
