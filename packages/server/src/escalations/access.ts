import type { Actor } from '../access/actor.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import type { StaffRole } from '../db/schema.ts';
import { ForbiddenError } from '../errors.ts';

/** Teachers, providers and SEITs implementing the IEP: those who see services start or stop. */
const implementingRoles: readonly StaffRole[] = ['teacher', 'provider', 'seit'];

/**
 * Who may file an escalation for a student. The guidance speaks to "a school" that "has not
 * received an IEP" or "has any questions or concerns about the delivery of related services [or]
 * SEIT services, e.g., services have not started, a provider has stopped seeing a child" (PREK,
 * Contact Information): the program leader of the student's site and the teachers, providers
 * and SEITs implementing the IEP, who see it first; and the committee's chairperson and district
 * administrators, who answer for the case. Paraprofessionals support the student under a
 * teacher or provider (PREK, Accessibility and Storage) and raise it with them; parents raise
 * concerns with the CPSE directly ("If a family has questions or concerns ... Contact the
 * Committee on Preschool Special Education").
 */
export function mayFileEscalation(actor: Actor, grant: StudentGrant): boolean {
  const r = grant.relationships;
  return (
    r.has('district-administrator') ||
    (r.has('committee') && actor.roles.includes('chairperson')) ||
    r.has('program-leader') ||
    (r.has('implementer') && actor.roles.some((role) => implementingRoles.includes(role)))
  );
}

/**
 * Who may resolve an escalation: the committee's chairperson and district administrators, who
 * answer for the case (abilities.manageCase), and the person who filed it.
 */
export function mayResolveEscalation(
  actor: Actor,
  grant: StudentGrant,
  escalation: { filed_by: string },
): boolean {
  return grant.abilities.manageCase || escalation.filed_by === actor.accountId;
}

/** The grant of an actor who may file for the student; anyone else is refused (403) and logged. */
export async function grantFiling(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<StudentGrant> {
  const grant = await records.grant(studentId, 'escalation', action, purpose);
  if (!mayFileEscalation(records.actor, grant)) {
    records.deny(studentId, 'escalation', action, purpose);
    throw new ForbiddenError(
      'You may view this student but not file an escalation. Ask the program leader, a teacher or provider of the student, or the committee’s chairperson.',
    );
  }
  return grant;
}

/** The district's escalation routes hold no student data: any staff member reads them. */
export function mayReadRoutes(actor: Actor): boolean {
  return actor.kind === 'staff';
}

/** District administrators set where each kind of escalation goes. */
export function mayChangeRoutes(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.roles.includes('district-admin');
}
