import { componentNeedsConsent } from '@continuum/rules/programs/index.ts';
import type { EvaluationComponent } from '@continuum/rules/programs/index.ts';
import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import type { EvaluationDetail, EvaluationSummary, IeeRequestView } from './schemas.ts';

/** One evaluation with its components and the IEE requests that dispute it. */
export async function getEvaluation(
  call: Call,
  input: { studentId: string; evaluationId: string },
): Promise<EvaluationDetail> {
  return withStudentRecords(call, (records) =>
    readEvaluation(records, input.studentId, input.evaluationId, 'view-evaluations'),
  );
}

export const evaluationColumns = [
  'id',
  'student_id',
  'kind',
  'requested_on',
  'completed_on',
  'eligible',
  'classification',
  'eligibility_decided_on',
  'eligibility_meeting_id',
  'version',
] as const;

export function toEvaluationSummary(e: {
  id: string;
  student_id: string;
  kind: EvaluationSummary['kind'];
  requested_on: string | null;
  completed_on: string | null;
  eligible: boolean | null;
  classification: string | null;
  eligibility_decided_on: string | null;
  eligibility_meeting_id: string | null;
  version: number;
}): EvaluationSummary {
  return {
    id: e.id,
    studentId: e.student_id,
    kind: e.kind,
    requestedOn: e.requested_on,
    completedOn: e.completed_on,
    eligible: e.eligible,
    classification: e.classification,
    eligibilityDecidedOn: e.eligibility_decided_on,
    eligibilityMeetingId: e.eligibility_meeting_id,
    version: e.version,
  };
}

/** Calendar days from one date to another (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const ieeColumns = [
  'id',
  'evaluation_id',
  'received_on',
  'disagreement',
  'response',
  'responded_on',
  'version',
] as const;

/**
 * An IEE request as shown: how many days it has been open, to the district's response or,
 * while there is none, to today (the district must answer "without unnecessary delay": PSN,
 * Independent Educational Evaluations).
 */
export function toIeeRequest(
  r: {
    id: string;
    evaluation_id: string;
    received_on: string;
    disagreement: string | null;
    response: IeeRequestView['response'];
    responded_on: string | null;
    version: number;
  },
  asOf: string,
): IeeRequestView {
  return {
    id: r.id,
    evaluationId: r.evaluation_id,
    receivedOn: r.received_on,
    disagreement: r.disagreement,
    response: r.response,
    respondedOn: r.responded_on,
    daysOpen: Math.max(0, daysBetween(r.received_on, r.responded_on ?? asOf)),
    version: r.version,
  };
}

/** Reads one evaluation inside an open records scope and logs the read. */
export async function readEvaluation(
  records: StudentRecords,
  studentId: string,
  evaluationId: string,
  purpose: Purpose,
): Promise<EvaluationDetail> {
  const grant = await records.grant(studentId, 'evaluation', 'read', purpose);
  const { tx } = records;
  const evaluation = await tx
    .selectFrom('evaluations')
    .where('student_id', '=', studentId)
    .where('id', '=', evaluationId)
    .select(evaluationColumns)
    .executeTakeFirst();
  if (!evaluation) throw new NotFoundError('evaluation');
  const student = await tx
    .selectFrom('students')
    .where('id', '=', studentId)
    .select('level')
    .executeTakeFirstOrThrow();
  const components = await tx
    .selectFrom('evaluation_components')
    .where('evaluation_id', '=', evaluationId)
    .select([
      'id',
      'component',
      'evaluator',
      'status',
      'appointment_on',
      'report_on',
      'summary',
      'version',
    ])
    .orderBy('created_at')
    .orderBy('component')
    .execute();
  const iees = await tx
    .selectFrom('iee_requests')
    .where('evaluation_id', '=', evaluationId)
    .select(ieeColumns)
    .orderBy('received_on')
    .execute();
  await records.log([studentId], 'evaluation', 'read', purpose);
  return {
    ...toEvaluationSummary(evaluation),
    level: student.level,
    components: components.map((c) => ({
      id: c.id,
      component: c.component as EvaluationComponent,
      needsConsent: componentNeedsConsent(c.component as EvaluationComponent),
      evaluator: c.evaluator,
      status: c.status,
      appointmentOn: c.appointment_on,
      reportOn: c.report_on,
      summary: c.summary,
      version: c.version,
    })),
    ieeRequests: iees.map((r) => toIeeRequest(r, records.asOf)),
    manageCase: grant.abilities.manageCase,
  };
}
