import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Purpose } from '../access/access-log.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { ConsentView } from './schemas.ts';
import { loadConsents } from './present.ts';

export interface ConsentDetail {
  consent: ConsentView;
  mayManage: boolean;
}

/** One consent request: its history, reasonable efforts and what a revocation would mean. */
export async function getConsent(
  call: Call,
  input: { studentId: string; consentId: string },
): Promise<ConsentDetail> {
  return withStudentRecords(call, (records) =>
    readConsent(records, input.studentId, input.consentId, 'view-consents'),
  );
}

/** Reads and logs one consent inside an open records scope (shared by the writes). */
export async function readConsent(
  records: StudentRecords,
  studentId: string,
  consentId: string,
  purpose: Purpose,
): Promise<ConsentDetail> {
  const grant = await records.grant(studentId, 'consent', 'read', purpose);
  const [consent] = await loadConsents(records, studentId, consentId);
  if (!consent) throw new NotFoundError('consent');
  await records.log([studentId], 'consent', 'read', purpose);
  return { consent, mayManage: grant.abilities.manageCase };
}
