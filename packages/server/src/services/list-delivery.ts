import { delivery } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { loadDeliveryLists } from './district-lists.ts';
import { findingsOf } from './findings.ts';
import { settingsView } from './settings.ts';
import type { DashboardItemView, DashboardQuery, DeliveryDashboard } from './schemas.ts';

/**
 * The delivery dashboard of the program leader and the chairperson (and anyone else, over the
 * students they may see): every delivery alert and every program limit the sessions break,
 * for the services of the IEPs in effect, by student; SEIT caseloads over the limit; and the
 * services whose delivery cannot be counted. Every student shown is written to the access log.
 */
export async function listDelivery(call: Call, input: DashboardQuery): Promise<DeliveryDashboard> {
  return withStudentRecords(call, async (records) => {
    const lists = await loadDeliveryLists(records, input);
    const { basis } = lists;
    const items: DashboardItemView[] = [];
    const problems: DeliveryDashboard['problems'] = [];
    for (const student of lists.students) {
      for (const service of lists.services.get(student.studentId) ?? []) {
        const findings = findingsOf(basis, service, lists.sessions.get(student.studentId) ?? [], {
          weeks: 0,
          months: 0,
        });
        const about = {
          ...student,
          serviceId: service.id,
          program: service.program,
          service: service.service,
        };
        if (findings.problem) problems.push({ ...about, message: findings.problem });
        for (const a of findings.alerts) {
          items.push({
            ...about,
            kind: 'alert',
            code: a.kind,
            message: a.message,
            citation: a.citation,
            facts: a.facts,
            escalationProblem: a.escalationProblem,
          });
        }
        for (const v of findings.violations) {
          items.push({
            ...about,
            kind: 'violation',
            code: v.check,
            message: v.message,
            citation: v.citation,
            facts: v.facts,
            escalationProblem: null,
          });
        }
      }
    }
    const page = items.slice(0, input.limit);
    const shown = new Set([...page, ...problems].map((i) => i.studentId));
    await records.log([...shown], 'service-session', 'read', 'view-delivery-alerts');
    return {
      asOf: basis.asOf,
      notice: basis.calendar.ok ? null : basis.calendar.message,
      settings: settingsView(basis.settings, records.actor),
      items: page,
      caseloads: await seitCaseloads(records),
      problems,
      truncated: items.length > page.length,
    };
  });
}

/**
 * SEITs whose active SEIT assignments exceed the caseload limit (PLAN, Special Education
 * Itinerant Services (c)), shown to those who may see at least one of their students. The
 * count is the teacher's whole caseload; no other student is named.
 */
async function seitCaseloads(records: StudentRecords): Promise<DeliveryDashboard['caseloads']> {
  const assignments = await records.tx
    .selectFrom('implementer_assignments as a')
    .innerJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'a.district_id').onRef('st.id', '=', 'a.staff_id'),
    )
    .where('a.role', '=', 'seit')
    .where('a.ended_at', 'is', null)
    .where('a.starts_on', '<=', records.asOf)
    .select(['a.staff_id', 'a.student_id', 'st.full_name'])
    .execute();
  const byStaff = new Map<string, { name: string; studentIds: string[] }>();
  for (const a of assignments) {
    const entry = byStaff.get(a.staff_id) ?? { name: a.full_name, studentIds: [] };
    entry.studentIds.push(a.student_id);
    byStaff.set(a.staff_id, entry);
  }
  const violations = delivery.checkSeitCaseloads(
    [...byStaff].map(([staffId, e]) => ({ staffId, studentIds: e.studentIds })),
  );
  if (violations.length === 0) return [];
  const over = violations.map((v) => String(v.facts.staffId));
  const seen = await records
    .visibleStudents()
    .where(
      's.id',
      'in',
      over.flatMap((id) => byStaff.get(id)?.studentIds ?? []),
    )
    .select('s.id')
    .execute();
  const visible = new Set(seen.map((s) => s.id));
  return violations.flatMap((v) => {
    const staffId = String(v.facts.staffId);
    const entry = byStaff.get(staffId);
    if (!entry?.studentIds.some((id) => visible.has(id))) return [];
    return [
      {
        staffId,
        staffName: entry.name,
        students: Number(v.facts.students),
        limit: Number(v.facts.maxCaseload),
        message: v.message,
        citation: v.citation,
      },
    ];
  });
}
