import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { DB, StaffRole } from '../db/schema.ts';
import type { Actor } from './actor.ts';

/**
 * The access policy: the one place that decides who may see and change a student's records.
 * Role alone never grants a student: a relationship does (DESIGN.md, Access policy).
 *
 * - district administrator: the students of their own district;
 * - privacy officer: the district's official responsible for the confidentiality of
 *   personally identifiable information (34 CFR 300.623), who keeps the record of access;
 * - program leader: students enrolled at a site they lead;
 * - teacher, provider, SEIT, paraprofessional: students whose IEP they are assigned to
 *   implement, from the assignment's start until it ends (PREK, Accessibility and Storage);
 * - the program leader's designee for IEP reviews: students enrolled at the site they were
 *   named for, while the naming lasts (PREK, Accessibility and Storage);
 * - chairperson, committee member: students of their committee (CSE for school-age, CPSE for
 *   preschool) for the whole district or for one school;
 * - parent: their child, while they hold the authority to make educational decisions.
 *
 * The district boundary is also enforced by row-level security in the database.
 */

export type Relationship =
  | 'district-administrator'
  | 'privacy-officer'
  | 'program-leader'
  | 'leader-designee'
  | 'implementer'
  | 'committee'
  | 'guardian';

export const implementerRoles: readonly StaffRole[] = [
  'teacher',
  'provider',
  'seit',
  'paraprofessional',
];
export const committeeRoles: readonly StaffRole[] = ['chairperson', 'committee-member'];
/** Implementers who review the IEP with paraprofessionals: teachers and providers (PREK). */
const reviewingImplementerRoles: readonly StaffRole[] = ['teacher', 'provider', 'seit'];

const has = (actor: Actor, roles: readonly StaffRole[]) =>
  actor.roles.some((r) => roles.includes(r));

type StudentsEb = ExpressionBuilder<DB & { s: DB['students'] }, 's'>;

/**
 * SQL conditions on the students table aliased `s`, one per relationship the actor could
 * hold; a student is visible when any holds. `asOf` is today's date (enrollment and
 * assignment windows).
 */
function relationshipConditions(
  eb: StudentsEb,
  actor: Actor,
  asOf: string,
): Partial<Record<Relationship, Expression<SqlBool>>> {
  const conditions: Partial<Record<Relationship, Expression<SqlBool>>> = {};
  if (actor.kind === 'parent') {
    conditions.guardian = eb.exists(
      eb
        .selectFrom('student_guardians as sg')
        .innerJoin('guardians as g', (j) =>
          j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
        )
        .whereRef('sg.district_id', '=', 's.district_id')
        .whereRef('sg.student_id', '=', 's.id')
        .where('sg.educational_authority', '=', true)
        .where('g.account_id', '=', actor.accountId)
        .select(eb.lit(1).as('one')),
    );
    return conditions;
  }
  const staffId = actor.staffId;
  if (staffId === null) return conditions;
  if (actor.roles.includes('district-admin')) conditions['district-administrator'] = eb.lit(true);
  if (actor.roles.includes('privacy-officer')) conditions['privacy-officer'] = eb.lit(true);
  if (actor.roles.includes('program-leader')) {
    conditions['program-leader'] = eb.exists(
      currentEnrollments(eb, asOf)
        .innerJoin('staff_sites as ss', (j) =>
          j.onRef('ss.district_id', '=', 'e.district_id').onRef('ss.site_id', '=', 'e.site_id'),
        )
        .where('ss.staff_id', '=', staffId)
        .select(eb.lit(1).as('one')),
    );
  }
  // "The preschool program leader, e.g., principal/director, or designee must review the IEP
  // with each classroom teacher, related service provider ..." (PREK, Accessibility and
  // Storage): a staff member the leader names for a site acts for them in those reviews, so
  // they reach the IEPs of the students enrolled there, until the naming ends.
  conditions['leader-designee'] = eb.exists(
    currentEnrollments(eb, asOf)
      .innerJoin('review_designees as rd', (j) =>
        j.onRef('rd.district_id', '=', 'e.district_id').onRef('rd.site_id', '=', 'e.site_id'),
      )
      .where('rd.designee_staff_id', '=', staffId)
      .where('rd.ended_at', 'is', null)
      .select(eb.lit(1).as('one')),
  );
  if (has(actor, implementerRoles)) {
    conditions.implementer = eb.exists(
      eb
        .selectFrom('implementer_assignments as a')
        .whereRef('a.district_id', '=', 's.district_id')
        .whereRef('a.student_id', '=', 's.id')
        .where('a.staff_id', '=', staffId)
        .where('a.starts_on', '<=', asOf)
        .where('a.ended_at', 'is', null)
        .select(eb.lit(1).as('one')),
    );
  }
  if (has(actor, committeeRoles)) {
    conditions.committee = eb.exists(
      eb
        .selectFrom('committee_memberships as m')
        .whereRef('m.district_id', '=', 's.district_id')
        .where('m.staff_id', '=', staffId)
        // The CPSE serves preschool children; the CSE school-age students.
        .where((w) =>
          w.or([
            w.and([w('m.committee', '=', 'cpse'), w('s.level', '=', 'preschool')]),
            w.and([w('m.committee', '=', 'cse'), w('s.level', '=', 'school-age')]),
          ]),
        )
        .where((w) =>
          w.or([
            w('m.site_id', 'is', null),
            // enrolled now at the school whose committee this is
            w.exists(
              currentEnrollments(eb, asOf)
                .where('e.site_id', '=', sql.ref<string>('m.site_id'))
                .select(w.lit(1).as('one')),
            ),
          ]),
        )
        .select(eb.lit(1).as('one')),
    );
  }
  return conditions;
}

