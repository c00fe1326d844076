import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  RecordOfAccessPage,
  StudentDisclosuresPage,
  disclosureFields,
  disclosureNotices,
} from '@continuum/web';
import type { DisclosureField, FormState } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { getStudent } from '../students/get-student.ts';
import { accessLogQuery } from '../students/schemas.ts';
import { disclosableRecordTypes } from '../disclosures/record-categories.ts';
import { disclosureBody, partyKinds } from '../disclosures/schemas.ts';
import { getRecordOfAccess } from '../disclosures/get-record-of-access.ts';
import { listStudentDisclosures } from '../disclosures/list-student-disclosures.ts';
import { recordDisclosure } from '../disclosures/record-disclosure.ts';
import type { FormRefusal, FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The disclosures pages: a child's disclosures with the privacy officer's form to record one
 * (34 CFR 300.622, 300.535), and the child's record of access (34 CFR 300.614) the parent
 * reads. They reach data only through the use cases, like the API.
 */

const shape: FormShape<DisclosureField> = {
  fields: disclosureFields,
  booleans: ['forPartB'],
  lists: ['recordTypes'],
};
const choices = { partyKinds, recordTypes: disclosableRecordTypes };

export function registerDisclosurePages(pages: FastifyInstance, ctx: AppContext): void {
  const disclosuresPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      form?: FormState<DisclosureField>;
      refusal?: FormRefusal | undefined;
      status?: number;
    } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const list = await listStudentDisclosures(call, { studentId });
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <StudentDisclosuresPage
        page={pageContext(request, reply, ctx)}
        student={student}
        list={list}
        choices={choices}
        mayReadRecordOfAccess={student.abilities.viewAccessLog}
        form={options.form}
        refusal={options.refusal}
        notice={doneOf(request, disclosureNotices)}
      />,
      options.status ?? 200,
    );
  };

  pages.get('/students/:id/disclosures', async (request, reply) => disclosuresPage(request, reply));

  pages.post('/students/:id/disclosures', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, shape, disclosureBody);
    if (!parsed.ok) return disclosuresPage(request, reply, { form: parsed.state, status: 400 });
    try {
      await recordDisclosure(callOf(request, ctx), { ...parsed.data, studentId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, shape, request.body);
      return disclosuresPage(request, reply, { form: state, refusal, status });
    }
    return redirectAfterPost(reply, `/students/${studentId}/disclosures?done=recorded`);
  });

  pages.get('/students/:id/record-of-access', async (request, reply) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    // A malformed `before` is no paging: the newest entries.
    const query = accessLogQuery.safeParse(request.query);
    const before = query.success ? query.data.before : undefined;
    const record = await getRecordOfAccess(call, {
      studentId,
      ...(before === undefined ? {} : { before }),
    });
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <RecordOfAccessPage
        page={pageContext(request, reply, ctx)}
        student={student}
        record={record}
      />,
    );
  });
}
