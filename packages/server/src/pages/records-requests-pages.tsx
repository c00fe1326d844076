import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  RecordsRequestListPage,
  StudentRecordsRequestsPage,
  recordsRequestAskFields,
  recordsRequestNotices,
  recordsRequestProvideFields,
  recordsRequestRecordFields,
  recordsRequestWithdrawFields,
} from '@continuum/web';
import type { RecordsRequestField, RecordsRequestForm } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import {
  provideBody,
  recordsRequestBody,
  requestParams,
  withdrawBody,
} from '../records-requests/schemas.ts';
import type { z } from 'zod';
import { closeRecordsRequest } from '../records-requests/close-records-request.ts';
import type { CloseInput } from '../records-requests/close-records-request.ts';
import { listOpenRecordsRequests } from '../records-requests/list-open-records-requests.ts';
import { listStudentRecordsRequests } from '../records-requests/list-student-records-requests.ts';
import { requestInspection } from '../records-requests/request-inspection.ts';
import type { FormRefusal, FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The records requests pages (34 CFR 300.613): a child's requests with the parent's form to
 * ask, the privacy officer's forms to record, provide and withdraw; the district's open
 * requests with their due dates. They reach data only through the use cases, like the API.
 */

const booleans = recordsRequestAskFields;
const askShape: FormShape<RecordsRequestField> = { fields: recordsRequestAskFields, booleans };
const recordShape: FormShape<RecordsRequestField> = {
  fields: recordsRequestRecordFields,
  booleans,
};
const provideShape: FormShape<RecordsRequestField> = {
  fields: recordsRequestProvideFields,
  booleans: ['explanationsGiven'],
};
const withdrawShape: FormShape<RecordsRequestField> = { fields: recordsRequestWithdrawFields };

export function registerRecordsRequestPages(pages: FastifyInstance, ctx: AppContext): void {
  const studentPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: { form?: RecordsRequestForm; refusal?: FormRefusal | undefined; status?: number } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const list = await listStudentRecordsRequests(call, { studentId });
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <StudentRecordsRequestsPage
        page={pageContext(request, reply, ctx)}
        student={student}
        list={list}
        form={options.form}
        refusal={options.refusal}
        notice={doneOf(request, recordsRequestNotices)}
      />,
      options.status ?? 200,
    );
  };

  pages.get('/records-requests', async (request, reply) => {
    const list = await listOpenRecordsRequests(callOf(request, ctx));
    return sendPage(
      reply,
      <RecordsRequestListPage page={pageContext(request, reply, ctx)} list={list} />,
    );
  });

  pages.get('/students/:id/records-requests', async (request, reply) =>
    studentPage(request, reply),
  );

  pages.post('/students/:id/records-requests', async (request, reply) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    // The parent's form sends only what is asked; the district's says who asked, when and how.
    const kind = call.actor.kind === 'parent' ? 'ask' : 'record';
    const shape = kind === 'ask' ? askShape : recordShape;
    const parsed = parseForm(request.body, shape, recordsRequestBody);
    if (!parsed.ok)
      return studentPage(request, reply, { form: { kind, state: parsed.state }, status: 400 });
    try {
      await requestInspection(call, { ...parsed.data, studentId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, shape, request.body);
      return studentPage(request, reply, { form: { kind, state }, refusal, status });
    }
    return redirectAfterPost(reply, `/students/${studentId}/records-requests?done=requested`);
  });

  /** Marking a request provided or withdrawn: one form each, on the child's page. */
  const closeRoute = <S extends z.ZodType>(
    path: 'provided' | 'withdrawn',
    kind: 'provide' | 'withdraw',
    shape: FormShape<RecordsRequestField>,
    schema: S,
    toInput: (data: z.infer<S>) => CloseInput,
  ) =>
    pages.post(`/students/:id/records-requests/:requestId/${path}`, async (request, reply) => {
      const params = requestParams.safeParse(request.params);
      if (!params.success) throw new NotFoundError('records request');
      const { id: studentId, requestId } = params.data;
      const parsed = parseForm(request.body, shape, schema);
      if (!parsed.ok)
        return studentPage(request, reply, {
          form: { kind, requestId, state: parsed.state },
          status: 400,
        });
      try {
        await closeRecordsRequest(callOf(request, ctx), {
          ...toInput(parsed.data),
          studentId,
          requestId,
        });
      } catch (error) {
        const { state, status, refusal } = formFailure(error, shape, request.body);
        return studentPage(request, reply, { form: { kind, requestId, state }, refusal, status });
      }
      return redirectAfterPost(reply, `/students/${studentId}/records-requests?done=${path}`);
    });
  closeRoute('provided', 'provide', provideShape, provideBody, (data) => ({
    outcome: 'provided',
    ...data,
  }));
  closeRoute('withdrawn', 'withdraw', withdrawShape, withdrawBody, (data) => ({
    outcome: 'withdrawn',
    ...data,
  }));
}
