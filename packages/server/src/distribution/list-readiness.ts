import { distribution } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { currentSiteName, mayViewDistributionReadiness } from '../access/policy.ts';
import { ForbiddenError } from '../errors.ts';
import { loadCompiledCalendar } from '../calendar/load-calendar.ts';
import { listName } from '../timelines/present.ts';
import type { ReadinessItem, ReadinessList } from './schemas.ts';
import {
  accountState,
  loadAssignments,
  loadRequests,
  loadReviews,
  loadServices,
  reviewState,
} from './present.ts';

/** When the district has not set its own window (delivery_settings), an IEP starting within this many school days starts soon. */
export const DEFAULT_READINESS_WINDOW = 10;

const timingOrder: Record<ReadinessItem['timing'], number> = {
  'starting-soon': 0,
  uncounted: 1,
  started: 2,
  undated: 3,
  later: 4,
};

/**
 * IEP distribution readiness (PREK, Accessibility and Storage: "Prior to initiation of IEP
 * recommendations, all staff who are responsible for implementing the IEP ... must be provided
 * with electronic access"; reviews with each implementer): for the program leaders,
 * chairpersons and district administrators, the IEPs in effect of the students they may see
 * (one door: `records.visibleStudents()`) that start within the district's window of school
 * days, and those already started that still have a problem. The server gathers the facts; the
 * rules package decides (distribution/readiness.ts). Every student listed is logged.
 */
export async function listReadiness(call: Call, input: { limit: number }): Promise<ReadinessList> {
  if (!mayViewDistributionReadiness(call.actor)) {
    throw new ForbiddenError(
      'The IEP distribution list is for program leaders, chairpersons and district administrators.',
    );
  }
  return withStudentRecords(call, async (records) => {
    const { tx, asOf } = records;
    const rows = await records
      .visibleStudents()
      .innerJoin('iep_versions as v', (j) =>
        j.onRef('v.district_id', '=', 's.district_id').onRef('v.student_id', '=', 's.id'),
      )
      .where('v.status', '=', 'final')
      .select((eb) => [
        's.id',
        's.student_number',
        's.legal_first_name',
        's.legal_last_name',
        'v.id as version_id',
        'v.iep_id',
        'v.projected_implementation_date',
        currentSiteName(eb, asOf),
      ])
      .execute();
    const iepIds = rows.map((r) => r.iep_id);
    const [services, assignments, reviews, requests, settings, calendar] = await Promise.all([
      loadServices(
        tx,
        rows.map((r) => r.version_id),
      ),
      loadAssignments(tx, iepIds),
      loadReviews(tx, iepIds),
      loadRequests(tx, iepIds),
      tx.selectFrom('delivery_settings').select('readiness_window_school_days').executeTakeFirst(),
      loadCompiledCalendar(tx),
    ]);
    const basis: distribution.ReadinessBasis = {
      asOf,
      calendar: calendar.ok ? calendar.calendar : null,
      windowSchoolDays: settings?.readiness_window_school_days ?? DEFAULT_READINESS_WINDOW,
    };
    const through = distribution.startingSoonThrough(basis);
    const notice = !calendar.ok
      ? calendar.message
      : through === null
        ? `The school calendar does not reach ${basis.windowSchoolDays} school days after today, so IEPs starting soon cannot be told apart: every upcoming IEP with a problem is listed. A district administrator must add the next school year to the calendar.`
        : null;

    const items: ReadinessItem[] = [];
    for (const row of rows) {
      const versionServices = services.filter((s) => s.versionId === row.version_id);
      const iepAssignments = assignments.filter((a) => a.iep_id === row.iep_id);
      const readiness = distribution.checkDistributionReadiness(basis, {
        implementationDate: row.projected_implementation_date,
        serviceKeys: versionServices.map((s) => s.key),
        assignments: iepAssignments.map((a) => ({
          id: a.id,
          staffId: a.staff_id,
          role: a.role,
          services: a.whole_iep ? [] : a.services,
          startsOn: a.starts_on,
          ended: a.ended_at !== null,
          account: accountState(a),
          review: reviewState(reviews, a.id, row.version_id),
          openRequest: requests.some((q) => q.assignment_id === a.id && q.closed_at === null),
        })),
      });
      if (!readiness.listed) continue;
      items.push({
        studentId: row.id,
        studentName: listName(row),
        studentNumber: row.student_number,
        siteName: row.site_name ?? null,
        iepId: row.iep_id,
        versionId: row.version_id,
        implementationDate: row.projected_implementation_date,
        timing: readiness.timing,
        schoolDaysUntil: readiness.schoolDaysUntil,
        problems: readiness.problems.map((p) => {
          const service =
            'serviceKey' in p ? versionServices.find((s) => s.key === p.serviceKey) : undefined;
          const assignment =
            'assignmentId' in p ? iepAssignments.find((a) => a.id === p.assignmentId) : undefined;
          return {
            code: p.code,
            citation: p.citation,
            serviceKey: 'serviceKey' in p ? p.serviceKey : null,
            program: service?.program ?? null,
            service: service?.service ?? null,
            assignmentId: assignment?.id ?? null,
            staffName: assignment?.staff_name ?? null,
          };
        }),
      });
    }
    items.sort(
      (a, b) =>
        timingOrder[a.timing] - timingOrder[b.timing] ||
        (a.implementationDate ?? '').localeCompare(b.implementationDate ?? '') ||
        a.studentName.localeCompare(b.studentName),
    );
    const page = items.slice(0, input.limit);
    await records.log(
      page.map((i) => i.studentId),
      ['iep', 'implementer-assignment'],
      'read',
      'view-distribution-readiness',
    );
    return {
      asOf,
      windowSchoolDays: basis.windowSchoolDays,
      startingSoonThrough: through,
      notice,
      items: page,
      truncated: items.length > page.length,
    };
  });
}
