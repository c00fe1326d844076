import { RuleInputError } from '@continuum/rules/calendar/index.ts';
import { parseCase } from '@continuum/rules/timelines/index.ts';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { recordCaseEvent } from './case-events.ts';
import { eventOwners, isManualEventType, manualSource } from './event-owners.ts';
import type { CaseEventInput } from './schemas.ts';

/** Where a rules-package field of the one-event case lands in the request body. */
function bodyPath(field: string): string {
  const match = /^events\[0\]\.?(.*)$/.exec(field);
  if (!match) return field === 'student.dateOfBirth' ? 'on' : field;
  const rest = match[1] ?? '';
  if (rest === '' || rest === 'type') return 'type';
  if (rest === 'date') return 'on';
  return `details.${rest.replace(/\[(\d+)\]/g, '.$1')}`;
}

/**
 * Records by hand an event that no module of the product records (event-owners.ts): the
 * first day of preschool eligibility, an ESY review period, a records request … The event's
 * extra fields are checked by the rules package as the timeline will read them. Events that a
 * module records (a consent, a meeting) are refused with the module's name: they are recorded
 * with the step itself, never typed in. The chairperson of the student's committee or a
 * district administrator records them.
 */
export async function recordManualEvent(
  call: Call,
  input: CaseEventInput & { studentId: string },
): Promise<{ id: string; type: string; on: string; details: Record<string, unknown> }> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    await records.grantCaseChange(
      studentId,
      'case-timeline',
      'create',
      'record-case-event',
      "Only the chairperson of the student's committee or a district administrator records case events.",
    );
    if (!isManualEventType(input.type)) {
      const owner = eventOwners[input.type] ?? 'another';
      throw new InvalidInputError([
        {
          path: 'type',
          message: `"${input.type}" is recorded by the ${owner} module with the step itself, not by hand`,
        },
      ]);
    }
    if (input.on > records.asOf) {
      throw new InvalidInputError([
        { path: 'on', message: 'must not be after today: record an event once it has happened' },
      ]);
    }
    const student = await records.tx
      .selectFrom('students')
      .where('id', '=', studentId)
      .select(['date_of_birth', 'level'])
      .executeTakeFirst();
    if (!student) throw new NotFoundError('student');
    const details = input.details ?? {};
    try {
      // The rules package checks the event exactly as the timeline will read it.
      parseCase({
        asOf: records.asOf,
        student: { dateOfBirth: student.date_of_birth, level: student.level },
        events: [{ ...details, type: input.type, date: input.on }],
      });
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      throw new InvalidInputError(
        error.issues.map((issue) => ({ path: bodyPath(issue.field), message: issue.message })),
      );
    }
    const id = await recordCaseEvent(records, {
      studentId,
      type: input.type,
      on: input.on,
      details,
      source: manualSource,
      sourceId: null,
    });
    await records.log([studentId], 'case-timeline', 'create', 'record-case-event');
    return { id, type: input.type, on: input.on, details };
  });
}
