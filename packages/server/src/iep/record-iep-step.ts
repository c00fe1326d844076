import type { EventType } from '@continuum/rules/timelines/index.ts';
import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { ConflictError, RefusedError } from '../errors.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import { grantIepChange } from './access.ts';
import { loadIep, loadVersions, presentVersion, studentFacts } from './present.ts';
import type { IepVersionView } from './schemas.ts';

/**
 * The shared path of the steps recorded on a final IEP (services arranged, placement offered):
 * the chairperson's grant, the IEP's version in effect, and the case event once per version.
 * `check` refuses the step when the law does not allow it now.
 */
export async function recordIepStep(
  records: StudentRecords,
  input: { studentId: string; iepId: string; on: string },
  step: { type: EventType; purpose: Purpose; check: (final: IepVersionView) => Promise<void> },
): Promise<IepVersionView> {
  await grantIepChange(records, input.studentId, 'update', step.purpose);
  await loadIep(records, input.studentId, input.iepId);
  const { level } = await studentFacts(records, input.studentId);
  const [latest] = await loadVersions(records, input.iepId);
  if (!latest || latest.status !== 'final') {
    throw new RefusedError(
      'This step is recorded on the IEP in effect: finalize the IEP first (a superseded IEP is no longer in effect).',
      'PLAN, CSE referral process',
      [{ path: 'iepId', message: 'must be an IEP in effect (final)' }],
    );
  }
  const final = presentVersion(latest, level);
  await step.check(final);
  const earlier = await records.tx
    .selectFrom('case_events')
    .where('student_id', '=', input.studentId)
    .where('type', '=', step.type)
    .where('source', '=', 'iep-version')
    .where('source_id', '=', final.id)
    .where('voided_at', 'is', null)
    .select('occurred_on')
    .executeTakeFirst();
  if (earlier) {
    throw new ConflictError(
      `This step was already recorded for this IEP version on ${earlier.occurred_on}.`,
      final,
    );
  }
  await recordCaseEvent(records, {
    studentId: input.studentId,
    type: step.type,
    on: input.on,
    source: 'iep-version',
    sourceId: final.id,
  });
  await records.log([input.studentId], 'iep', 'update', step.purpose);
  return final;
}
