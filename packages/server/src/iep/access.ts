import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';

/** What the actor may do with a student's IEPs. */
export interface IepGrant {
  /**
   * Drafts are the committee's work in progress: the committee (chairperson and members) and
   * district administrators read them. Parents, implementers, program leaders and the privacy
   * officer read the IEP once it is final (PREK, Accessibility and Storage: implementers get
   * the IEP before its recommendations start).
   */
  canReadDrafts: boolean;
  /** Start, save, finalize and amend; record services arranged and placement offered. */
  canManage: boolean;
}

/**
 * The actor's grant to read a student's IEPs (404 and a logged denial outside their grants).
 * `action`: a read, or a copy leaving the product (a print).
 */
export async function grantIepRead(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
  action: AccessAction = 'read',
): Promise<IepGrant> {
  const grant = await records.grant(studentId, 'iep', action, purpose);
  return {
    canReadDrafts:
      grant.relationships.has('committee') || grant.relationships.has('district-administrator'),
    canManage: grant.abilities.manageCase,
  };
}

/**
 * The grant to change a student's IEPs: the committee's chairperson or a district
 * administrator (abilities.manageCase); anyone else with a relationship is refused (403).
 */
export async function grantIepChange(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<IepGrant> {
  await records.grantCaseChange(
    studentId,
    'iep',
    action,
    purpose,
    'You may view this student but not change their IEP.',
  );
  return { canReadDrafts: true, canManage: true };
}
