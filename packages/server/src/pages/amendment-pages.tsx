import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  StudentAmendmentsPage,
  amendmentAskFields,
  amendmentDecisionFields,
  amendmentHearingRequestFields,
  amendmentOutcomeFields,
  amendmentPageNotices,
  amendmentRecordFields,
  amendmentStatementFields,
  amendmentStepPaths,
  amendmentWithdrawFields,
} from '@continuum/web';
import type {
  AmendmentField,
  AmendmentForm,
  AmendmentPageNotice,
  AmendmentStepForm,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import type { Call } from '../http/call.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import {
  amendmentBody,
  amendmentParams,
  decisionBody,
  hearingOutcomeBody,
  hearingRequestBody,
  statementBody,
  withdrawBody,
} from '../amendments/schemas.ts';
import { addStatement } from '../amendments/add-statement.ts';
import { decideAmendment } from '../amendments/decide-amendment.ts';
import { listStudentAmendments } from '../amendments/list-student-amendments.ts';
import { recordHearingOutcome } from '../amendments/record-hearing-outcome.ts';
import { requestAmendment } from '../amendments/request-amendment.ts';
import { requestHearing } from '../amendments/request-hearing.ts';
import { withdrawAmendment } from '../amendments/withdraw-amendment.ts';
import type { FormRefusal, FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The amendment pages (34 CFR 300.618-300.621): a child's requests with the parent's forms to
 * ask, request the hearing, withdraw and place a statement, and the privacy officer's forms to
 * record a request, decide, record a hearing request and its outcome. They reach data only
 * through the use cases, like the API.
 */

const shape = (fields: readonly AmendmentField[]): FormShape<AmendmentField> => ({ fields });

export function registerAmendmentPages(pages: FastifyInstance, ctx: AppContext): void {
  const studentPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      form?: AmendmentForm;
      refusal?: FormRefusal | undefined;
      status?: number;
    } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const list = await listStudentAmendments(call, { studentId });
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <StudentAmendmentsPage
        page={pageContext(request, reply, ctx)}
        student={student}
        list={list}
        form={options.form}
        refusal={options.refusal}
        notice={doneOf(request, amendmentPageNotices)}
      />,
      options.status ?? 200,
    );
  };

  pages.get('/students/:id/amendments', async (request, reply) => studentPage(request, reply));

  pages.post('/students/:id/amendments', async (request, reply) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    // The parent's form sends only what is asked; the district's says who asked, when and how.
    const kind = call.actor.kind === 'parent' ? 'ask' : 'record';
    const formShape = shape(kind === 'ask' ? amendmentAskFields : amendmentRecordFields);
    const parsed = parseForm(request.body, formShape, amendmentBody);
    if (!parsed.ok)
      return studentPage(request, reply, { form: { kind, state: parsed.state }, status: 400 });
    try {
      await requestAmendment(call, { ...parsed.data, studentId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, formShape, request.body);
      return studentPage(request, reply, { form: { kind, state }, refusal, status });
    }
    return redirectAfterPost(reply, `/students/${studentId}/amendments?done=requested`);
  });

  /** One step of one request: its own form and path, the use case, the page's notice. */
  const stepRoute = <S extends z.ZodType<object>>(
    kind: AmendmentStepForm,
    fields: readonly AmendmentField[],
    schema: S,
    done: AmendmentPageNotice,
    run: (
      call: Call,
      input: z.infer<S> & { studentId: string; requestId: string },
    ) => Promise<unknown>,
  ) =>
    pages.post(
      `/students/:id/amendments/:requestId/${amendmentStepPaths[kind]}`,
      async (request, reply) => {
        const params = amendmentParams.safeParse(request.params);
        if (!params.success) throw new NotFoundError('amendment request');
        const { id: studentId, requestId } = params.data;
        const formShape = shape(fields);
        const parsed = parseForm(request.body, formShape, schema);
        if (!parsed.ok)
          return studentPage(request, reply, {
            form: { kind, requestId, state: parsed.state },
            status: 400,
          });
        try {
          await run(callOf(request, ctx), { ...parsed.data, studentId, requestId });
        } catch (error) {
          const { state, status, refusal } = formFailure(error, formShape, request.body);
          return studentPage(request, reply, {
            form: { kind, requestId, state },
            refusal,
            status,
          });
        }
        return redirectAfterPost(
          reply,
          `/students/${studentId}/amendments?done=${done}#amendment-${requestId}`,
        );
      },
    );
  stepRoute('decide', amendmentDecisionFields, decisionBody, 'decided', decideAmendment);
  stepRoute(
    'request-hearing',
    amendmentHearingRequestFields,
    hearingRequestBody,
    'hearing-requested',
    requestHearing,
  );
  stepRoute(
    'record-hearing',
    amendmentOutcomeFields,
    hearingOutcomeBody,
    'hearing-recorded',
    recordHearingOutcome,
  );
  stepRoute('withdraw', amendmentWithdrawFields, withdrawBody, 'withdrawn', withdrawAmendment);
  stepRoute(
    'add-statement',
    amendmentStatementFields,
    statementBody,
    'statement-added',
    addStatement,
  );
}
