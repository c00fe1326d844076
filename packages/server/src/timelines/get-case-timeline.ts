import type { Call } from '../http/call.ts';
import { withStudentRecords, type StudentRecords } from '../access/student-records.ts';
import type { Purpose } from '../access/access-log.ts';
import { NotFoundError } from '../errors.ts';
import { deriveDeadlines, loadTimelineBasis } from './derive-deadlines.ts';
import { manualEventTypes } from './event-owners.ts';
import { problemOf } from './present.ts';
import type { CaseEventView, CaseTimeline } from './schemas.ts';

/**
 * A student's case timeline: every event (who recorded it and when; voided ones marked, with
 * who voided them and why) and every deadline and check the rules engine derives from the
 * events that stand. Anyone with a relationship to the student reads it; the read is logged.
 */
export async function getCaseTimeline(
  call: Call,
  input: { studentId: string },
): Promise<CaseTimeline> {
  return withStudentRecords(call, (records) =>
    readCaseTimeline(records, input.studentId, 'view-case-timeline'),
  );
}

/** Reads and logs a case timeline inside an open records scope (the writes show it after). */
export async function readCaseTimeline(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<CaseTimeline> {
  const grant = await records.grant(studentId, 'case-timeline', 'read', purpose);
  const student = await records.tx
    .selectFrom('students')
    .where('id', '=', studentId)
    .select(['date_of_birth', 'level', 'legal_first_name', 'legal_last_name', 'preferred_name'])
    .executeTakeFirst();
  if (!student) throw new NotFoundError('student');
  const rows = await records.tx
    .selectFrom('case_events as ce')
    .leftJoin('staff as rs', (j) =>
      j
        .onRef('rs.district_id', '=', 'ce.district_id')
        .onRef('rs.account_id', '=', 'ce.recorded_by'),
    )
    .leftJoin('staff as vs', (j) =>
      j.onRef('vs.district_id', '=', 'ce.district_id').onRef('vs.account_id', '=', 'ce.voided_by'),
    )
    .where('ce.student_id', '=', studentId)
    .select([
      'ce.id',
      'ce.student_id',
      'ce.type',
      'ce.occurred_on',
      'ce.details',
      'ce.source',
      'ce.recorded_at',
      'ce.voided_at',
      'ce.void_reason',
      'rs.full_name as recorded_by_name',
      'vs.full_name as voided_by_name',
    ])
    .orderBy('ce.occurred_on')
    .orderBy('ce.recorded_at')
    .execute();
  const basis = await loadTimelineBasis(records);
  const derived = deriveDeadlines(basis, {
    dateOfBirth: student.date_of_birth,
    level: student.level,
    events: rows.filter((r) => r.voided_at === null),
  });
  await records.log([studentId], 'case-timeline', 'read', purpose);
  return {
    studentId,
    studentName: `${student.preferred_name ?? student.legal_first_name} ${student.legal_last_name}`,
    asOf: basis.asOf,
    profile: basis.profile,
    calendarName: basis.calendar.ok ? basis.calendar.name : null,
    events: rows.map((r): CaseEventView => ({
      id: r.id,
      type: r.type,
      on: r.occurred_on,
      details: r.details,
      source: r.source,
      recordedBy: r.recorded_by_name ?? 'unknown account',
      recordedAt: new Date(r.recorded_at).toISOString(),
      voided: r.voided_at
        ? {
            at: new Date(r.voided_at).toISOString(),
            by: r.voided_by_name ?? 'unknown account',
            reason: r.void_reason,
          }
        : null,
    })),
    deadlines: derived.ok ? derived.deadlines.map((d) => d.view) : [],
    problem: problemOf(derived),
    manageCase: grant.abilities.manageCase,
    manualEventTypes: [...manualEventTypes],
  };
}