/** The student's enrollments that are current on `asOf` (alias `e`), to narrow further. */
export function currentEnrollments(eb: StudentsEb, asOf: string) {
  return eb
    .selectFrom('enrollments as e')
    .whereRef('e.district_id', '=', 's.district_id')
    .whereRef('e.student_id', '=', 's.id')
    .where('e.starts_on', '<=', asOf)
    .where((w) => w.or([w('e.ends_on', 'is', null), w('e.ends_on', '>=', asOf)]));
}

/** The condition "student `s` is enrolled at school `siteId` on `asOf`", for lists by school. */
export function enrolledAt(eb: StudentsEb, asOf: string, siteId: string): Expression<SqlBool> {
  return eb.exists(
    currentEnrollments(eb, asOf).where('e.site_id', '=', siteId).select(eb.lit(1).as('one')),
  );
}

/** The column `site_name`: the school of the student's latest current enrollment, or null. */
export function currentSiteName(eb: StudentsEb, asOf: string) {
  return currentEnrollments(eb, asOf)
    .innerJoin('sites as site', (j) =>
      j.onRef('site.district_id', '=', 'e.district_id').onRef('site.id', '=', 'e.site_id'),
    )
    .select('site.name')
    .orderBy('e.starts_on', 'desc')
    .limit(1)
    .as('site_name');
}

/** The students a committee serves: the CPSE preschool children, the CSE school-age students. */
export function committeeLevel(committee: 'cse' | 'cpse'): 'preschool' | 'school-age' {
  return committee === 'cpse' ? 'preschool' : 'school-age';
}

/** The committee that serves a student of `level` (the other way round of `committeeLevel`). */
export function committeeOf(level: 'preschool' | 'school-age'): 'cse' | 'cpse' {
  return level === 'preschool' ? 'cpse' : 'cse';
}

/** The condition "the actor may see student `s`" (false when they hold no relationship at all). */
export function studentIsVisible(eb: StudentsEb, actor: Actor, asOf: string): Expression<SqlBool> {
  const conditions = Object.values(relationshipConditions(eb, actor, asOf));
  return conditions.length ? eb.or(conditions) : eb.lit(false);
}

