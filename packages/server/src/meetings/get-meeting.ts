import { requiredMembers } from '@continuum/rules/programs/index.ts';
import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import type { MeetingDetail, Recommendation, ReviewRequest } from './schemas.ts';

/** One committee meeting with its members, recommendation and review requests. */
export async function getMeeting(
  call: Call,
  input: { studentId: string; meetingId: string },
): Promise<MeetingDetail> {
  return withStudentRecords(call, (records) =>
    readMeeting(records, input.studentId, input.meetingId, 'view-meetings'),
  );
}

export const meetingColumns = [
  'm.id',
  'm.student_id',
  'm.committee',
  'm.purpose',
  'm.scheduled_on',
  'm.scheduled_time',
  'm.place',
  'm.interpreter_language',
  'm.status',
  'm.held_on',
  'm.parent_participation',
  'm.parent_efforts',
  'm.recommendation',
  'm.version',
] as const;

type MeetingRow = {
  id: string;
  student_id: string;
  committee: MeetingDetail['committee'];
  purpose: MeetingDetail['purpose'];
  scheduled_on: string;
  scheduled_time: string;
  place: string;
  interpreter_language: string | null;
  status: MeetingDetail['status'];
  held_on: string | null;
  parent_participation: MeetingDetail['parentParticipation'];
  parent_efforts: string | null;
  recommendation: unknown;
  version: number;
};

export function toMeetingSummary(m: MeetingRow, manageCase: boolean) {
  return {
    id: m.id,
    studentId: m.student_id,
    committee: m.committee,
    purpose: m.purpose,
    scheduledOn: m.scheduled_on,
    scheduledTime: m.scheduled_time,
    place: m.place,
    interpreterLanguage: m.interpreter_language,
    status: m.status,
    heldOn: m.held_on,
    parentParticipation: m.parent_participation,
    parentEfforts: m.parent_efforts,
    recommendation: (m.recommendation ?? null) as Recommendation | null,
    version: m.version,
    manageCase,
  };
}

export function toReviewRequest(r: {
  id: string;
  meeting_id: string;
  received_on: string;
  addressed_by: string | null;
}): ReviewRequest {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    receivedOn: r.received_on,
    addressedBy: r.addressed_by,
  };
}

/**
 * Reads one meeting inside an open records scope and logs the read: the notices module builds
 * meeting notices from it, and the IEP module links an IEP to the meeting that developed it.
 * NotFound when the actor holds no relationship to the student or the meeting is not theirs.
 */
export async function readMeeting(
  records: StudentRecords,
  studentId: string,
  meetingId: string,
  purpose: Purpose,
): Promise<MeetingDetail> {
  const grant = await records.grant(studentId, 'meeting', 'read', purpose);
  const { tx } = records;
  const meeting = await tx
    .selectFrom('meetings as m')
    .where('m.student_id', '=', studentId)
    .where('m.id', '=', meetingId)
    .select(meetingColumns)
    .executeTakeFirst();
  if (!meeting) throw new NotFoundError('meeting');
  const members = await tx
    .selectFrom('meeting_members')
    .where('meeting_id', '=', meetingId)
    .select(['id', 'full_name', 'role', 'attended', 'excusal'])
    .orderBy('position')
    .execute();
  const reviews = await tx
    .selectFrom('full_committee_review_requests')
    .where('meeting_id', '=', meetingId)
    .select(['id', 'meeting_id', 'received_on', 'addressed_by'])
    .orderBy('received_on')
    .execute();
  await records.log([studentId], 'meeting', 'read', purpose);
  return {
    ...toMeetingSummary(meeting, grant.abilities.manageCase),
    members: members.map((m) => ({
      id: m.id,
      fullName: m.full_name,
      role: m.role,
      attended: m.attended,
      excusal: m.excusal,
    })),
    requiredMembers: requiredMembers(meeting.committee).map((r) => ({
      id: r.id,
      label: r.label,
      roles: [...r.roles],
    })),
    reviewRequests: reviews.map(toReviewRequest),
  };
}
