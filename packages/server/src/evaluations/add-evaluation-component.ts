import { withStudentRecords } from '../access/student-records.ts';
import { RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import {
  grantEvaluationChange,
  lockEvaluation,
  requireComponentConsent,
  requireComponentFitsAge,
} from './evaluation-gates.ts';
import { readEvaluation } from './get-evaluation.ts';
import type { ComponentInput, EvaluationDetail } from './schemas.ts';

/** Adds a component to an evaluation's plan, under the same consent rule as planning it. */
export async function addEvaluationComponent(
  call: Call,
  input: ComponentInput & { studentId: string; evaluationId: string },
): Promise<EvaluationDetail> {
  return withStudentRecords(call, async (records) => {
    await grantEvaluationChange(records, input.studentId, 'update', 'plan-evaluation');
    const evaluation = await lockEvaluation(records, input.studentId, input.evaluationId);
    if (evaluation.completed_on !== null) {
      throw new RefusedError(
        'This evaluation is complete. Plan a new evaluation (a reevaluation) for further assessments.',
        'PLAN, CSE referral process',
      );
    }
    await requireComponentFitsAge(records, input.studentId, [input.component], () => 'component');
    await requireComponentConsent(records, input.studentId, evaluation.kind, input.component);
    await records.tx
      .insertInto('evaluation_components')
      .values({
        district_id: call.actor.districtId,
        evaluation_id: input.evaluationId,
        component: input.component,
        evaluator: input.evaluator ?? null,
        appointment_on: null,
        report_on: null,
        summary: null,
      })
      .execute();
    await records.tx
      .updateTable('evaluations')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', input.evaluationId)
      .execute();
    await records.log([input.studentId], 'evaluation', 'update', 'plan-evaluation');
    return readEvaluation(records, input.studentId, input.evaluationId, 'plan-evaluation');
  });
}
