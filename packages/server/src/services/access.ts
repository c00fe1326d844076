import type { StaffRole } from '../db/schema.ts';
import type { Actor } from '../access/actor.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';

/**
 * Who may log and void sessions of a student's services: the teachers, providers and SEITs
 * assigned to implement the IEP, for the parts they implement (PREK, Accessibility and
 * Storage: "responsible for implementing the IEP, either in whole or in part"), and district
 * administrators. Everyone with a relationship to the student reads the delivery (parents
 * too: it is their child's record). Computed here from the grant's relationships and the
 * actor's active assignments; the access policy itself is not changed.
 */

/** Staff roles that deliver services; a paraprofessional supports the student but logs none. */
const deliveringRoles: readonly StaffRole[] = ['teacher', 'provider', 'seit'];

/** An active assignment to implement a student's IEP, in whole or in part. */
export interface ActiveAssignment {
  iepId: string | null;
  wholeIep: boolean;
  services: readonly string[];
}

/** An assignment as stored (implementer_assignments). */
interface AssignmentRow {
  iep_id: string | null;
  whole_iep: boolean;
  services: string[];
  role: string;
}

/**
 * The assignments through which the actor logs sessions: those of a teacher, provider or SEIT,
 * other than a paraprofessional's.
 */
export function deliveringAssignments(
  actor: Actor,
  rows: readonly AssignmentRow[],
): ActiveAssignment[] {
  if (!actor.roles.some((r) => deliveringRoles.includes(r))) return [];
  return rows.filter((a) => a.role !== 'paraprofessional').map(assignmentOf);
}

export const assignmentOf = (a: AssignmentRow): ActiveAssignment => ({
  iepId: a.iep_id,
  wholeIep: a.whole_iep,
  services: a.services,
});

/** What a reader may log: any service (administrators), or the parts their assignments cover. */
export interface LogRights {
  administers: boolean;
  assignments: readonly ActiveAssignment[];
}

/** A service as coverage needs it: its IEP and service key. */
export interface CoveredService {
  iepId: string;
  key: string;
}

export interface DeliveryGrant extends LogRights {
  grant: StudentGrant;
}

/**
 * Whether the grant covers logging sessions of `service`: an administrator, or an active
 * assignment naming its IEP (or no IEP: assignments made before distribution) and the whole
 * IEP or the service's key.
 */
export function mayLog(rights: LogRights, service: CoveredService): boolean {
  return (
    rights.administers ||
    rights.assignments.some(
      (a) =>
        (a.iepId === null || a.iepId === service.iepId) &&
        (a.wholeIep || a.services.includes(service.key)),
    )
  );
}

/** The grant to read a student's service delivery (404 and a logged denial outside it). */
export async function grantDelivery(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<DeliveryGrant> {
  const grant = await records.grant(studentId, 'service-session', action, purpose);
  const { actor } = records;
  const rows =
    grant.relationships.has('implementer') && actor.staffId !== null
      ? await records.tx
          .selectFrom('implementer_assignments')
          .where('student_id', '=', studentId)
          .where('staff_id', '=', actor.staffId)
          .where('ended_at', 'is', null)
          .where('starts_on', '<=', records.asOf)
          .select(['iep_id', 'whole_iep', 'services', 'role'])
          .execute()
      : [];
  return {
    grant,
    administers: grant.relationships.has('district-administrator'),
    assignments: deliveringAssignments(actor, rows),
  };
}

/**
 * The grant to log or void sessions: as above, refused (403, logged) for someone who may read
 * the student's delivery but implements none of it.
 */
export async function grantDeliveryChange(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<DeliveryGrant> {
  const delivery = await grantDelivery(records, studentId, action, purpose);
  if (!delivery.administers && delivery.assignments.length === 0) {
    records.deny(studentId, 'service-session', action, purpose);
    throw new ForbiddenError(
      "You may view this student's services but not log them: the staff assigned to implement them and district administrators do.",
    );
  }
  return delivery;
}

/** Refuses (403, logged) a service the grant does not cover. */
export function requireCovers(
  records: StudentRecords,
  delivery: DeliveryGrant,
  service: CoveredService,
  action: AccessAction,
  purpose: Purpose,
): void {
  if (mayLog(delivery, service)) return;
  records.deny(delivery.grant.studentId, 'service-session', action, purpose);
  throw new ForbiddenError('You are not assigned to implement this service of the IEP.');
}
