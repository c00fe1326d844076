import {
  NO_LONGER_NEEDED_NOTICE,
  PERMANENT_RECORD_FIELDS,
} from '@continuum/rules/records/index.ts';
import type { PermanentRecordField } from '@continuum/rules/records/index.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { readStudentName } from '../records-requests/present.ts';
import { mayRunDestruction } from './access.ts';
import { handlesRecordRights, isParentOf } from '../records-requests/access.ts';
import { caseRow, destructionCheck } from './check.ts';
import type { DestructionCaseView, DestructionDone } from './schemas.ts';

/** The child's destruction case as the reader sees it, with what stops it today. */
export async function destructionCaseOf(
  records: StudentRecords,
  grant: StudentGrant,
  studentId: string,
): Promise<DestructionCaseView> {
  const { tx } = records;
  const studentName = await readStudentName(tx, studentId);
  const row = await caseRow(tx, studentId);
  const guardianName = async (id: string | null | undefined) =>
    id
      ? ((
          await tx
            .selectFrom('guardians')
            .where('id', '=', id)
            .select('full_name')
            .executeTakeFirst()
        )?.full_name ?? null)
      : null;
  const outbox = row?.notice_outbox_id
    ? await tx
        .selectFrom('email_outbox')
        .where('id', '=', row.notice_outbox_id)
        .select('status')
        .executeTakeFirst()
    : undefined;
  const mayHandle = handlesRecordRights(grant);
  const guardians = mayHandle
    ? await tx
        .selectFrom('student_guardians as sg')
        .innerJoin('guardians as g', (j) =>
          j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
        )
        .where('sg.student_id', '=', studentId)
        .select(['g.id', 'g.full_name as name', 'g.email'])
        .orderBy('g.full_name')
        .execute()
    : [];
  const check = await destructionCheck(records, studentId, row);
  return {
    studentId,
    studentName,
    asOf: records.asOf,
    informedOn: row?.informed_on ?? null,
    informedHow: row?.informed_how ?? null,
    informedGuardianName: await guardianName(row?.informed_guardian_id),
    noticeEmailStatus: outbox?.status ?? null,
    requestedOn: row?.requested_on ?? null,
    requestChannel: row?.request_channel ?? null,
    requester: row?.requester_kind ?? null,
    requesterName: await guardianName(row?.requester_guardian_id),
    blocker: check.allowed ? null : { message: check.message, citation: check.citation },
    guardians: guardians.map((g) => ({ id: g.id, name: g.name, hasEmail: g.email !== null })),
    noticeElements: [...NO_LONGER_NEEDED_NOTICE],
    mayRequest: isParentOf(grant),
    mayHandle,
    mayRun: mayRunDestruction(grant),
  };
}

/** The permanent record's items the product keeps: the others are the information system's. */
const held: readonly PermanentRecordField[] = [
  'name',
  'address',
  'phone-number',
  'grade-level-completed',
  'year-completed',
];
export const notHeld = PERMANENT_RECORD_FIELDS.filter((f) => !held.includes(f));

/** The district's destructions with their permanent records (`d` and `p`), newest first. */
export function destroyedRows(records: StudentRecords) {
  return records.tx
    .selectFrom('record_destructions as d')
    .innerJoin('permanent_records as p', (j) =>
      j.onRef('p.district_id', '=', 'd.district_id').onRef('p.destruction_id', '=', 'd.id'),
    )
    .where('d.status', '=', 'done')
    .select([
      'd.id',
      'd.student_id',
      'd.informed_on',
      'd.requested_on',
      'd.requester_kind',
      'd.finished_at',
      'p.first_name',
      'p.last_name',
      'p.address',
      'p.phone_number',
      'p.grade_level_completed',
      'p.year_completed',
    ])
    .orderBy('d.finished_at', 'desc');
}
type DestroyedRow = Awaited<ReturnType<ReturnType<typeof destroyedRows>['execute']>>[number];

export function toDestructionDone(r: DestroyedRow): DestructionDone {
  return {
    studentId: r.student_id,
    destructionId: r.id,
    informedOn: r.informed_on,
    requestedOn: r.requested_on,
    requester: r.requester_kind,
    destroyedAt: new Date(r.finished_at ?? 0).toISOString(),
    permanentRecord: {
      firstName: r.first_name,
      lastName: r.last_name,
      address: r.address,
      phoneNumber: r.phone_number,
      gradeLevelCompleted: r.grade_level_completed,
      yearCompleted: r.year_completed,
    },
    notHeld: [...notHeld],
  };
}