/** Each relationship as a boolean column, so one query tells which ones hold for a student. */
export function relationshipColumns(eb: StudentsEb, actor: Actor, asOf: string) {
  return Object.entries(relationshipConditions(eb, actor, asOf)).map(([name, condition]) =>
    eb.case().when(condition).then(true).else(false).end().as(`rel_${name}`),
  );
}

/**
 * What the actor may do with one student's records, given the relationships that hold.
 * Sent with every student response so the UI shows only what is allowed (STYLE.md, Outline).
 */
export interface StudentAbilities {
  view: boolean;
  editProfile: boolean;
  editGuardians: boolean;
  editEnrollment: boolean;
  viewAccessLog: boolean;
  /**
   * Run the student's case from referral to IEP: referrals, consents, evaluations, meetings,
   * the IEP and its notices. The committee's chairperson does this (PLAN, CSE appointment),
   * and district administrators; everyone else with a relationship reads the case.
   */
  manageCase: boolean;
  /**
   * Assign and end the IEP's implementers (PREK, Accessibility and Storage: all staff who
   * implement the IEP must have access before it starts): the program leader of the student's
   * site, who answers for it there, the committee's chairperson and district administrators.
   */
  manageImplementers: boolean;
  /**
   * Record reviewing the IEP with an implementer (PREK, Accessibility and Storage): the program
   * leader or their designee, with teachers and providers; a classroom teacher or other provider
   * implementing the IEP, with paraprofessionals (the use case checks which assignment).
   */
  recordReviews: boolean;
}

export function studentAbilities(
  actor: Actor,
  relationships: ReadonlySet<Relationship>,
): StudentAbilities {
  const view = relationships.size > 0;
  const administers =
    relationships.has('district-administrator') ||
    (relationships.has('committee') && actor.roles.includes('chairperson'));
  return {
    view,
    editProfile: administers,
    editGuardians: administers,
    editEnrollment: administers,
    // The record of access is kept by the privacy officer; parents may inspect it too
    // (34 CFR 300.613-300.614).
    viewAccessLog:
      relationships.has('privacy-officer') ||
      relationships.has('district-administrator') ||
      relationships.has('guardian'),
    manageCase: administers,
    manageImplementers: administers || relationships.has('program-leader'),
    recordReviews:
      relationships.has('program-leader') ||
      relationships.has('leader-designee') ||
      (relationships.has('implementer') && has(actor, reviewingImplementerRoles)),
  };
}

/**
 * Who may see the IEP distribution readiness list (PREK, Accessibility and Storage: access
 * before initiation, reviews): program leaders, chairpersons and district administrators. The
 * list holds only the students the person may see.
 */
export function mayViewDistributionReadiness(actor: Actor): boolean {
  return (
    actor.kind === 'staff' &&
    (['program-leader', 'chairperson', 'district-admin'] as const).some((r) =>
      actor.roles.includes(r),
    )
  );
}

/**
 * Who may name and end the program leader's designees for IEP reviews at a site: the program
 * leader of that site (PREK: "the preschool program leader ... or designee"); district
 * administrators may read and end them (a leader who left cannot end their own).
 */
export function mayManageReviewDesignees(
  actor: Actor,
  site: { leads: boolean },
): { read: boolean; name: boolean; end: boolean } {
  const leader = actor.kind === 'staff' && actor.roles.includes('program-leader') && site.leads;
  const admin = actor.kind === 'staff' && actor.roles.includes('district-admin');
  return { read: leader || admin, name: leader, end: leader || admin };
}

/** Who may add a student to the district: its administrators and committee chairpersons. */
export function mayCreateStudents(actor: Actor): boolean {
  return (
    actor.kind === 'staff' &&
    (actor.roles.includes('district-admin') || actor.roles.includes('chairperson'))
  );
}

/** Who may administer the directory (sites, staff, accounts): district administrators. */
export function mayAdministerDirectory(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.roles.includes('district-admin');
}

/** Who may read the directory (sites and staff names): any staff member of the district. */
export function mayReadDirectory(actor: Actor): boolean {
  return actor.kind === 'staff';
}
