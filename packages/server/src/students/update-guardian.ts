import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import type { StudentDetail, UpdateGuardianInput } from './schemas.ts';
import { readStudent } from './get-student.ts';

/**
 * Changes a guardian's contact details and their relation to this student, including a limit
 * on their authority to make educational decisions (a court order, guardianship, separation or
 * divorce: 34 CFR 300.613(c)). The guardian's version guards against silent overwrites.
 */
export async function updateGuardian(
  call: Call,
  input: UpdateGuardianInput & { studentId: string; guardianId: string },
): Promise<StudentDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'guardians', 'update', 'edit-guardian');
    if (!grant.abilities.editGuardians) {
      records.deny(input.studentId, 'guardians', 'update', 'edit-guardian');
      throw new ForbiddenError('You may view this student but not change their guardians.');
    }
    const { tx } = records;
    const link = await tx
      .selectFrom('student_guardians')
      .where('student_id', '=', input.studentId)
      .where('guardian_id', '=', input.guardianId)
      .select('guardian_id')
      .executeTakeFirst();
    if (!link) throw new NotFoundError('guardian');
    const updated = await tx
      .updateTable('guardians')
      .set((eb) => ({
        ...(input.fullName !== undefined && { full_name: input.fullName }),
        ...(input.email !== undefined && { email: input.email?.toLowerCase() ?? null }),
        ...(input.phone !== undefined && { phone: input.phone }),
        ...(input.address !== undefined && { address: input.address }),
        ...(input.preferredLanguage !== undefined && {
          preferred_language: input.preferredLanguage,
        }),
        ...(input.noticeDelivery !== undefined && { notice_delivery: input.noticeDelivery }),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.guardianId)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated)
      return {
        conflict: await readStudent(records, input.studentId, 'show-current-after-conflict'),
      };
    if (
      input.relationship !== undefined ||
      input.educationalAuthority !== undefined ||
      input.authorityLimit !== undefined
    ) {
      await tx
        .updateTable('student_guardians')
        .set({
          ...(input.relationship !== undefined && { relationship: input.relationship }),
          ...(input.educationalAuthority !== undefined && {
            educational_authority: input.educationalAuthority,
          }),
          ...(input.authorityLimit !== undefined && { authority_limit: input.authorityLimit }),
        })
        .where('student_id', '=', input.studentId)
        .where('guardian_id', '=', input.guardianId)
        .execute();
    }
    await records.log([input.studentId], 'guardians', 'update', 'edit-guardian');
    return { updated: await readStudent(records, input.studentId, 'edit-guardian') };
  });
  if ('conflict' in outcome) {
    throw new ConflictError(
      'Someone else changed this guardian since you opened it. Review the current record and try again.',
      outcome.conflict,
    );
  }
  return outcome.updated;
}
