import type { MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { view } from '../testing/access-matrix.ts';

/**
 * The `documents` module's rows of the access matrix (testing/access-matrix.ts): anyone with a
 * relationship to the student may read their stored documents, parents too.
 */
async function storedDocument(t: StudentTarget): Promise<Record<string, string>> {
  const { db } = t.database;
  const student = await db
    .selectFrom('students')
    .select('district_id')
    .where('id', '=', t.studentId)
    .executeTakeFirstOrThrow();
  const document = await db
    .insertInto('documents')
    .values({
      district_id: student.district_id,
      student_id: t.studentId,
      kind: 'prior-written-notice',
      title: 'Prior written notice',
      language: 'en',
      content: new TextEncoder().encode('%PDF-1.3 test'),
      source: 'notice',
      source_id: null,
      created_by: t.fixture.accounts['district-admin'].accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { documentId: document.id };
}

export const documentsRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/documents', expect: view },
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/documents/:documentId',
    expect: view,
    params: storedDocument,
  },
  // Pages: the PDF shown in the browser.
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/documents/:documentId',
    expect: view,
    anonymous: 303,
    params: storedDocument,
  },
];
