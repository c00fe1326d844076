import { recordCaseEvent } from '../timelines/case-events.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { readMeeting } from './get-meeting.ts';
import { grantMeetingChange } from './manage-case.ts';
import type { MeetingDetail, ScheduleMeetingInput } from './schemas.ts';

/**
 * Schedules a CSE, CPSE or subcommittee meeting with the people invited, and records the
 * `meeting-scheduled` case event (`meeting: 'iep'`) on the day it takes place: the records
 * request deadline counts to the day before it (timelines.md, records-inspection).
 */
export async function scheduleMeeting(
  call: Call,
  input: ScheduleMeetingInput & { studentId: string },
): Promise<MeetingDetail> {
  return withStudentRecords(call, async (records) => {
    await grantMeetingChange(records, input.studentId, 'create', 'schedule-meeting');
    const { tx } = records;
    const { id } = await tx
      .insertInto('meetings')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        committee: input.committee,
        purpose: input.purpose,
        scheduled_on: input.scheduledOn,
        scheduled_time: input.scheduledTime,
        place: input.place,
        interpreter_language: input.interpreterLanguage ?? null,
        held_on: null,
        parent_participation: null,
        parent_efforts: null,
        created_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.members.length > 0) {
      await tx
        .insertInto('meeting_members')
        .values(
          input.members.map((m, position) => ({
            district_id: call.actor.districtId,
            meeting_id: id,
            position,
            full_name: m.fullName,
            role: m.role,
            attended: null,
            excusal: null,
          })),
        )
        .execute();
    }
    await recordCaseEvent(records, {
      studentId: input.studentId,
      type: 'meeting-scheduled',
      on: input.scheduledOn,
      details: { meeting: 'iep' },
      source: 'meeting',
      sourceId: id,
    });
    await records.log([input.studentId], 'meeting', 'create', 'schedule-meeting');
    return readMeeting(records, input.studentId, id, 'schedule-meeting');
  });
}
