import type { AccessAction, Purpose, RecordType } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import type { Actor } from '../access/actor.ts';
import { mayManageReviewDesignees } from '../access/policy.ts';
import type { Tx } from '../db/tenant.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';

/**
 * The grant to assign or end a student's implementers (abilities.manageImplementers: the
 * program leader of the student's site, the committee's chairperson, district administrators).
 * Anyone else who may see the student is refused (403), and the refusal is logged.
 */
export async function grantManageImplementers(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<StudentGrant> {
  const grant = await records.grant(studentId, 'implementer-assignment', action, purpose);
  if (!grant.abilities.manageImplementers) {
    records.deny(studentId, 'implementer-assignment', action, purpose);
    throw new ForbiddenError(
      'Only the program leader of the student’s school, the committee’s chairperson or a district administrator assigns the IEP’s implementers.',
    );
  }
  return grant;
}

/** Refuses (403, logged) an action the grant allows the actor in general but not here. */
export function refuse(
  records: StudentRecords,
  studentId: string,
  recordType: RecordType,
  action: AccessAction,
  purpose: Purpose,
  message: string,
): never {
  records.deny(studentId, recordType, action, purpose);
  throw new ForbiddenError(message);
}

/**
 * The actor's rights over a site's review designees (access/policy.ts): whether they lead the
 * site (staff_sites, for a program leader the sites they lead). An unknown site is 404; a site
 * the actor may not manage is 403.
 */
export async function grantSiteDesignees(tx: Tx, actor: Actor, siteId: string) {
  const site = await tx
    .selectFrom('sites')
    .where('id', '=', siteId)
    .select(['id', 'name'])
    .executeTakeFirst();
  if (!site) throw new NotFoundError('site');
  const leads =
    actor.staffId !== null &&
    (await tx
      .selectFrom('staff_sites')
      .where('site_id', '=', siteId)
      .where('staff_id', '=', actor.staffId)
      .select('site_id')
      .executeTakeFirst()) !== undefined;
  const may = mayManageReviewDesignees(actor, { leads });
  if (!may.read) {
    throw new ForbiddenError(
      'Only the program leader of this site, or a district administrator, manages its review designees.',
    );
  }
  return { site, may };
}
