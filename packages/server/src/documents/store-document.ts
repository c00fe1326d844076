import type { StudentRecords } from '../access/student-records.ts';

/** A document to keep, as rendered: the bytes are stored once and never changed. */
export interface NewDocument {
  studentId: string;
  /** What the document is, in kebab case: `prior-written-notice`, `iep` … */
  kind: string;
  title: string;
  /** The language it is written in (BCP 47: `en`, `es`). */
  language: string;
  /** The PDF bytes (renderPdf). */
  content: Uint8Array;
  /** The record it was made from (`notice`, `iep-version` …) and its id. */
  source: string;
  sourceId: string | null;
}

/**
 * Keeps a finalized or sent document in the immutable `documents` table (0003_case_core.sql),
 * in the caller's transaction, and writes the access log (record type `document`, action
 * `create`). The database computes the SHA-256 of the bytes and refuses any later UPDATE or
 * DELETE. The caller has already checked, through `records.grant`, that the actor may change
 * the student's case.
 */
export async function storeDocument(
  records: StudentRecords,
  document: NewDocument,
): Promise<{ id: string; sha256: string }> {
  const row = await records.tx
    .insertInto('documents')
    .values({
      district_id: records.actor.districtId,
      student_id: document.studentId,
      kind: document.kind,
      title: document.title,
      language: document.language,
      content: document.content,
      source: document.source,
      source_id: document.sourceId,
      created_by: records.actor.accountId,
    })
    .returning(['id', 'sha256'])
    .executeTakeFirstOrThrow();
  await records.log([document.studentId], 'document', 'create', 'store-document');
  return row;
}
