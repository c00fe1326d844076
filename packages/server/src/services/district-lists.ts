import type { StudentRecords } from '../access/student-records.ts';
import { committeeLevel, committeeOf, currentSiteName, enrolledAt } from '../access/policy.ts';
import { listName } from '../timelines/present.ts';
import type { DeliveryBasis, CurrentService, StoredSession } from './load.ts';
import { loadCurrentServices, loadDeliveryBasis, loadSessions } from './load.ts';
import type { DashboardQuery } from './schemas.ts';

/**
 * What the district-wide lists (the dashboard, the under-delivery report, a caseload) start
 * from: the students the actor may see (one door: `records.visibleStudents()`) who have an IEP
 * in effect with services, narrowed by school, committee or one staff member's assignments,
 * with those services, every session of them and the basis of counting, read once.
 */

export interface ListedStudent {
  studentId: string;
  studentName: string;
  studentNumber: string;
  committee: 'cse' | 'cpse';
  siteName: string | null;
}

export interface DeliveryLists {
  basis: DeliveryBasis;
  students: ListedStudent[];
  services: Map<string, CurrentService[]>;
  sessions: Map<string, StoredSession[]>;
}

export async function loadDeliveryLists(
  records: StudentRecords,
  filters: Pick<DashboardQuery, 'siteId' | 'committee'> & { assignedTo?: string },
): Promise<DeliveryLists> {
  let students = records.visibleStudents().where((eb) =>
    eb.exists(
      eb
        .selectFrom('iep_services as svc')
        .innerJoin('iep_versions as v', (j) =>
          j.onRef('v.district_id', '=', 'svc.district_id').onRef('v.id', '=', 'svc.iep_version_id'),
        )
        .whereRef('svc.district_id', '=', 's.district_id')
        .whereRef('svc.student_id', '=', 's.id')
        .where('v.status', '=', 'final')
        .select(eb.lit(1).as('one')),
    ),
  );
  if (filters.committee)
    students = students.where('s.level', '=', committeeLevel(filters.committee));
  const { siteId, assignedTo } = filters;
  if (siteId) students = students.where((eb) => enrolledAt(eb, records.asOf, siteId));
  if (assignedTo) {
    students = students.where((eb) =>
      eb.exists(
        eb
          .selectFrom('implementer_assignments as a')
          .whereRef('a.district_id', '=', 's.district_id')
          .whereRef('a.student_id', '=', 's.id')
          .where('a.staff_id', '=', assignedTo)
          .where('a.ended_at', 'is', null)
          .where('a.starts_on', '<=', records.asOf)
          .select(eb.lit(1).as('one')),
      ),
    );
  }
  const rows = await students
    .select((eb) => [
      's.id',
      's.student_number',
      's.legal_first_name',
      's.legal_last_name',
      's.level',
      currentSiteName(eb, records.asOf),
    ])
    .orderBy('s.legal_last_name')
    .orderBy('s.legal_first_name')
    .orderBy('s.id')
    .execute();
  const ids = rows.map((r) => r.id);
  const [basis, services, sessions] = await Promise.all([
    loadDeliveryBasis(records),
    loadCurrentServices(records.tx, ids),
    loadSessions(records.tx, ids),
  ]);
  const byStudent = new Map<string, StoredSession[]>();
  for (const s of sessions) {
    const list = byStudent.get(s.studentId);
    if (list) list.push(s);
    else byStudent.set(s.studentId, [s]);
  }
  return {
    basis,
    students: rows.map((r) => ({
      studentId: r.id,
      studentName: listName(r),
      studentNumber: r.student_number,
      committee: committeeOf(r.level),
      siteName: r.site_name ?? null,
    })),
    services,
    sessions: byStudent,
  };
}
