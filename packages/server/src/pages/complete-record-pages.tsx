import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CompleteRecordPage,
  FeeSchedulePage,
  completeRecordNotices,
  completeRecordOutline,
  feeScheduleFields,
  recordCopyFields,
} from '@continuum/web';
import type { FeeScheduleField, FormState, RecordCopyField } from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { renderPdf } from '../documents/render-pdf.ts';
import { assembleCompleteRecord } from '../complete-record/assemble-complete-record.ts';
import { copyCompleteRecord } from '../complete-record/copy-complete-record.ts';
import { getFeeSchedules, setFeeSchedule } from '../complete-record/fee-schedule.ts';
import { recordCopy } from '../complete-record/record-copy.ts';
import { completeRecordDocument } from '../complete-record/render-complete-record.ts';
import { copyParams, feeScheduleBody, recordCopyBody } from '../complete-record/schemas.ts';
import type { FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The complete record pages (34 CFR 300.613, 300.617): the child's complete record with the
 * privacy officer's form recording a copy made for a request, the copy itself (PDF, in the
 * reader's language), and the district's fee for copies. Data only through the use cases.
 */

const copyShape: FormShape<RecordCopyField> = {
  fields: recordCopyFields,
  booleans: ['feePreventsAccess'],
  numbers: ['pages'],
};
const feeShape: FormShape<FeeScheduleField> = {
  fields: feeScheduleFields,
  numbers: ['copyPerPageCents'],
};

export function registerCompleteRecordPages(pages: FastifyInstance, ctx: AppContext): void {
  const recordPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    studentId: string,
    options: {
      copyForm?: { requestId: string; state: FormState<RecordCopyField> };
      refusal?: { message: string; citation?: string | undefined } | undefined;
      status?: number;
    } = {},
  ) => {
    const record = await assembleCompleteRecord(callOf(request, ctx), { studentId });
    return sendPage(
      reply,
      <CompleteRecordPage
        page={pageContext(request, reply, ctx)}
        record={record}
        copyForm={options.copyForm}
        refusal={options.refusal}
        notice={doneOf(request, completeRecordNotices)}
      />,
      options.status ?? 200,
    );
  };

  pages.get('/students/:id/complete-record', async (request, reply) =>
    recordPage(request, reply, studentIdOf(request)),
  );

  pages.get('/students/:id/complete-record/copy.pdf', async (request, reply) => {
    const studentId = studentIdOf(request);
    const { i18n } = pageContext(request, reply, ctx);
    const call = callOf(request, ctx);
    const content = await copyCompleteRecord(call, { studentId }, (record) =>
      renderPdf(
        completeRecordDocument(record, completeRecordOutline(i18n, record), {
          title: i18n.t('completeRecord.title', { name: record.studentName }),
          stamp: i18n.t('completeRecord.copy.stamp', {
            name: call.actor.displayName,
            date: i18n.formatDate(record.asOf),
          }),
          pageOf: (page, count) => i18n.t('completeRecord.copy.pageOf', { page, count }),
          none: i18n.t('completeRecord.none'),
          statements: i18n.t('completeRecord.statementsHeading'),
        }),
      ),
    );
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'inline; filename="complete-record.pdf"')
      .header('cache-control', 'no-store')
      .send(Buffer.from(content));
  });

  pages.post('/students/:id/records-requests/:requestId/copies', async (request, reply) => {
    const params = copyParams.safeParse(request.params);
    if (!params.success) throw new NotFoundError('records request');
    const { id: studentId, requestId } = params.data;
    const parsed = parseForm(request.body, copyShape, recordCopyBody);
    if (!parsed.ok)
      return recordPage(request, reply, studentId, {
        copyForm: { requestId, state: parsed.state },
        status: 400,
      });
    try {
      await recordCopy(callOf(request, ctx), { ...parsed.data, studentId, requestId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, copyShape, request.body);
      return recordPage(request, reply, studentId, {
        copyForm: { requestId, state },
        refusal,
        status,
      });
    }
    return redirectAfterPost(reply, `/students/${studentId}/complete-record?done=copy-recorded`);
  });

  const feePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      form?: FormState<FeeScheduleField>;
      refusal?: { message: string; citation?: string | undefined } | undefined;
      status?: number;
    } = {},
  ) => {
    const fees = await getFeeSchedules(callOf(request, ctx));
    return sendPage(
      reply,
      <FeeSchedulePage
        page={pageContext(request, reply, ctx)}
        fees={fees}
        form={options.form}
        refusal={options.refusal}
        saved={doneOf(request, ['saved'] as const) === 'saved'}
      />,
      options.status ?? 200,
    );
  };

  pages.get('/records/fees', async (request, reply) => feePage(request, reply));

  pages.post('/records/fees', async (request, reply) => {
    const parsed = parseForm(request.body, feeShape, feeScheduleBody);
    if (!parsed.ok) return feePage(request, reply, { form: parsed.state, status: 400 });
    try {
      await setFeeSchedule(callOf(request, ctx), parsed.data);
    } catch (error) {
      const { state, status, refusal } = formFailure(error, feeShape, request.body);
      return feePage(request, reply, { form: state, refusal, status });
    }
    return redirectAfterPost(reply, '/records/fees?done=saved');
  });
}
