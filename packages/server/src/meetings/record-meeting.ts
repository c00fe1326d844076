import {
  checkMeetingMembership,
  checkSubcommitteeAuthority,
  isSpecialClass,
} from '@continuum/rules/programs/index.ts';
import type { MeetingAttendance, MeetingRole } from '@continuum/rules/programs/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import { readMeeting } from './get-meeting.ts';
import { grantMeetingChange } from './manage-case.ts';
import type { MeetingDetail, RecordMeetingInput, RecommendationInput } from './schemas.ts';

/**
 * Records that a scheduled meeting was held: who attended (or was excused in writing), how the
 * parent took part, and what the committee recommended. Refused when a required member is
 * missing (the roles are named) or when a subcommittee recommends what only the full CSE may
 * (PLAN, CSE appointment, Responsibilities). Records the `cse-meeting` (also for a
 * subcommittee) or `cpse-meeting` case event, and a full CSE meeting addresses the parent's
 * open requests that the full committee review a subcommittee's recommendation.
 */
export async function recordMeeting(
  call: Call,
  input: RecordMeetingInput & { studentId: string; meetingId: string },
): Promise<MeetingDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    await grantMeetingChange(records, input.studentId, 'update', 'record-meeting');
    const { tx } = records;
    const meeting = await tx
      .selectFrom('meetings')
      .where('student_id', '=', input.studentId)
      .where('id', '=', input.meetingId)
      .select(['committee', 'status', 'version'])
      .forUpdate()
      .executeTakeFirst();
    if (!meeting) throw new NotFoundError('meeting');
    if (meeting.version !== input.version) {
      return {
        conflict: await readMeeting(
          records,
          input.studentId,
          input.meetingId,
          'show-current-after-conflict',
        ),
      };
    }
    if (meeting.status === 'held') {
      throw new RefusedError(
        'This meeting is already recorded as held. Schedule a new meeting for further decisions.',
        'PLAN, CSE appointment',
      );
    }
    const members = await tx
      .selectFrom('meeting_members')
      .where('meeting_id', '=', input.meetingId)
      .select(['id', 'role'])
      .execute();
    const roleOf = new Map(members.map((m) => [m.id, m.role as MeetingRole]));
    const unknown = input.attendance.findIndex((a) => !roleOf.has(a.memberId));
    if (unknown >= 0) {
      throw new InvalidInputError([
        { path: `attendance.${unknown}.memberId`, message: 'is not a member of this meeting' },
      ]);
    }
    const attendance: MeetingAttendance[] = members.map((m) => {
      const a = input.attendance.find((x) => x.memberId === m.id);
      return {
        role: m.role as MeetingRole,
        attended: a?.attended ?? false,
        excused: Boolean(a?.excusal),
      };
    });
    // The parent takes part in person, by telephone or by video; a meeting may go ahead
    // without them once the district's efforts to involve them are recorded (the schema
    // requires them then): 34 CFR 300.322(c)-(d), PSN, Parent participation.
    attendance.push({ role: 'parent', attended: true, excused: false });
    const gaps = checkMeetingMembership(meeting.committee, attendance, {
      psychologistNeeded: input.reviewsNewPsychologicalEvaluation,
    });
    if (gaps.length > 0) {
      throw new RefusedError(
        `${gaps.map((g) => g.message).join(' ')} Record the member's attendance, or a written excusal agreed by the parent where one may be excused, before recording the meeting as held.`,
        gaps[0]!.citation,
        gaps.map((g) => ({ path: 'attendance', message: `missing: ${g.missing}` })),
      );
    }
    const recommendation = input.recommendation ?? null;
    if (recommendation && meeting.committee === 'subcommittee') {
      refuseBeyondAuthority(recommendation);
    }
    const programs = recommendation?.programs ?? [];
    const recommendsSpecialClass = programs.some(
      (p) => isSpecialClass(p.program) || p.program === 'preschool-special-class',
    );
    const recommendsNonpublicSchool = programs.some((p) => p.outOfDistrictSpecialSchool);
    await tx
      .updateTable('meetings')
      .set((eb) => ({
        status: 'held',
        held_on: input.heldOn,
        parent_participation: input.parentParticipation,
        parent_efforts: input.parentEfforts ?? null,
        recommendation: recommendation === null ? null : JSON.stringify(recommendation),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.meetingId)
      .execute();
    for (const a of input.attendance) {
      await tx
        .updateTable('meeting_members')
        .set({ attended: a.attended, excusal: a.attended ? null : (a.excusal ?? null) })
        .where('id', '=', a.memberId)
        .execute();
    }
    await tx
      .updateTable('meeting_members')
      .set({ attended: false })
      .where('meeting_id', '=', input.meetingId)
      .where('attended', 'is', null)
      .execute();
    await recordCaseEvent(records, {
      studentId: input.studentId,
      type: meeting.committee === 'cpse' ? 'cpse-meeting' : 'cse-meeting',
      on: input.heldOn,
      field: 'heldOn',
      details: { recommendsSpecialClass, recommendsNonpublicSchool },
      source: 'meeting',
      sourceId: input.meetingId,
    });
    if (meeting.committee === 'cse') {
      await tx
        .updateTable('full_committee_review_requests')
        .set({ addressed_by: input.meetingId })
        .where('student_id', '=', input.studentId)
        .where('addressed_by', 'is', null)
        .where('received_on', '<=', input.heldOn)
        .execute();
    }
    await records.log([input.studentId], 'meeting', 'update', 'record-meeting');
    return {
      held: await readMeeting(records, input.studentId, input.meetingId, 'record-meeting'),
    };
  });
  if ('conflict' in outcome) {
    throw new ConflictError(
      'Someone else changed this meeting since you opened it. Review the current record and try again.',
      outcome.conflict,
    );
  }
  return outcome.held;
}

/** A subcommittee's recommendation beyond its authority is refused, naming what needs the full CSE. */
function refuseBeyondAuthority(recommendation: RecommendationInput): void {
  const current = recommendation.current;
  const violations = recommendation.programs.flatMap((proposed) =>
    checkSubcommitteeAuthority({
      committee: 'subcommittee',
      proposed,
      current,
    }),
  );
  if (violations.length === 0) return;
  throw new RefusedError(
    `${violations.map((v) => v.message).join(' ')} Refer the recommendation to the full CSE.`,
    violations[0]!.citation,
    violations.map((v) => ({ path: 'recommendation', message: String(v.facts.ground) })),
  );
}
