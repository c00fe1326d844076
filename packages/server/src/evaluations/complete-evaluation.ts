import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import { grantEvaluationChange, lockEvaluation } from './evaluation-gates.ts';
import { readEvaluation } from './get-evaluation.ts';
import type { CompleteEvaluationInput, EvaluationDetail } from './schemas.ts';

/**
 * Records that an evaluation is finished: every component has its report or was cancelled.
 * Records the `evaluation-completed` case event (timelines.md, preschool-evaluation).
 */
export async function completeEvaluation(
  call: Call,
  input: CompleteEvaluationInput & { studentId: string; evaluationId: string },
): Promise<EvaluationDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    await grantEvaluationChange(records, input.studentId, 'update', 'record-evaluation-report');
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
    if (evaluation.completed_on !== null) {
      throw new RefusedError('This evaluation is already complete.', 'PLAN, CSE referral process');
    }
    const { tx } = records;
    const components = await tx
      .selectFrom('evaluation_components')
      .where('evaluation_id', '=', input.evaluationId)
      .select(['component', 'status', 'report_on'])
      .execute();
    const open = components.filter((c) => c.status === 'planned' || c.status === 'scheduled');
    if (open.length > 0 || !components.some((c) => c.status === 'completed')) {
      throw new RefusedError(
        open.length > 0
          ? `Components still without a report: ${open.map((c) => c.component).join(', ')}. Record each report, or cancel the component, first.`
          : 'No component has a report yet. Record at least one report first.',
        'PLAN, CSE referral process',
        [{ path: 'completedOn', message: 'components are still open' }],
      );
    }
    const lastReport = components.reduce<string | null>(
      (max, c) => (c.report_on !== null && (max === null || c.report_on > max) ? c.report_on : max),
      null,
    );
    if (lastReport !== null && input.completedOn < lastReport) {
      throw new RefusedError(
        'An evaluation is complete on or after the date of its last report.',
        'PLAN, CSE referral process',
        [{ path: 'completedOn', message: 'is before the last report' }],
      );
    }
    await tx
      .updateTable('evaluations')
      .set((eb) => ({
        completed_on: input.completedOn,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.evaluationId)
      .execute();
    await recordCaseEvent(records, {
      studentId: input.studentId,
      type: 'evaluation-completed',
      on: input.completedOn,
      field: 'completedOn',
      source: 'evaluation',
      sourceId: input.evaluationId,
    });
    await records.log([input.studentId], 'evaluation', 'update', 'record-evaluation-report');
    return {
      updated: await readEvaluation(
        records,
        input.studentId,
        input.evaluationId,
        'record-evaluation-report',
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
