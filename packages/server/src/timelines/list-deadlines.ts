import { isoDate, type Day } from '@continuum/rules/calendar/index.ts';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { committeeLevel, committeeOf, currentSiteName, enrolledAt } from '../access/policy.ts';
import type { Deadline } from './derive-deadlines.ts';
import {
  deriveDeadlines,
  loadCaseEvents,
  loadTimelineBasis,
  schoolDaysAhead,
} from './derive-deadlines.ts';
import { listName } from './present.ts';
import type { DashboardItem, DeadlineDashboard, DeadlinesQuery } from './schemas.ts';

/** The dashboard's window: deadlines due within this many school days are "due soon". */
export const dueSoonSchoolDays = 10;

/**
 * The chairperson's dashboard: for every student the actor may see (one door:
 * `records.visibleStudents()`), the deadlines that are overdue and those due in the next 10
 * school days (or met, late, all), filtered by school and committee, in due order. The events
 * of all those students are read in one query and the calendar is compiled once. Every student
 * shown, with deadlines or with the reason they cannot be counted, is written to the access log.
 */
export async function listDeadlines(call: Call, input: DeadlinesQuery): Promise<DeadlineDashboard> {
  return withStudentRecords(call, async (records) => {
    let students = records
      .visibleStudents()
      // Only students with a case: the others have no deadline to show.
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('case_events as ce')
            .whereRef('ce.district_id', '=', 's.district_id')
            .whereRef('ce.student_id', '=', 's.id')
            .where('ce.voided_at', 'is', null)
            .select(eb.lit(1).as('one')),
        ),
      );
    if (input.committee) students = students.where('s.level', '=', committeeLevel(input.committee));
    const { siteId } = input;
    if (siteId) students = students.where((eb) => enrolledAt(eb, records.asOf, siteId));
    const rows = await students
      .select((eb) => [
        's.id',
        's.student_number',
        's.legal_first_name',
        's.legal_last_name',
        's.date_of_birth',
        's.level',
        currentSiteName(eb, records.asOf),
      ])
      .execute();
    const [basis, events] = await Promise.all([
      loadTimelineBasis(records),
      loadCaseEvents(
        records.tx,
        rows.map((r) => r.id),
      ),
    ]);

    let notice: string | null = null;
    let through: Day | null = null;
    if (basis.calendar.ok) {
      through = schoolDaysAhead(basis.calendar.calendar, basis.asOfDay, dueSoonSchoolDays);
      if (through === null) {
        notice = `The school calendar does not reach ${dueSoonSchoolDays} school days after today, so deadlines due soon cannot be found. A district administrator must add the next school year to the calendar.`;
      }
    } else {
      notice = basis.calendar.message;
    }

    const keep = (d: Deadline, dueSoon: boolean): boolean => {
      switch (input.status) {
        case 'attention':
          return d.status === 'overdue' || dueSoon;
        case 'overdue':
          return d.status === 'overdue';
        case 'due-soon':
          return dueSoon;
        case 'met':
          return d.status === 'met';
        case 'late':
          return d.status === 'late';
        case 'all':
          return d.status !== 'not-applicable';
      }
    };

    const items: { item: DashboardItem; dueDay: number }[] = [];
    const problems: DeadlineDashboard['problems'] = [];
    const shown = new Set<string>();
    for (const row of rows) {
      const student = {
        studentId: row.id,
        studentName: listName(row),
        studentNumber: row.student_number,
        committee: committeeOf(row.level),
        siteName: row.site_name ?? null,
      };
      const derived = deriveDeadlines(basis, {
        dateOfBirth: row.date_of_birth,
        level: row.level,
        events: events.get(row.id) ?? [],
      });
      if (!derived.ok) {
        problems.push({ ...student, problem: { code: derived.problem, message: derived.message } });
        shown.add(row.id);
        continue;
      }
      for (const d of derived.deadlines) {
        const dueSoon =
          d.status === 'open' && d.dueDay !== null && through !== null && d.dueDay <= through;
        if (!keep(d, dueSoon)) continue;
        items.push({
          item: { ...d.view, ...student, dueSoon },
          dueDay: d.dueDay ?? Number.MAX_SAFE_INTEGER,
        });
      }
    }
    items.sort(
      (a, b) =>
        a.dueDay - b.dueDay ||
        a.item.studentName.localeCompare(b.item.studentName) ||
        a.item.rule.localeCompare(b.item.rule),
    );
    const page = items.slice(0, input.limit);
    for (const { item } of page) shown.add(item.studentId);
    problems.sort((a, b) => a.studentName.localeCompare(b.studentName));
    await records.log([...shown], 'case-timeline', 'read', 'view-deadline-dashboard');
    return {
      asOf: basis.asOf,
      dueSoonThrough: through === null ? null : isoDate(through),
      schoolDays: dueSoonSchoolDays,
      notice,
      items: page.map(({ item }) => item),
      problems,
      truncated: items.length > page.length,
    };
  });
}
