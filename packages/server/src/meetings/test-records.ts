import type { Database } from '../db/database.ts';
import type { MeetingRole } from '@continuum/rules/programs/index.ts';

/** Meetings inserted directly for tests and the access matrix (bypassing row-level security). */

/** Every member a CSE meeting needs, by role (rules package, committee membership). */
export const fullCseMembers: { fullName: string; role: MeetingRole }[] = [
  { fullName: 'Chair Person', role: 'chairperson' },
  { fullName: 'Gen Ed Teacher', role: 'general-education-teacher' },
  { fullName: 'Spec Ed Teacher', role: 'special-education-teacher' },
  { fullName: 'School Psychologist', role: 'school-psychologist' },
  { fullName: 'Parent Member', role: 'parent-member' },
];

/** A scheduled meeting of the committee with the full CSE's members; `held` records it held. */
export async function insertMeeting(
  database: Database,
  studentId: string,
  options: { committee?: 'cse' | 'cpse' | 'subcommittee'; held?: boolean } = {},
): Promise<{ meetingId: string; memberIds: string[] }> {
  const student = await database.db
    .selectFrom('students')
    .where('id', '=', studentId)
    .select('district_id')
    .executeTakeFirstOrThrow();
  const districtId = student.district_id;
  const account = await database.db
    .selectFrom('accounts')
    .where('district_id', '=', districtId)
    .select('id')
    .executeTakeFirst();
  const meeting = await database.db
    .insertInto('meetings')
    .values({
      district_id: districtId,
      student_id: studentId,
      committee: options.committee ?? 'cse',
      purpose: 'initial',
      scheduled_on: '2026-10-20',
      scheduled_time: '09:30',
      place: 'Room 101',
      interpreter_language: null,
      ...(options.held && { status: 'held' as const }),
      held_on: options.held ? '2026-10-20' : null,
      parent_participation: options.held ? 'in-person' : null,
      parent_efforts: null,
      created_by: account?.id ?? '00000000-0000-4000-8000-000000000001',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members = await database.db
    .insertInto('meeting_members')
    .values(
      fullCseMembers.map((m, position) => ({
        district_id: districtId,
        meeting_id: meeting.id,
        position,
        full_name: m.fullName,
        role: m.role,
        attended: options.held ? true : null,
        excusal: null,
      })),
    )
    .returning('id')
    .execute();
  return { meetingId: meeting.id, memberIds: members.map((m) => m.id) };
}
