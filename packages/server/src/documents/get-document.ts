import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { Call } from '../http/call.ts';

export interface StoredDocument {
  title: string;
  kind: string;
  mediaType: string;
  sha256: string;
  content: Uint8Array;
}

/** One stored document's bytes, exactly as stored; the download is logged (an IEP's as a `download`). */
export async function getDocument(
  call: Call,
  input: { studentId: string; documentId: string },
): Promise<StoredDocument> {
  return withStudentRecords(call, async (records) => {
    await records.grant(input.studentId, 'document', 'read', 'download-document');
    const row = await records.tx
      .selectFrom('documents')
      .select(['title', 'kind', 'media_type', 'sha256', 'content'])
      .where('student_id', '=', input.studentId)
      .where('id', '=', input.documentId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('document');
    // A stored IEP that leaves the product is logged as a download (PREK, Accessibility and
    // Storage: the IEP's contents are kept confidential; the record of access shows each copy).
    if (row.kind === 'iep')
      await records.log([input.studentId], 'document', 'download', 'download-iep');
    else await records.log([input.studentId], 'document', 'read', 'download-document');
    return {
      title: row.title,
      kind: row.kind,
      mediaType: row.media_type,
      sha256: row.sha256,
      content: row.content,
    };
  });
}
