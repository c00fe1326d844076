import { statementsToDisclose } from '@continuum/rules/records/index.ts';
import type { Purpose, RecordType } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { statementRows, toStatementView } from './present.ts';
import type { AmendmentStatementView } from './schemas.ts';

export type { AmendmentStatementView } from './schemas.ts';

/**
 * The parents' statements that go with a disclosure of some of a child's records: "If the
 * participating agency discloses the records of your child or the challenged portion to any
 * party, the explanation must also be disclosed to that party" (PSN, Result of Hearing, 34 CFR
 * 300.620(b)). For the disclosure and the complete-record use cases: the caller holds a grant on
 * the child (`records.grant`, passed so no one calls this without one) and its own purpose; the
 * read is logged as the `amendment` record type in the caller's transaction. A statement is
 * attached to a record type, so the record types disclosed are the rules' record ids.
 */
export async function statementsAttachedTo(
  records: StudentRecords,
  grant: StudentGrant,
  recordTypes: readonly RecordType[],
  purpose: Purpose,
): Promise<AmendmentStatementView[]> {
  const rows = await statementRows(records.tx)
    .where('st.student_id', '=', grant.studentId)
    .execute();
  const chosen = new Set(
    statementsToDisclose(
      recordTypes,
      rows.map((r) => ({ id: r.id, recordId: r.record_type })),
    ).map((s) => s.id),
  );
  const attached = rows.filter((r) => chosen.has(r.id)).map(toStatementView);
  if (attached.length) await records.log([grant.studentId], 'amendment', 'read', purpose);
  return attached;
}

/**
 * The statements as plain text, one paragraph each, for a disclosure's cover or a printed
 * record: which record, the day it was placed, who placed it, and the parent's words unchanged.
 * `label` words a record type (the pages' `recordsLists.type.<type>`).
 */
export function presentStatements(
  statements: readonly AmendmentStatementView[],
  words: {
    label: (recordType: AmendmentStatementView['recordType']) => string;
    heading: (s: { record: string; date: string; by: string }) => string;
  },
): string[] {
  return statements.map(
    (s) =>
      `${words.heading({ record: words.label(s.recordType), date: s.receivedOn, by: s.guardianName ?? '' })}\n${s.statement}`,
  );
}
