import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';
import { assignmentOf, mayLog } from './access.ts';
import { loadDeliveryLists } from './district-lists.ts';
import { findingsOf, underDeliveryOf } from './findings.ts';
import type { DashboardQuery, ReportRow, UnderDeliveryReport } from './schemas.ts';

/**
 * The district's under-delivery report: every service of an IEP in effect, among the students
 * the reader may see, whose delivered and make-up minutes over the last school weeks fall
 * below the district's percentage of the mandate (the chronic under-delivery alert, rules:
 * delivery/alerts.ts), with the providers assigned to it. As JSON (a read) or as a CSV file
 * (a copy leaving the product: logged as a download). Each student listed is logged.
 */
export async function underDeliveryReport(
  call: Call,
  input: DashboardQuery,
  access: { action: AccessAction; purpose: Purpose } = {
    action: 'read',
    purpose: 'view-under-delivery-report',
  },
): Promise<UnderDeliveryReport> {
  return withStudentRecords(call, async (records) => {
    const lists = await loadDeliveryLists(records, input);
    const ids = lists.students.map((s) => s.studentId);
    const assigned = ids.length
      ? await records.tx
          .selectFrom('implementer_assignments as a')
          .innerJoin('staff as st', (j) =>
            j.onRef('st.district_id', '=', 'a.district_id').onRef('st.id', '=', 'a.staff_id'),
          )
          .where('a.student_id', 'in', ids)
          .where('a.ended_at', 'is', null)
          .where('a.starts_on', '<=', records.asOf)
          .where('a.role', '!=', 'paraprofessional')
          .select([
            'a.student_id',
            'a.iep_id',
            'a.whole_iep',
            'a.services',
            'a.role',
            'st.full_name',
          ])
          .orderBy('st.full_name')
          .execute()
      : [];
    const rows: ReportRow[] = [];
    for (const student of lists.students) {
      for (const service of lists.services.get(student.studentId) ?? []) {
        const findings = findingsOf(
          lists.basis,
          service,
          lists.sessions.get(student.studentId) ?? [],
          { weeks: 0, months: 0 },
        );
        const under = underDeliveryOf(findings);
        if (!under) continue;
        const providers = assigned
          .filter(
            (a) =>
              a.student_id === student.studentId &&
              mayLog({ administers: false, assignments: [assignmentOf(a)] }, service),
          )
          .map((a) => a.full_name);
        rows.push({
          ...student,
          serviceId: service.id,
          program: service.program,
          service: service.service,
          frequency: service.frequency,
          period: service.period,
          durationMinutes: service.durationMinutes,
          providers: [...new Set(providers)],
          from: String(under.facts.from),
          through: String(under.facts.through),
          weeks: Number(under.facts.weeks),
          mandated: Number(under.facts.mandated),
          delivered: Number(under.facts.delivered),
          percent: Number(under.facts.percent),
        });
      }
    }
    const page = rows.slice(0, input.limit);
    await records.log(
      [...new Set(page.map((r) => r.studentId))],
      'service-session',
      access.action,
      access.purpose,
    );
    return {
      asOf: lists.basis.asOf,
      notice: lists.basis.calendar.ok ? null : lists.basis.calendar.message,
      percent: lists.basis.settings.underDeliveryPercent,
      weeks: lists.basis.settings.underDeliveryWeeks,
      rows: page,
      truncated: rows.length > page.length,
    };
  });
}

const csvColumns: readonly [string, (r: ReportRow) => string | number][] = [
  ['student_number', (r) => r.studentNumber],
  ['student_name', (r) => r.studentName],
  ['committee', (r) => r.committee],
  ['school', (r) => r.siteName ?? ''],
  ['program', (r) => r.program],
  ['service', (r) => r.service],
  ['mandate', (r) => `${r.frequency} x ${r.durationMinutes} min per ${r.period}`],
  ['providers', (r) => r.providers.join('; ')],
  ['from', (r) => r.from],
  ['through', (r) => r.through],
  ['school_weeks', (r) => r.weeks],
  ['mandated_minutes', (r) => r.mandated],
  ['delivered_minutes', (r) => r.delivered],
  ['percent_delivered', (r) => r.percent],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) gets a leading
 * apostrophe, so opening the file never executes a name someone typed (CWE-1236).
 */
function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report as CSV: a header row, then one line per under-delivered service. */
export function reportCsv(report: UnderDeliveryReport): string {
  const lines = [
    csvColumns.map(([name]) => name).join(','),
    ...report.rows.map((r) => csvColumns.map(([, value]) => csvField(value(r))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
