import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  MeetingDetailPage,
  MeetingListPage,
  meetingDetailNotices,
  scheduleMemberRows,
} from '@continuum/web';
import type {
  EvaluationRefusalView,
  FormState,
  MeetingDetailNotice,
  MeetingHeldField,
  MeetingScheduleField,
  MemberAddField,
  ReviewRequestField,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { getStudent } from '../students/get-student.ts';
import {
  addMemberBody,
  meetingParams,
  recordMeetingBody,
  reviewRequestBody,
  scheduleMeetingBody,
} from '../meetings/schemas.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { getMeeting } from '../meetings/get-meeting.ts';
import { scheduleMeeting } from '../meetings/schedule-meeting.ts';
import { addMeetingMember } from '../meetings/add-meeting-member.ts';
import { recordMeeting } from '../meetings/record-meeting.ts';
import { requestFullCommitteeReview } from '../meetings/request-full-committee-review.ts';
import type { FormShape } from './form.ts';
import { parseForm, formFailure } from './form.ts';
import { studentIdOf } from './student-pages.tsx';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';

/** The meeting pages: the list with the schedule form, one meeting with its members, record and review request. */

const rows = Array.from({ length: scheduleMemberRows }, (_, i) => i);
const memberFields = rows.flatMap((i) => [
  `memberName${i}`,
  `memberRole${i}`,
]) as MeetingScheduleField[];

const scheduleShape: FormShape<MeetingScheduleField> = {
  fields: [
    'committee',
    'purpose',
    'scheduledOn',
    'scheduledTime',
    'place',
    'interpreterLanguage',
    ...memberFields,
  ],
  nullable: ['interpreterLanguage'],
  decode: (v) => {
    const { committee, purpose, scheduledOn, scheduledTime, place, interpreterLanguage } = v;
    const members: { fullName: unknown; role: unknown }[] = [];
    for (const i of rows) {
      const fullName = v[`memberName${i}`];
      const role = v[`memberRole${i}`];
      if (fullName !== undefined || role !== undefined) members.push({ fullName, role });
    }
    const known = new Set<string>([...scheduleShape.fields, ...memberFields]);
    const unknown = Object.fromEntries(Object.entries(v).filter(([k]) => !known.has(k)));
    return {
      ...unknown,
      committee,
      purpose,
      scheduledOn,
      scheduledTime,
      place,
      ...(interpreterLanguage !== undefined && { interpreterLanguage }),
      members,
    };
  },
};
const memberShape: FormShape<MemberAddField> = { fields: ['fullName', 'role'] };
const reviewShape: FormShape<ReviewRequestField> = { fields: ['receivedOn'] };

/** The held form's own fields; `excusal-<memberId>` fields are read beside them. */
const heldFieldList: MeetingHeldField[] = [
  'heldOn',
  'attended',
  'parentParticipation',
  'parentEfforts',
  'reviewsNewPsychologicalEvaluation',
  'programs',
  'outsideSchoolOfAttendance',
  'outOfDistrictSpecialSchool',
  'currentProgram',
  'currentOutsideSchoolOfAttendance',
  'currentOutOfDistrictSpecialSchool',
  'notes',
];

/** The held form for a meeting's members: attendance ticks and excusals become the API's attendance. */
function heldShape(memberIds: readonly string[]): FormShape<MeetingHeldField> {
  return {
    fields: heldFieldList,
    booleans: [
      'reviewsNewPsychologicalEvaluation',
      'outsideSchoolOfAttendance',
      'outOfDistrictSpecialSchool',
      'currentOutsideSchoolOfAttendance',
      'currentOutOfDistrictSpecialSchool',
    ],
    lists: ['attended', 'programs'],
    numbers: ['version'],
    nullable: ['parentEfforts', 'notes'],
    decode: (v) => {
      const attended = new Set(v.attended as string[]);
      const programs = v.programs as string[];
      const place = (program: unknown, outside: unknown, outOfDistrict: unknown) => ({
        program,
        outsideSchoolOfAttendance: outside,
        outOfDistrictSpecialSchool: outOfDistrict,
      });
      const excusalKeys = new Set(memberIds.map((id) => `excusal-${id}`));
      const known = new Set<string>([...heldFieldList, 'version', ...excusalKeys]);
      const unknown = Object.fromEntries(Object.entries(v).filter(([k]) => !known.has(k)));
      return {
        ...unknown,
        version: v.version,
        heldOn: v.heldOn,
        parentParticipation: v.parentParticipation,
        ...(v.parentEfforts !== undefined && { parentEfforts: v.parentEfforts }),
        reviewsNewPsychologicalEvaluation: v.reviewsNewPsychologicalEvaluation,
        attendance: memberIds.map((memberId) => {
          const excusal = v[`excusal-${memberId}`];
          return {
            memberId,
            attended: attended.has(memberId),
            ...(!attended.has(memberId) && typeof excusal === 'string' && { excusal }),
          };
        }),
        recommendation:
          programs.length === 0
            ? null
            : {
                programs: programs.map((p) =>
                  place(p, v.outsideSchoolOfAttendance, v.outOfDistrictSpecialSchool),
                ),
                current:
                  v.currentProgram === undefined
                    ? null
                    : place(
                        v.currentProgram,
                        v.currentOutsideSchoolOfAttendance,
                        v.currentOutOfDistrictSpecialSchool,
                      ),
                ...(v.notes !== undefined && { notes: v.notes }),
              },
      };
    },
  };
}

function meetingIdsOf(request: FastifyRequest): { studentId: string; meetingId: string } {
  const parsed = meetingParams.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError('meeting');
  return { studentId: parsed.data.id, meetingId: parsed.data.meetingId };
}

/** The excusals typed on the held form, by member id, to show them again. */
function excusalsOf(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return out;
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('excusal-') && typeof value === 'string') out[key.slice(8)] = value;
  }
  return out;
}

