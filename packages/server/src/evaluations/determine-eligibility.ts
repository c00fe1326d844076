import {
  DISABILITY_CLASSIFICATIONS,
  DISABILITY_CLASSIFICATIONS_CITATION,
} from '@continuum/rules/programs/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, InvalidInputError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { grantEvaluationChange, lockEvaluation } from './evaluation-gates.ts';
import { readEvaluation } from './get-evaluation.ts';
import type { EligibilityInput, EvaluationDetail } from './schemas.ts';

/**
 * Records the committee's eligibility decision on an evaluation: eligible with a
 * classification (a preschool child is "preschool student with a disability": PLAN, Disability
 * by Type and Age), or not eligible; linked to the committee meeting that decided it.
 */
export async function determineEligibility(
  call: Call,
  input: EligibilityInput & { studentId: string; evaluationId: string },
): Promise<EvaluationDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    await grantEvaluationChange(records, input.studentId, 'update', 'determine-eligibility');
    const evaluation = await lockEvaluation(records, input.studentId, input.evaluationId);
    if (evaluation.version !== input.version) {
      return {
        conflict: await readEvaluation(
          records,
          input.studentId,
          input.evaluationId,
          'show-current-after-conflict',
        ),
      };
    }
    const { tx } = records;
    if (evaluation.completed_on === null) {
      throw new RefusedError(
        'Eligibility is decided on a completed evaluation. Record the evaluation as complete first.',
        'PLAN, CSE referral process',
      );
    }
    const student = await tx
      .selectFrom('students')
      .where('id', '=', input.studentId)
      .select('level')
      .executeTakeFirstOrThrow();
    if (input.classification) {
      const level = DISABILITY_CLASSIFICATIONS.find((c) => c.id === input.classification)?.level;
      if (level !== student.level) {
        throw new RefusedError(
          student.level === 'preschool'
            ? 'A preschool child found eligible is classified as a preschool student with a disability.'
            : 'A school-age student is classified by the type of disability, not as a preschool student with a disability.',
          DISABILITY_CLASSIFICATIONS_CITATION,
          [{ path: 'classification', message: 'does not fit the student’s level' }],
        );
      }
    }
    if (input.meetingId) {
      const meeting = await tx
        .selectFrom('meetings')
        .where('student_id', '=', input.studentId)
        .where('id', '=', input.meetingId)
        .select('id')
        .executeTakeFirst();
      if (!meeting)
        throw new InvalidInputError([
          { path: 'meetingId', message: 'is not a meeting of this student' },
        ]);
    }
    await tx
      .updateTable('evaluations')
      .set((eb) => ({
        eligible: input.eligible,
        classification: input.eligible ? (input.classification ?? null) : null,
        eligibility_decided_on: input.decidedOn,
        eligibility_meeting_id: input.meetingId ?? null,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.evaluationId)
      .execute();
    if (input.eligible && input.classification) {
      // The student's profile carries the classification the committee decided, so the
      // student page, the lists and the plan's tables count it (PLAN, Disability by type and age).
      await tx
        .updateTable('students')
        .set((eb) => ({
          classification: input.classification,
          version: eb('version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', input.studentId)
        .execute();
      await records.log([input.studentId], 'student-profile', 'update', 'determine-eligibility');
    }
    await records.log([input.studentId], 'evaluation', 'update', 'determine-eligibility');
    return {
      updated: await readEvaluation(
        records,
        input.studentId,
        input.evaluationId,
        'determine-eligibility',
      ),
    };
  });
  if ('conflict' in outcome) {
    throw new ConflictError(
      'Someone else changed this evaluation since you opened it. Review the current record and try again.',
      outcome.conflict,
    );
  }
  return outcome.updated;
}
