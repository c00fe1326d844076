import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  NoticeDetailPage,
  NoticeListPage,
  noticeDetailNotices,
  noticeEditFields,
  noticeEditValues,
  noticeListNotices,
  pwnElementIds,
  meetingNoticeElementIds,
} from '@continuum/web';
import type {
  FormState,
  MeetingNoticeField,
  NoticeDetailNotice,
  NoticeEditField,
  NoticeListNotice,
  NoticeRecordView,
  NoticeRefusalView,
  NoticeSendField,
  PwnDraftField,
  SafeguardsField,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { ConflictError, InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import {
  draftPwnBody,
  meetingNoticeBody,
  noticeParams,
  safeguardsDeliveryBody,
  sendNoticeBody,
  sourceKinds,
  updateDraftBody,
} from '../notices/schemas.ts';
import type { NoticeView } from '../notices/schemas.ts';
import { listNotices } from '../notices/list-notices.ts';
import { listNoticeSources } from '../notices/list-notice-sources.ts';
import { getNotice } from '../notices/get-notice.ts';
import { draftPriorWrittenNotice } from '../notices/draft-prior-written-notice.ts';
import { createMeetingNotice } from '../notices/create-meeting-notice.ts';
import { recordSafeguardsDelivery } from '../notices/record-safeguards-delivery.ts';
import { updateNoticeDraft } from '../notices/update-notice-draft.ts';
import { sendNotice } from '../notices/send-notice.ts';
import type { FormShape } from './form.ts';
import { coerceForm, parseForm, sentState, formFailure, doneOf } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/**
 * The notices pages: the student's notices and safeguards notice deliveries with the forms that
 * start them, and one notice (its draft form with the missing elements, and the send form).
 * They reach data only through the notices use cases, like the API.
 */

const sourcePattern = new RegExp(`^(${sourceKinds.join('|')}):([0-9a-f-]{36})$`, 'i');

const draftShape: FormShape<PwnDraftField> = {
  fields: ['proposal', 'subjects', 'source'],
  lists: ['subjects'],
  // The source arrives as one choice, `kind:id`, and the API takes the two apart.
  decode: ({ source, ...rest }) => {
    const match = typeof source === 'string' ? sourcePattern.exec(source) : null;
    return match ? { ...rest, sourceKind: match[1], sourceId: match[2] } : rest;
  },
};
const meetingShape: FormShape<MeetingNoticeField> = { fields: ['meetingId'] };
const safeguardsShape: FormShape<SafeguardsField> = {
  fields: ['guardianId', 'trigger', 'deliveredOn', 'channel', 'requestedOn'],
};
const sendShape: FormShape<NoticeSendField> = {
  fields: ['guardianId', 'channel', 'sentOn'],
  numbers: ['version'],
};

/** The edit form of a notice's kind: its elements (each may be emptied), and for a PWN the action. */
function editShape(kind: NoticeView['kind']): FormShape<NoticeEditField> {
  const elements: readonly NoticeEditField[] =
    kind === 'prior-written-notice' ? pwnElementIds : meetingNoticeElementIds;
  return {
    fields: noticeEditFields(kind),
    numbers: ['version'],
    blankable: elements,
    ...(kind === 'prior-written-notice' && { lists: ['subjects'] as const }),
    decode: (values) => {
      const content = Object.fromEntries(
        elements.filter((id) => values[id] !== undefined).map((id) => [id, values[id]]),
      );
      return {
        version: values.version,
        ...(kind === 'prior-written-notice' && {
          subjects: values.subjects,
          ...(values.proposal !== undefined && { proposal: values.proposal }),
        }),
        content,
      };
    },
  };
}

function noticeIdsOf(request: FastifyRequest): { studentId: string; noticeId: string } {
  const parsed = noticeParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('notice');
  return { studentId: parsed.data.id, noticeId: parsed.data.noticeId };
}

/** A conflict is shown by the conflict notice with the record as saved now (no refusal). */
const failure = <F extends string>(error: unknown, shape: FormShape<F>, body: unknown) =>
  formFailure(error, shape, body, { conflictMessage: false });

export function registerNoticePages(app: FastifyInstance, ctx: AppContext): void {
  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      draftForm?: FormState<PwnDraftField>;
      meetingForm?: FormState<MeetingNoticeField>;
      safeguardsForm?: FormState<SafeguardsField>;
      refusal?: NoticeRefusalView | undefined;
      notice?: NoticeListNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const notices = await listNotices(call, { studentId });
    const sources = notices.manageCase ? await listNoticeSources(call, { studentId }) : [];
    const student = await getStudent(call, { studentId });
    return sendPage(
      reply,
      <NoticeListPage
        page={pageContext(request, reply, ctx)}
        student={student}
        notices={notices}
        sources={sources}
        draftForm={options.draftForm}
        meetingForm={options.meetingForm}
        safeguardsForm={options.safeguardsForm}
        refusal={options.refusal}
        notice={options.notice}
      />,
      options.status ?? 200,
    );
  };

  const detailPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      editForm?: FormState<NoticeEditField>;
      sendForm?: FormState<NoticeSendField>;
      refusal?: NoticeRefusalView | undefined;
      conflict?: NoticeRecordView | undefined;
      done?: NoticeDetailNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const ids = noticeIdsOf(request);
    const call = callOf(request, ctx);
    const notice = await getNotice(call, ids);
    const student = await getStudent(call, { studentId: ids.studentId });
    return sendPage(
      reply,
      <NoticeDetailPage
        page={pageContext(request, reply, ctx)}
        student={student}
        notice={notice}
        editForm={options.editForm}
        sendForm={options.sendForm}
        refusal={options.refusal}
        conflict={options.conflict}
        done={options.done}
      />,
      options.status ?? 200,
    );
  };

  app.get('/students/:id/notices', async (request, reply) =>
    listPage(request, reply, { notice: doneOf(request, noticeListNotices) }),
  );

  app.post('/students/:id/notices', async (request, reply) => {
    const studentId = studentIdOf(request);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    // A source that is not one of the offered choices is the source field's problem.
    if (typeof raw.source === 'string' && raw.source !== '' && !sourcePattern.test(raw.source))
      return listPage(request, reply, {
        draftForm: { values: coerceForm(raw, draftShape), invalid: ['source'] },
        status: 400,
      });
    const parsed = parseForm(raw, draftShape, draftPwnBody);
    if (!parsed.ok) return listPage(request, reply, { draftForm: parsed.state, status: 400 });
    try {
      const created = await draftPriorWrittenNotice(callOf(request, ctx), {
        ...parsed.data,
        studentId,
      });
      return redirectAfterPost(reply, `/students/${studentId}/notices/${created.id}?done=drafted`);
    } catch (error) {
      if (error instanceof InvalidInputError && error.fields.some((f) => f.path === 'sourceId'))
        return listPage(request, reply, {
          draftForm: { values: coerceForm(raw, draftShape), invalid: ['source'] },
          status: 400,
        });
      const { state, status, refusal } = failure(error, draftShape, raw);
      return listPage(request, reply, { draftForm: state, status, refusal });
    }
  });

  app.post('/students/:id/notices/meeting-notices', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, meetingShape, meetingNoticeBody);
    if (!parsed.ok) return listPage(request, reply, { meetingForm: parsed.state, status: 400 });
    try {
      const created = await createMeetingNotice(callOf(request, ctx), {
        studentId,
        meetingId: parsed.data.meetingId,
      });
      return redirectAfterPost(reply, `/students/${studentId}/notices/${created.id}?done=drafted`);
    } catch (error) {
      const { state, status, refusal } = failure(error, meetingShape, request.body);
      return listPage(request, reply, { meetingForm: state, status, refusal });
    }
  });

  app.post('/students/:id/notices/safeguards-deliveries', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, safeguardsShape, safeguardsDeliveryBody);
    if (!parsed.ok) return listPage(request, reply, { safeguardsForm: parsed.state, status: 400 });
    try {
      await recordSafeguardsDelivery(callOf(request, ctx), { ...parsed.data, studentId });
      return redirectAfterPost(reply, `/students/${studentId}/notices?done=safeguards-recorded`);
    } catch (error) {
      if (error instanceof NotFoundError && error.message.includes('guardian'))
        return listPage(request, reply, {
          safeguardsForm: {
            values: coerceForm(request.body, safeguardsShape),
            invalid: ['guardianId'],
          },
          status: 400,
        });
      const { state, status, refusal } = failure(error, safeguardsShape, request.body);
      return listPage(request, reply, { safeguardsForm: state, status, refusal });
    }
  });

  app.get('/students/:id/notices/:noticeId', async (request, reply) =>
    detailPage(request, reply, { done: doneOf(request, noticeDetailNotices) }),
  );

  app.post('/students/:id/notices/:noticeId', async (request, reply) => {
    const ids = noticeIdsOf(request);
    const call = callOf(request, ctx);
    const notice = await getNotice(call, ids);
    const shape = editShape(notice.kind);
    const parsed = parseForm(request.body, shape, updateDraftBody);
    if (!parsed.ok) return detailPage(request, reply, { editForm: parsed.state, status: 400 });
    try {
      await updateNoticeDraft(call, { ...parsed.data, ...ids });
      return redirectAfterPost(
        reply,
        `/students/${ids.studentId}/notices/${ids.noticeId}?done=saved`,
      );
    } catch (error) {
      const { state, status, refusal } = failure(error, shape, request.body);
      return detailPage(request, reply, {
        editForm: state,
        status,
        refusal,
        conflict: conflictOf(error),
      });
    }
  });

  app.post('/students/:id/notices/:noticeId/send', async (request, reply) => {
    const ids = noticeIdsOf(request);
    const parsed = parseForm(request.body, sendShape, sendNoticeBody);
    if (!parsed.ok) return detailPage(request, reply, { sendForm: parsed.state, status: 400 });
    try {
      await sendNotice(callOf(request, ctx), { ...parsed.data, ...ids });
      return redirectAfterPost(
        reply,
        `/students/${ids.studentId}/notices/${ids.noticeId}?done=sent`,
      );
    } catch (error) {
      if (error instanceof NotFoundError && error.message.includes('guardian'))
        return detailPage(request, reply, {
          sendForm: { values: coerceForm(request.body, sendShape), invalid: ['guardianId'] },
          status: 400,
        });
      // Missing elements are the draft's fields: named in the draft form's summary and at each.
      const missing =
        error instanceof RefusedError
          ? error.fields
              .filter((f) => f.path.startsWith('content.'))
              .map((f) => f.path.slice('content.'.length) as NoticeEditField)
          : [];
      if (missing.length > 0) {
        const current = await getNotice(callOf(request, ctx), ids);
        return detailPage(request, reply, {
          editForm: { values: noticeEditValues(current), invalid: missing },
          sendForm: sentState(sendShape, request.body),
          refusal: {
            message: (error as RefusedError).message,
            citation: (error as RefusedError).citation,
          },
          status: 422,
        });
      }
      const { state, status, refusal } = failure(error, sendShape, request.body);
      return detailPage(request, reply, {
        sendForm: state,
        status,
        refusal,
        conflict: conflictOf(error),
      });
    }
  });
}

/** The notice as saved now, after a stale save or send. */
function conflictOf(error: unknown): NoticeRecordView | undefined {
  return error instanceof ConflictError ? (error.current as NoticeRecordView) : undefined;
}
