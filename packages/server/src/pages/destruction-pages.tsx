import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DestructionCasePage,
  DestructionQueuePage,
  destructionAskFields,
  destructionInformFields,
  destructionNotices,
  destructionRecordFields,
  destructionRunFields,
} from '@continuum/web';
import type { DestructionField, DestructionForm } from '@continuum/web';
import type { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { getStudent } from '../students/get-student.ts';
import { destroyBody, destructionRequestBody, informBody } from '../destruction/schemas.ts';
import { destroyRecords } from '../destruction/destroy-records.ts';
import { getDestructionCase } from '../destruction/get-destruction-case.ts';
import { listDestructionQueue } from '../destruction/list-destruction-queue.ts';
import { recordParentInformed } from '../destruction/record-parent-informed.ts';
import { requestDestruction } from '../destruction/request-destruction.ts';
import type { Call } from '../http/call.ts';
import type { FormRefusal, FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The destruction pages (34 CFR 300.624): a child's destruction case with the forms to inform
 * the parent, to ask (the parent), to record a request and to run the destruction (the privacy
 * officer); the district's queue with the permanent records kept. They reach data only through
 * the use cases, like the API.
 */

const informShape: FormShape<DestructionField> = { fields: destructionInformFields };
const askShape: FormShape<DestructionField> = {
  fields: destructionAskFields,
  booleans: destructionAskFields,
};
const recordShape: FormShape<DestructionField> = {
  fields: destructionRecordFields,
  booleans: ['confirm'],
};
const runShape: FormShape<DestructionField> = {
  fields: destructionRunFields,
  numbers: ['yearCompleted'],
};

export function registerDestructionPages(pages: FastifyInstance, ctx: AppContext): void {
  const casePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: { form?: DestructionForm; refusal?: FormRefusal | undefined; status?: number } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const view = await getDestructionCase(call, { studentId });
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <DestructionCasePage
        page={pageContext(request, reply, ctx)}
        student={student}
        view={view}
        form={options.form}
        refusal={options.refusal}
        notice={doneOf(request, destructionNotices)}
      />,
      options.status ?? 200,
    );
  };

  pages.get('/destruction', async (request, reply) => {
    const queue = await listDestructionQueue(callOf(request, ctx));
    return sendPage(
      reply,
      <DestructionQueuePage
        page={pageContext(request, reply, ctx)}
        queue={queue}
        notice={doneOf(request, destructionNotices)}
      />,
    );
  });

  pages.get('/students/:id/destruction', async (request, reply) => casePage(request, reply));

  /** One form post: parse, run the use case, show the form again on failure, else redirect. */
  const post = <S extends z.ZodType>(
    path: 'informed' | 'request' | 'run',
    shapeOf: (call: Call) => { kind: DestructionForm['kind']; shape: FormShape<DestructionField> },
    schema: S,
    run: (call: Call, data: z.infer<S>, studentId: string) => Promise<unknown>,
    done: (studentId: string) => string,
  ) =>
    pages.post(`/students/:id/destruction/${path}`, async (request, reply) => {
      const studentId = studentIdOf(request);
      const call = callOf(request, ctx);
      const { kind, shape } = shapeOf(call);
      const parsed = parseForm(request.body, shape, schema);
      if (!parsed.ok)
        return casePage(request, reply, { form: { kind, state: parsed.state }, status: 400 });
      try {
        await run(call, parsed.data, studentId);
      } catch (error) {
        const { state, status, refusal } = formFailure(error, shape, request.body);
        return casePage(request, reply, { form: { kind, state }, refusal, status });
      }
      return redirectAfterPost(reply, done(studentId));
    });

  post(
    'informed',
    () => ({ kind: 'inform', shape: informShape }),
    informBody,
    (call, data, studentId) => recordParentInformed(call, { ...data, studentId }),
    (studentId) => `/students/${studentId}/destruction?done=informed`,
  );
  post(
    'request',
    // The parent's form sends their confirmation; the district's says who asked, when and how.
    (call) =>
      call.actor.kind === 'parent'
        ? { kind: 'ask', shape: askShape }
        : { kind: 'record', shape: recordShape },
    destructionRequestBody,
    (call, data, studentId) => requestDestruction(call, { ...data, studentId }),
    (studentId) => `/students/${studentId}/destruction?done=requested`,
  );
  post(
    'run',
    () => ({ kind: 'run', shape: runShape }),
    destroyBody,
    (call, data, studentId) => destroyRecords(call, { ...data, studentId }),
    (studentId) => `/destruction?done=destroyed#destroyed-${studentId}`,
  );
}
