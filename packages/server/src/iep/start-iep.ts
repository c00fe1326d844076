import { iep as iepRules, programs } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { grantIepChange } from './access.ts';
import { meetingDateOf } from './meeting-link.ts';
import { readIep, studentFacts } from './present.ts';
import type { IepDetail, StartIepInput } from './schemas.ts';

/**
 * Starts a new IEP for the student: version 1, an empty draft (with the student's recorded
 * classification, when it is one of the catalog's for their level), developed by the CSE for
 * a school-age student and the CPSE for a preschool child.
 */
export async function startIep(
  call: Call,
  input: StartIepInput & { studentId: string },
): Promise<IepDetail> {
  return withStudentRecords(call, async (records) => {
    const grant = await grantIepChange(records, input.studentId, 'create', 'start-iep-draft');
    const student = await studentFacts(records, input.studentId);
    const meetingDate = await meetingDateOf(records, input.studentId, input.meetingId);
    const content = iepRules.emptyIepContent();
    const known = programs.DISABILITY_CLASSIFICATIONS.find(
      (c) => c.id === student.classification && c.level === student.level,
    );
    content.classification = known?.id ?? null;
    const { districtId, accountId } = call.actor;
    const iep = await records.tx
      .insertInto('ieps')
      .values({
        district_id: districtId,
        student_id: input.studentId,
        committee: student.level === 'preschool' ? 'cpse' : 'cse',
        created_by: accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await records.tx
      .insertInto('iep_versions')
      .values({
        district_id: districtId,
        iep_id: iep.id,
        student_id: input.studentId,
        number: 1,
        status: 'draft',
        content: JSON.stringify(content),
        meeting_id: input.meetingId ?? null,
        meeting_date: meetingDate,
        saved_by: accountId,
        created_by: accountId,
      })
      .execute();
    await records.log([input.studentId], 'iep', 'create', 'start-iep-draft');
    return readIep(records, input.studentId, iep.id, grant);
  });
}
