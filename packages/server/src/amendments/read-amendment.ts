import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { isParentOf, handlesRecordRights } from '../records-requests/access.ts';
import { amendmentRows, statementRows, toAmendmentView } from './present.ts';
import type { Reader } from './present.ts';
import type { AmendmentView } from './schemas.ts';

/** The reader's side of a grant: the parent's steps, the district's, or reading only. */
export function readerOf(grant: StudentGrant): Reader {
  return { parent: isParentOf(grant), handler: handlesRecordRights(grant) };
}

/** One request as it now stands, with its statements, for the reader of `grant` (the caller logs). */
export async function readAmendment(
  records: StudentRecords,
  grant: StudentGrant,
  requestId: string,
): Promise<AmendmentView> {
  const row = await amendmentRows(records.tx)
    .where('r.id', '=', requestId)
    .executeTakeFirstOrThrow();
  const statements = await statementRows(records.tx)
    .where('st.amendment_request_id', '=', requestId)
    .execute();
  return toAmendmentView(row, statements, readerOf(grant), records.asOf);
}
