/**
 * Who may implement an IEP, and in which capacity (PREK, Accessibility and Storage): "all staff
 * who are responsible for implementing the IEP, either in whole or in part": the classroom
 * teacher, a related service provider (occupational, speech, physical therapist), the special
 * education itinerant teacher (SEIT), another provider as appropriate, and the
 * paraprofessionals who give individual or group support.
 */

export const IMPLEMENTER_ROLES = [
  'classroom-teacher',
  'related-service-provider',
  'seit',
  'paraprofessional',
  'other-provider',
] as const;
export type ImplementerRole = (typeof IMPLEMENTER_ROLES)[number];

/** The staff roles of the directory that can hold an implementer role. */
export type ImplementingStaffRole = 'teacher' | 'provider' | 'seit' | 'paraprofessional';

export const IMPLEMENTERS_CITATION = 'PREK, Accessibility and Storage';

/**
 * The staff roles that qualify a person for each implementer role. "Other provider as
 * appropriate" is read as any teacher, provider or SEIT: the guidance names it beside them,
 * never beside paraprofessionals, who support the student under a teacher or provider.
 */
export const QUALIFYING_STAFF_ROLES: Record<ImplementerRole, readonly ImplementingStaffRole[]> = {
  'classroom-teacher': ['teacher'],
  'related-service-provider': ['provider'],
  seit: ['seit'],
  paraprofessional: ['paraprofessional'],
  'other-provider': ['teacher', 'provider', 'seit'],
};

/** Whether a staff member with these directory roles may implement an IEP as `role`. */
export function mayImplementAs(role: ImplementerRole, staffRoles: readonly string[]): boolean {
  return QUALIFYING_STAFF_ROLES[role].some((r) => staffRoles.includes(r));
}

export type ReviewKind = 'leader-with-implementer' | 'teacher-with-paraprofessional';

/**
 * Who reviews the IEP with an implementer (PREK, Accessibility and Storage): the program leader
 * or designee with "each classroom teacher, related service provider ... SEIT, or other
 * provider"; the classroom teacher or other provider with "the paraprofessional(s)".
 */
export function reviewKindFor(role: ImplementerRole): ReviewKind {
  return role === 'paraprofessional' ? 'teacher-with-paraprofessional' : 'leader-with-implementer';
}

/**
 * The implementer roles that deliver a program's services when assigned to the whole IEP: a
 * related service is given by a related service provider (PREK names the occupational, speech
 * and physical therapist), SEIT by the special education itinerant teacher, a class or other
 * program by the classroom teacher; "other provider as appropriate" by any of them.
 */
function deliversProgram(role: ImplementerRole, program: string): boolean {
  if (role === 'other-provider') return true;
  if (program === 'related-service' || program === 'preschool-related-services') {
    return role === 'related-service-provider';
  }
  if (program === 'seit') return role === 'seit';
  return role === 'classroom-teacher';
}

/**
 * Whether an implementer covers a part of the IEP (a service key, iep/service-key.ts). An
 * assignment by name covers the services it names. An assignment to the whole IEP covers the
 * services its role delivers: a classroom teacher on the whole IEP carries out the class and
 * reads the rest, but does not give speech therapy, so the speech service still needs its
 * provider. A paraprofessional supports the student under the teacher or provider and covers a
 * service only when assigned to it by name.
 */
export function coversService(
  assignment: { role: ImplementerRole; services: readonly string[] },
  key: string,
): boolean {
  if (assignment.services.length > 0) return assignment.services.includes(key);
  const program = key.slice(0, key.indexOf(':'));
  return assignment.role !== 'paraprofessional' && deliversProgram(assignment.role, program);
}
