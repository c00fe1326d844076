import { componentFitsAge, componentNeedsConsent } from '@continuum/rules/programs/index.ts';
import type { EvaluationComponent } from '@continuum/rules/programs/index.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { requireConsent } from '../consent/require-consent.ts';
import { NotFoundError, RefusedError } from '../errors.ts';

/** The grant to change a student's evaluations: the committee's chairperson or an administrator. */
export async function grantEvaluationChange(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<void> {
  await records.grantCaseChange(
    studentId,
    'evaluation',
    action,
    purpose,
    'You may view this student but not change their evaluations.',
  );
}

/** An evaluation of this student, locked for the change about to be made, or NotFound. */
export async function lockEvaluation(records: StudentRecords, studentId: string, id: string) {
  const row = await records.tx
    .selectFrom('evaluations')
    .where('student_id', '=', studentId)
    .where('id', '=', id)
    .select(['id', 'kind', 'version', 'completed_on'])
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new NotFoundError('evaluation');
  return row;
}

/**
 * Refuses work on a component that needs the parent's consent before it exists: an initial
 * evaluation needs the granted `initial-evaluation` consent; a reevaluation the `reevaluation`
 * consent, or the parent's silence after the district's documented reasonable efforts (PSN,
 * Parental consent for reevaluations). Reviewing existing data and tests given to all
 * children need none (PSN, Other consent requirements).
 */
export async function requireComponentConsent(
  records: StudentRecords,
  studentId: string,
  kind: 'initial' | 'reevaluation',
  component: EvaluationComponent,
): Promise<void> {
  if (!componentNeedsConsent(component)) return;
  if (kind === 'initial') await requireConsent(records, studentId, 'initial-evaluation');
  else await requireConsent(records, studentId, 'reevaluation', { allowNoResponse: true });
}

/** Refuses a component that does not fit the student's age (a vocational assessment under 12). */
export async function requireComponentFitsAge(
  records: StudentRecords,
  studentId: string,
  components: readonly EvaluationComponent[],
  pathOf: (index: number) => string = (index) => `components.${index}.component`,
): Promise<void> {
  const student = await records.tx
    .selectFrom('students')
    .where('id', '=', studentId)
    .select('date_of_birth')
    .executeTakeFirstOrThrow();
  const index = components.findIndex(
    (c) => componentFitsAge(c, student.date_of_birth, records.asOf) !== null,
  );
  if (index < 0) return;
  throw new RefusedError(
    componentFitsAge(components[index]!, student.date_of_birth, records.asOf)!,
    '8 NYCRR 200.4(b)(6)(viii), via PLAN, CSE referral process',
    [{ path: pathOf(index), message: 'does not fit the student’s age' }],
  );
}
