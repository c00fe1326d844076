import { RECORDS_CITATIONS, recordOfAccessProblems } from '@continuum/rules/records/index.ts';
import type { AccessParty } from '@continuum/rules/records/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { todayInNewYork } from '../clock.ts';
import type { Call } from '../http/call.ts';
import { readStudentName } from '../records-requests/present.ts';
import { readAccessLogPage } from '../students/access-log-page.ts';
import type { AccessLogPage } from '../students/schemas.ts';
import { mayReadRecordOfAccess } from './access.ts';
import { disclosureRows, toDisclosureView } from './present.ts';
import type { RecordOfAccess, RecordOfAccessEntry } from './schemas.ts';

/**
 * The child's record of access as the parent reads it (PSN, Record of Access, 34 CFR 300.614:
 * "a record of parties obtaining access to education records ... including the name of the
 * party, the date access was given, and the purpose for which the party is authorized to use
 * the records"): every disclosure to a party outside the district, and the reads and changes
 * by the district's employees and the parents that the access log recorded as allowed (refused
 * attempts are the privacy officer's log, not access given), newest first, a page at a time.
 * For the parent of the child, the privacy officer and district administrators; the parent's
 * own reading is logged like any other.
 *
 * The law requires the entries of parties other than parents and authorized employees, which
 * in Continuum are the disclosures: `recordOfAccessProblems` checks each has its name, date and
 * purpose, and any entry that lacks one says so rather than being left out.
 */
export async function getRecordOfAccess(
  call: Call,
  input: { studentId: string } & AccessLogPage,
): Promise<RecordOfAccess> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    await records.grantIf(
      studentId,
      'access-log',
      'read',
      'view-record-of-access',
      mayReadRecordOfAccess,
      "The record of access is read by the child's parent, the privacy officer and district administrators.",
    );
    const studentName = await readStudentName(records.tx, studentId);
    const disclosed = await disclosureRows(records.tx)
      .where('d.student_id', '=', studentId)
      .orderBy('d.disclosed_on', 'desc')
      .orderBy('d.recorded_at', 'desc')
      .execute();
    const { rows, nextBefore } = await readAccessLogPage(records.tx, {
      studentId,
      allowedOnly: true,
      limit: input.limit ?? 50,
      ...(input.before === undefined ? {} : { before: input.before }),
    });
    await records.log([studentId], ['access-log', 'disclosure'], 'read', 'view-record-of-access');
    const withProblems = (
      entry: Omit<RecordOfAccessEntry, 'problems'>,
      purpose: string,
    ): RecordOfAccessEntry => ({
      ...entry,
      problems: recordOfAccessProblems({
        party: entry.party,
        partyName: entry.name,
        date: entry.date,
        purpose,
      }),
    });
    return {
      studentId,
      studentName,
      asOf: records.asOf,
      citation: RECORDS_CITATIONS.recordOfAccess,
      disclosures: disclosed.map((d) => {
        const view = toDisclosureView(d);
        return withProblems(
          {
            kind: 'disclosure',
            party: 'other',
            date: view.disclosedOn,
            at: null,
            name: view.partyName,
            title: null,
            roles: null,
            purposeCode: null,
            recordType: null,
            action: null,
            disclosure: view,
          },
          view.purpose,
        );
      }),
      accesses: rows.map((r) => {
        const party: AccessParty = r.actor_role === 'parent' ? 'parent' : 'authorized-employee';
        return withProblems(
          {
            kind: 'access',
            party,
            date: todayInNewYork(new Date(r.at)),
            at: r.at,
            name: r.actor,
            title: party === 'parent' ? null : (r.staff_title ?? null),
            roles: party === 'parent' ? null : r.actor_role,
            purposeCode: r.purpose,
            recordType: r.record_type,
            action: r.action,
            disclosure: null,
          },
          r.purpose,
        );
      }),
      nextBefore,
    };
  });
}
