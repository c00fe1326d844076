import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { todayInNewYork } from '../clock.ts';
import { ForbiddenError, RefusedError } from '../errors.ts';
import { renderPdf } from '../documents/render-pdf.ts';
import { grantIepRead } from '../iep/access.ts';
import { loadIep, loadVersion, presentVersion } from '../iep/present.ts';
import type { IepDocumentFacts } from '../iep/render-iep.ts';
import { iepDocument } from '../iep/render-iep.ts';

/**
 * What every page of a printed IEP says: who it was printed for and when, and how it must be
 * kept (PREK, Accessibility and Storage: "all IEPs are maintained in a secure, locked location";
 * "the contents of all IEPs must be kept confidential and should not be disclosed to any person
 * not identified per the requirements herein").
 */
export function printStamp(name: string, on: string): string {
  return `Printed for ${name} on ${on}. Confidential: protected by IDEA and FERPA. Keep this copy in a secure, locked location and disclose it to no one who is not responsible for implementing this IEP.`;
}

/** The IEP's document with the stamp at the foot of every page and in the file's properties. */
export function printedIepDocument(facts: IepDocumentFacts, stamp: string): TDocumentDefinitions {
  const base = iepDocument(facts);
  return {
    ...base,
    info: { ...base.info, subject: stamp },
    pageMargins: [40, 40, 40, 60],
    footer: (currentPage, pageCount) => ({
      text: `${stamp} Page ${currentPage} of ${pageCount}.`,
      fontSize: 8,
      margin: [40, 10, 40, 0],
    }),
  };
}

/**
 * A printed copy of a final (or superseded) IEP version, rendered afresh for the reader with
 * their name and today's date on every page, and logged as a print (action `print`). A draft is
 * refused: only the committee reads it, and a copy of work in progress is not an IEP.
 */
export async function printIep(
  call: Call,
  input: { studentId: string; iepId: string; versionId: string },
): Promise<{ content: Uint8Array; stamp: string }> {
  return withStudentRecords(call, async (records) => {
    const grant = await grantIepRead(records, input.studentId, 'print-iep', 'print');
    const iep = await loadIep(records, input.studentId, input.iepId);
    const row = await loadVersion(records, input.iepId, input.versionId);
    if (row.status === 'draft') {
      if (!grant.canReadDrafts) {
        records.deny(input.studentId, 'iep', 'print', 'print-iep');
        throw new ForbiddenError('An IEP draft is open only to the committee until it is final.');
      }
      throw new RefusedError(
        'A draft is not printed: print the IEP once it is final.',
        'PREK, Accessibility and Storage',
        [{ path: 'versionId', message: 'Choose a final version of the IEP.' }],
      );
    }
    const student = await records.tx
      .selectFrom('students')
      .where('id', '=', input.studentId)
      .select(['level', 'date_of_birth', 'legal_first_name', 'legal_last_name'])
      .executeTakeFirstOrThrow();
    const version = presentVersion(row, student.level);
    const stamp = printStamp(call.actor.displayName, records.asOf);
    const content = await renderPdf(
      printedIepDocument(
        {
          studentName: `${student.legal_first_name} ${student.legal_last_name}`,
          dateOfBirth: student.date_of_birth,
          committee: iep.committee,
          version,
          finalizedOn: version.finalizedAt
            ? todayInNewYork(new Date(version.finalizedAt))
            : records.asOf,
        },
        stamp,
      ),
    );
    await records.log([input.studentId], 'iep', 'print', 'print-iep');
    return { content, stamp };
  });
}
