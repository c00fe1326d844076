import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import {
  grantEvaluationChange,
  requireComponentConsent,
  requireComponentFitsAge,
} from './evaluation-gates.ts';
import { readEvaluation } from './get-evaluation.ts';
import type { EvaluationDetail, PlanEvaluationInput } from './schemas.ts';

/**
 * Plans an initial evaluation or a reevaluation with its components. Components that need the
 * parent's consent are refused until it exists (see requireComponentConsent); a reevaluation
 * records the `reevaluation-requested` case event on the day the request was received.
 */
export async function planEvaluation(
  call: Call,
  input: PlanEvaluationInput & { studentId: string },
): Promise<EvaluationDetail> {
  return withStudentRecords(call, async (records) => {
    await grantEvaluationChange(records, input.studentId, 'create', 'plan-evaluation');
    await requireComponentFitsAge(
      records,
      input.studentId,
      input.components.map((c) => c.component),
    );
    for (const c of input.components) {
      await requireComponentConsent(records, input.studentId, input.kind, c.component);
    }
    const { tx } = records;
    const { id } = await tx
      .insertInto('evaluations')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        kind: input.kind,
        requested_on: input.kind === 'reevaluation' ? (input.requestedOn ?? null) : null,
        completed_on: null,
        eligible: null,
        classification: null,
        eligibility_decided_on: null,
        eligibility_meeting_id: null,
        created_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('evaluation_components')
      .values(
        input.components.map((c) => ({
          district_id: call.actor.districtId,
          evaluation_id: id,
          component: c.component,
          evaluator: c.evaluator ?? null,
          appointment_on: null,
          report_on: null,
          summary: null,
        })),
      )
      .execute();
    if (input.kind === 'reevaluation' && input.requestedOn) {
      await recordCaseEvent(records, {
        studentId: input.studentId,
        type: 'reevaluation-requested',
        on: input.requestedOn,
        field: 'requestedOn',
        source: 'evaluation',
        sourceId: id,
      });
    }
    await records.log([input.studentId], 'evaluation', 'create', 'plan-evaluation');
    return readEvaluation(records, input.studentId, id, 'plan-evaluation');
  });
}
