import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  EscalationFormPage,
  EscalationListPage,
  EscalationRoutesPage,
  StudentEscalationsPage,
  escalationFileFields,
  escalationProblemValues,
  escalationResolveFields,
  escalationRouteFields,
  escalationRouteNotices,
  studentEscalationNotices,
} from '@continuum/web';
import type {
  EscalationFileField,
  EscalationKindValue,
  EscalationRefusalView,
  EscalationResolveField,
  EscalationRouteField,
  FormState,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import { uuid } from '../students/schemas.ts';
import {
  escalationParams,
  escalationsQuery,
  fileEscalationBody,
  putRouteBody,
  resolveEscalationBody,
  routeParams,
} from '../escalations/schemas.ts';
import { mayChangeRoutes } from '../escalations/access.ts';
import { listEscalationRoutes, setEscalationRoute } from '../escalations/escalation-routes.ts';
import { listEscalations } from '../escalations/list-escalations.ts';
import { listStudentEscalations } from '../escalations/list-student-escalations.ts';
import { prepareEscalation } from '../escalations/prepare-escalation.ts';
import { fileEscalation } from '../escalations/file-escalation.ts';
import { resolveEscalation } from '../escalations/resolve-escalation.ts';
import type { FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The escalations pages (PREK, Contact Information): the district's routes (staff read them,
 * district administrators set them), the escalations of the students one may see, a student's
 * escalations with the form that resolves each, and the form that files one, pre-filled with
 * what will be sent. They reach data only through the escalations use cases, like the API.
 */

const routeShape: FormShape<EscalationRouteField> = { fields: escalationRouteFields };
const fileShape: FormShape<EscalationFileField> = { fields: escalationFileFields };
const resolveShape: FormShape<EscalationResolveField> = { fields: escalationResolveFields };

/** The form's first values from the address (`?problem=&serviceId=`, as the delivery alerts link). */
function prefilledForm(query: Record<string, unknown>): FormState<EscalationFileField> {
  const problem = escalationProblemValues.find((p) => p === query.problem);
  const serviceId = uuid.safeParse(query.serviceId);
  return {
    values: {
      ...(problem && { problem }),
      ...(serviceId.success && { serviceId: serviceId.data }),
    },
    invalid: [],
  };
}

export function registerEscalationPages(pages: FastifyInstance, ctx: AppContext): void {
  const routesPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      form?: { kind: EscalationKindValue; state: FormState<EscalationRouteField> };
      status?: number;
    } = {},
  ) => {
    const routes = await listEscalationRoutes(callOf(request, ctx));
    return sendPage(
      reply,
      <EscalationRoutesPage
        page={pageContext(request, reply, ctx)}
        routes={routes}
        form={options.form}
        notice={doneOf(request, escalationRouteNotices)}
      />,
      options.status ?? 200,
    );
  };

  const studentPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      resolveForm?: { escalationId: string; state: FormState<EscalationResolveField> };
      refusal?: EscalationRefusalView | undefined;
      status?: number;
    } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const list = await listStudentEscalations(call, { studentId });
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <StudentEscalationsPage
        page={pageContext(request, reply, ctx)}
        student={student}
        list={list}
        resolveForm={options.resolveForm}
        refusal={options.refusal}
        notice={doneOf(request, studentEscalationNotices)}
      />,
      options.status ?? 200,
    );
  };

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState<EscalationFileField>,
    options: { refusal?: EscalationRefusalView | undefined; status?: number } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const draft = await prepareEscalation(call, { studentId });
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <EscalationFormPage
        page={pageContext(request, reply, ctx)}
        student={student}
        draft={draft}
        form={form}
        refusal={options.refusal}
      />,
      options.status ?? 200,
    );
  };

  pages.get('/escalations/routes', async (request, reply) => routesPage(request, reply));

  pages.post('/escalations/routes/:kind', async (request, reply) => {
    const params = routeParams.safeParse(request.params);
    if (!params.success) throw new NotFoundError('escalation route');
    const { kind } = params.data;
    const call = callOf(request, ctx);
    if (!mayChangeRoutes(call.actor))
      throw new ForbiddenError('Only district administrators set where escalations go.');
    const parsed = parseForm(request.body, routeShape, putRouteBody);
    if (!parsed.ok)
      return routesPage(request, reply, { form: { kind, state: parsed.state }, status: 400 });
    await setEscalationRoute(call, { ...parsed.data, kind });
    return redirectAfterPost(reply, '/escalations/routes?done=saved');
  });

  pages.get('/escalations', async (request, reply) => {
    const status = escalationsQuery.shape.status.safeParse(
      (request.query as Record<string, unknown>).status || undefined,
    );
    const list = await listEscalations(callOf(request, ctx), {
      status: status.success ? status.data : 'open',
      limit: 500,
    });
    return sendPage(
      reply,
      <EscalationListPage page={pageContext(request, reply, ctx)} list={list} />,
    );
  });

  pages.get('/students/:id/escalations', async (request, reply) => studentPage(request, reply));

  pages.get('/students/:id/escalations/new', async (request, reply) =>
    formPage(request, reply, prefilledForm(request.query as Record<string, unknown>)),
  );

  pages.post('/students/:id/escalations', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, fileShape, fileEscalationBody);
    if (!parsed.ok) return formPage(request, reply, parsed.state, { status: 400 });
    try {
      await fileEscalation(callOf(request, ctx), { ...parsed.data, studentId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, fileShape, request.body);
      return formPage(request, reply, state, { refusal, status });
    }
    return redirectAfterPost(reply, `/students/${studentId}/escalations?done=filed`);
  });

  pages.post('/students/:id/escalations/:escalationId/resolve', async (request, reply) => {
    const params = escalationParams.safeParse(request.params);
    if (!params.success) throw new NotFoundError('escalation');
    const { id: studentId, escalationId } = params.data;
    const parsed = parseForm(request.body, resolveShape, resolveEscalationBody);
    if (!parsed.ok)
      return studentPage(request, reply, {
        resolveForm: { escalationId, state: parsed.state },
        status: 400,
      });
    try {
      await resolveEscalation(callOf(request, ctx), { ...parsed.data, studentId, escalationId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, resolveShape, request.body);
      return studentPage(request, reply, {
        resolveForm: { escalationId, state },
        refusal,
        status,
      });
    }
    return redirectAfterPost(reply, `/students/${studentId}/escalations?done=resolved`);
  });
}
