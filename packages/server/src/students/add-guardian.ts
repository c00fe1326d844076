import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';
import type { GuardianInput, StudentDetail } from './schemas.ts';
import { readStudent } from './get-student.ts';

/**
 * Records a parent or guardian of a student. Their authority to make educational decisions is
 * presumed unless a limit (guardianship, separation, divorce, a court order) is recorded
 * (34 CFR 300.613(c)).
 */
export async function addGuardian(
  call: Call,
  input: GuardianInput & { studentId: string },
): Promise<StudentDetail> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'guardians', 'create', 'add-guardian');
    if (!grant.abilities.editGuardians) {
      records.deny(input.studentId, 'guardians', 'create', 'add-guardian');
      throw new ForbiddenError('You may view this student but not change their guardians.');
    }
    const { id } = await records.tx
      .insertInto('guardians')
      .values({
        district_id: call.actor.districtId,
        full_name: input.fullName,
        email: input.email?.toLowerCase() ?? null,
        phone: input.phone ?? null,
        address: input.address ?? null,
        ...(input.preferredLanguage !== undefined && {
          preferred_language: input.preferredLanguage,
        }),
        ...(input.noticeDelivery !== undefined && { notice_delivery: input.noticeDelivery }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await records.tx
      .insertInto('student_guardians')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        guardian_id: id,
        relationship: input.relationship,
        educational_authority: input.educationalAuthority ?? true,
        authority_limit: input.authorityLimit ?? null,
      })
      .execute();
    await records.log([input.studentId], 'guardians', 'create', 'add-guardian');
    return readStudent(records, input.studentId, 'add-guardian');
  });
}
