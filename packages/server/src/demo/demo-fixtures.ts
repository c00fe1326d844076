import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { DEMO_ACCOUNTS, type DemoAccountName } from './generate-demo-staff.ts';
import { findDemoDistrictId } from './seed-demo-district.ts';

/**
 * Ids in a seeded demo district that tests (access policy, routes, pages) need, found from
 * the rows themselves rather than remembered from seeding:
 * - the demo teacher's school is their staff_sites row;
 * - "implemented" students have an open implementer_assignments row (ended_at null) for the
 *   demo teacher; "not implemented" ones are enrolled at the same school without one.
 */
export interface DemoFixtures {
  districtId: string;
  accounts: Record<DemoAccountName, { accountId: string; staffId: string | null }>;
  /** The demo teacher's school, which the demo principal leads. */
  teacherSiteId: string;
  /** Students at that school whose IEP the demo teacher implements. */
  implementedStudentIds: string[];
  /** Students enrolled at that school whom the demo teacher has no assignment for. */
  unimplementedStudentIds: string[];
  /** Children of the demo parent's guardian record, with educational authority. */
  parentChildIds: string[];
  /**
   * Students with a case (any case event): those the demo seed gave one (seed-demo-cases.ts).
   * Tests that walk a case of their own choose other students. One of them, the completed
   * school-age case, is at the demo teacher's school and its IEP is theirs, so it is also among
   * implementedStudentIds (seed-demo-distribution.ts).
   */
  caseStudentIds: string[];
}

export async function demoFixtures(database: Database): Promise<DemoFixtures> {
  const districtId = await findDemoDistrictId(database);
  if (!districtId) throw new Error('the demo district has not been seeded');
  return inDistrict(database.db, districtId, async (tx) => {
    const names = Object.keys(DEMO_ACCOUNTS) as DemoAccountName[];
    const rows = await tx
      .selectFrom('accounts')
      .leftJoin('staff', 'staff.account_id', 'accounts.id')
      .select(['accounts.id as accountId', 'accounts.email', 'staff.id as staffId'])
      .where(
        'accounts.email',
        'in',
        names.map((n) => DEMO_ACCOUNTS[n].email),
      )
      .execute();
    const accounts = Object.fromEntries(
      names.map((name) => {
        const row = rows.find((r) => r.email === DEMO_ACCOUNTS[name].email);
        if (!row) throw new Error(`demo account ${DEMO_ACCOUNTS[name].email} is missing`);
        return [name, { accountId: row.accountId, staffId: row.staffId }];
      }),
    ) as DemoFixtures['accounts'];
    const teacherId = accounts.teacher.staffId;
    if (!teacherId) throw new Error('the demo teacher has no staff record');

    const { site_id: teacherSiteId } = await tx
      .selectFrom('staff_sites')
      .select('site_id')
      .where('staff_id', '=', teacherId)
      .executeTakeFirstOrThrow();
    const enrolled = await tx
      .selectFrom('enrollments')
      .select('student_id')
      .where('site_id', '=', teacherSiteId)
      .where('ends_on', 'is', null)
      .execute();
    const implemented = new Set(
      (
        await tx
          .selectFrom('implementer_assignments')
          .select('student_id')
          .where('staff_id', '=', teacherId)
          .where('ended_at', 'is', null)
          .execute()
      ).map((r) => r.student_id),
    );
    const children = await tx
      .selectFrom('student_guardians')
      .innerJoin('guardians', 'guardians.id', 'student_guardians.guardian_id')
      .select('student_guardians.student_id')
      .where('guardians.account_id', '=', accounts.parent.accountId)
      .where('student_guardians.educational_authority', '=', true)
      .execute();
    const withCase = await tx.selectFrom('case_events').select('student_id').distinct().execute();
    return {
      districtId,
      accounts,
      teacherSiteId,
      implementedStudentIds: [...implemented],
      unimplementedStudentIds: enrolled
        .map((r) => r.student_id)
        .filter((id) => !implemented.has(id)),
      parentChildIds: children.map((r) => r.student_id),
      caseStudentIds: withCase.map((r) => r.student_id),
    };
  });
}