export function registerMeetingPages(app: FastifyInstance, ctx: AppContext): void {
  const listPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      scheduleForm?: FormState<MeetingScheduleField>;
      refusal?: EvaluationRefusalView | undefined;
      status?: number;
    } = {},
  ) => {
    const studentId = studentIdOf(request);
    const call = callOf(request, ctx);
    const meetings = await listMeetings(call, { studentId });
    const student = await getStudent(call, { studentId });
    const page = (
      <MeetingListPage
        page={pageContext(request, reply, ctx)}
        student={student}
        meetings={meetings}
        scheduleForm={options.scheduleForm}
        refusal={options.refusal}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  const detailPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      memberForm?: FormState<MemberAddField>;
      heldForm?: { state: FormState<MeetingHeldField>; excusals: Record<string, string> };
      reviewForm?: FormState<ReviewRequestField>;
      refusal?: EvaluationRefusalView | undefined;
      notice?: MeetingDetailNotice | undefined;
      status?: number;
    } = {},
  ) => {
    const ids = meetingIdsOf(request);
    const call = callOf(request, ctx);
    const meeting = await getMeeting(call, ids);
    const student = await getStudent(call, { studentId: ids.studentId });
    const page = (
      <MeetingDetailPage
        page={pageContext(request, reply, ctx)}
        student={student}
        meeting={meeting}
        memberForm={options.memberForm}
        heldForm={options.heldForm}
        reviewForm={options.reviewForm}
        refusal={options.refusal}
        notice={options.notice}
      />
    );
    return sendPage(reply, page, options.status ?? 200);
  };

  app.get('/students/:id/meetings', async (request, reply) => listPage(request, reply));

  app.post('/students/:id/meetings', async (request, reply) => {
    const studentId = studentIdOf(request);
    const parsed = parseForm(request.body, scheduleShape, scheduleMeetingBody);
    if (!parsed.ok) return listPage(request, reply, { scheduleForm: parsed.state, status: 400 });
    try {
      const created = await scheduleMeeting(callOf(request, ctx), { ...parsed.data, studentId });
      return redirectAfterPost(
        reply,
        `/students/${studentId}/meetings/${created.id}?done=scheduled`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, scheduleShape, request.body);
      return listPage(request, reply, { scheduleForm: state, status, refusal });
    }
  });

  app.get('/students/:id/meetings/:meetingId', async (request, reply) => {
    const done = (request.query as { done?: unknown } | undefined)?.done;
    return detailPage(request, reply, { notice: meetingDetailNotices.find((n) => n === done) });
  });

  app.post('/students/:id/meetings/:meetingId/members', async (request, reply) => {
    const ids = meetingIdsOf(request);
    const parsed = parseForm(request.body, memberShape, addMemberBody);
    if (!parsed.ok) return detailPage(request, reply, { memberForm: parsed.state, status: 400 });
    try {
      await addMeetingMember(callOf(request, ctx), { ...parsed.data, ...ids });
      return redirectAfterPost(
        reply,
        `/students/${ids.studentId}/meetings/${ids.meetingId}?done=member-added`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, memberShape, request.body);
      return detailPage(request, reply, { memberForm: state, status, refusal });
    }
  });

  app.post('/students/:id/meetings/:meetingId/held', async (request, reply) => {
    const ids = meetingIdsOf(request);
    const call = callOf(request, ctx);
    // The members decide which attendance and excusal fields the form carries.
    const meeting = await getMeeting(call, ids);
    const shape = heldShape(meeting.members.map((m) => m.id));
    const excusals = excusalsOf(request.body);
    const parsed = parseForm(request.body, shape, recordMeetingBody);
    if (!parsed.ok)
      return detailPage(request, reply, {
        heldForm: { state: parsed.state, excusals },
        status: 400,
      });
    try {
      await recordMeeting(call, { ...parsed.data, ...ids });
      return redirectAfterPost(
        reply,
        `/students/${ids.studentId}/meetings/${ids.meetingId}?done=held`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, shape, request.body);
      return detailPage(request, reply, { heldForm: { state, excusals }, status, refusal });
    }
  });

  app.post('/students/:id/meetings/:meetingId/review-requests', async (request, reply) => {
    const ids = meetingIdsOf(request);
    const parsed = parseForm(request.body, reviewShape, reviewRequestBody);
    if (!parsed.ok) return detailPage(request, reply, { reviewForm: parsed.state, status: 400 });
    try {
      await requestFullCommitteeReview(callOf(request, ctx), { ...parsed.data, ...ids });
      return redirectAfterPost(
        reply,
        `/students/${ids.studentId}/meetings/${ids.meetingId}?done=review-requested`,
      );
    } catch (error) {
      const { state, status, refusal } = formFailure(error, reviewShape, request.body);
      return detailPage(request, reply, { reviewForm: state, status, refusal });
    }
  });
}
