import type { EvaluationComponent } from '@continuum/rules/programs/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent, refuseFutureDates, voidCaseEvents } from '../timelines/case-events.ts';
import {
  grantEvaluationChange,
  lockEvaluation,
  requireComponentConsent,
} from './evaluation-gates.ts';
import { readEvaluation } from './get-evaluation.ts';
import type { EvaluationDetail, UpdateComponentInput } from './schemas.ts';

/**
 * Records a component's progress: its evaluator, status, appointment, report date and summary.
 * An appointment or a report on a component that needs consent is refused until the parent's
 * consent exists (PSN, Parental consent). For a preschool child's initial evaluation, the
 * earliest appointment is the `first-evaluation-appointment` case event (timelines.md,
 * preschool-evaluation); when appointments change it is recorded again.
 */
export async function updateEvaluationComponent(
  call: Call,
  input: UpdateComponentInput & { studentId: string; evaluationId: string; componentId: string },
): Promise<EvaluationDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    await grantEvaluationChange(records, input.studentId, 'update', 'record-evaluation-report');
    // A report is dated the day it was written; appointments may be scheduled ahead.
    refuseFutureDates(records, { reportOn: input.reportOn });
    const evaluation = await lockEvaluation(records, input.studentId, input.evaluationId);
    const { tx } = records;
    const component = await tx
      .selectFrom('evaluation_components')
      .where('evaluation_id', '=', input.evaluationId)
      .where('id', '=', input.componentId)
      .select(['component', 'version', 'status', 'report_on'])
      .executeTakeFirst();
    if (!component) throw new NotFoundError('evaluation component');
    if (component.version !== input.version) {
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
      throw new RefusedError(
        'This evaluation is complete; its reports are part of the record. Plan a reevaluation for new assessments.',
        'PLAN, CSE referral process',
      );
    }
    const doesWork =
      Boolean(input.appointmentOn) ||
      Boolean(input.reportOn) ||
      Boolean(input.summary) ||
      input.status === 'scheduled' ||
      input.status === 'completed';
    if (doesWork) {
      await requireComponentConsent(
        records,
        input.studentId,
        evaluation.kind,
        component.component as EvaluationComponent,
      );
    }
    const status = input.status ?? component.status;
    const reportOn = input.reportOn !== undefined ? input.reportOn : component.report_on;
    if (status === 'completed' && reportOn === null) {
      throw new RefusedError(
        'A completed component needs its report date.',
        'PLAN, CSE referral process',
        [{ path: 'reportOn', message: 'is required while the component is completed' }],
      );
    }
    await tx
      .updateTable('evaluation_components')
      .set((eb) => ({
        ...(input.evaluator !== undefined && { evaluator: input.evaluator }),
        ...(input.status !== undefined && { status: input.status }),
        ...(input.appointmentOn !== undefined && { appointment_on: input.appointmentOn }),
        ...(input.reportOn !== undefined && { report_on: input.reportOn }),
        ...(input.summary !== undefined && { summary: input.summary }),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.componentId)
      .execute();
    if (input.appointmentOn !== undefined && evaluation.kind === 'initial') {
      await recordFirstAppointment(records, input.studentId, input.evaluationId);
    }
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
      'Someone else changed this component since you opened it. Review the current record and try again.',
      outcome.conflict,
    );
  }
  return outcome.updated;
}

/** The preschool child's first evaluation appointment: the earliest of the components'. */
async function recordFirstAppointment(
  records: StudentRecords,
  studentId: string,
  evaluationId: string,
): Promise<void> {
  const student = await records.tx
    .selectFrom('students')
    .where('id', '=', studentId)
    .select('level')
    .executeTakeFirstOrThrow();
  if (student.level !== 'preschool') return;
  const first = await records.tx
    .selectFrom('evaluation_components')
    .where('evaluation_id', '=', evaluationId)
    .where('appointment_on', 'is not', null)
    .where('status', '<>', 'cancelled')
    .select((eb) => eb.fn.min('appointment_on').as('on'))
    .executeTakeFirst();
  const recorded = await records.tx
    .selectFrom('case_events')
    .where('source', '=', 'evaluation-appointment')
    .where('source_id', '=', evaluationId)
    .where('voided_at', 'is', null)
    .select('occurred_on')
    .executeTakeFirst();
  const on = first?.on ?? null;
  if ((recorded?.occurred_on ?? null) === on) return;
  const source = { source: 'evaluation-appointment', sourceId: evaluationId };
  if (recorded) await voidCaseEvents(records, studentId, source, 'the first appointment changed');
  if (on !== null) {
    await recordCaseEvent(records, {
      studentId,
      type: 'first-evaluation-appointment',
      on,
      ...source,
    });
  }
}
