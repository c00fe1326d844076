import { distribution } from '@continuum/rules';
import type { Actor } from '../access/actor.ts';
import type { StudentGrant } from '../access/student-records.ts';
import type { AssignmentRow } from './present.ts';

/** An assignment that has not ended (it may start later). */
export const isCurrent = (a: Pick<AssignmentRow, 'ended_at'>) => a.ended_at === null;

/** A current assignment that gives its holder the IEP today (access/policy.ts, 'implementer'). */
export const givesAccess = (a: Pick<AssignmentRow, 'ended_at' | 'starts_on'>, asOf: string) =>
  isCurrent(a) && a.starts_on <= asOf;

/**
 * The current assignments the actor may record a review with (PREK, Accessibility and Storage):
 * "the preschool program leader ... or designee must review the IEP with each classroom teacher,
 * related service provider ... or other provider"; "the classroom teacher or other provider ...
 * is responsible for reviewing the IEP with the paraprofessional(s)". A teacher or provider
 * reviews with paraprofessionals while they implement the IEP themselves.
 */
export function reviewableAssignments(
  grant: StudentGrant,
  actor: Actor,
  assignments: readonly AssignmentRow[],
  asOf: string,
): AssignmentRow[] {
  if (!grant.abilities.recordReviews) return [];
  const leads =
    grant.relationships.has('program-leader') || grant.relationships.has('leader-designee');
  const teaches = assignments.some(
    (a) => a.staff_id === actor.staffId && a.role !== 'paraprofessional' && givesAccess(a, asOf),
  );
  return assignments.filter(
    (a) =>
      isCurrent(a) &&
      (distribution.reviewKindFor(a.role) === 'leader-with-implementer' ? leads : teaches),
  );
}

/** The teachers and providers implementing the IEP now: whom a paraprofessional may ask. */
export function reviewingTeachers(assignments: readonly AssignmentRow[], asOf: string) {
  const seen = new Map<string, string>();
  for (const a of assignments) {
    if (a.role !== 'paraprofessional' && givesAccess(a, asOf)) seen.set(a.staff_id, a.staff_name);
  }
  return [...seen].map(([staffId, name]) => ({ staffId, name }));
}
