import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';

export interface DocumentSummary {
  id: string;
  kind: string;
  title: string;
  language: string;
  sha256: string;
  source: string;
  sourceId: string | null;
  created: string;
}

/** A student's stored documents (the IEP, notices …), newest first; anyone related to the student may read them. */
export async function listDocuments(
  call: Call,
  input: { studentId: string },
): Promise<DocumentSummary[]> {
  return withStudentRecords(call, (records) =>
    readDocumentList(records, input.studentId, 'view-documents'),
  );
}

/** Reads and logs a student's documents inside an open records scope (the complete record too). */
export async function readDocumentList(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<DocumentSummary[]> {
  await records.grant(studentId, 'document', 'read', purpose);
  const rows = await records.tx
    .selectFrom('documents')
    .select(['id', 'kind', 'title', 'language', 'sha256', 'source', 'source_id', 'created_at'])
    .where('student_id', '=', studentId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  await records.log([studentId], 'document', 'read', purpose);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    language: r.language,
    sha256: r.sha256,
    source: r.source,
    sourceId: r.source_id,
    created: new Date(r.created_at).toISOString(),
  }));
}
