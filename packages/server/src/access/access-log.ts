import type { Tx } from '../db/tenant.ts';
import type { Actor } from './actor.ts';
import { loggedRole } from './actor.ts';
import { referralPurposes } from '../referrals/purposes.ts';
import { consentPurposes } from '../consent/purposes.ts';
import { evaluationPurposes } from '../evaluations/purposes.ts';
import { meetingPurposes } from '../meetings/purposes.ts';
import { iepPurposes } from '../iep/purposes.ts';
import { noticePurposes } from '../notices/purposes.ts';
import { documentPurposes } from '../documents/purposes.ts';
import { timelinePurposes } from '../timelines/purposes.ts';
import { distributionPurposes } from '../distribution/purposes.ts';
import { servicePurposes } from '../services/purposes.ts';
import { escalationPurposes } from '../escalations/purposes.ts';
import { recordsRequestPurposes } from '../records-requests/purposes.ts';
import { amendmentPurposes } from '../amendments/purposes.ts';
import { disclosurePurposes } from '../disclosures/purposes.ts';
import { destructionPurposes } from '../destruction/purposes.ts';
import { completeRecordPurposes } from '../complete-record/purposes.ts';

/**
 * The typed catalogue of what the access log records (STYLE.md, from Documenso). A record
 * type names the kind of personally identifiable information; an action what was done.
 */
export type RecordType =
  | 'student-list'
  | 'student-profile'
  | 'guardians'
  | 'enrollment'
  | 'access-log'
  | 'referral'
  | 'consent'
  | 'evaluation'
  | 'meeting'
  | 'iep'
  | 'notice'
  | 'document'
  | 'case-timeline'
  | 'implementer-assignment'
  | 'iep-review'
  | 'service-session'
  | 'escalation'
  | 'records-request'
  | 'amendment'
  | 'disclosure'
  | 'records-destruction';
/**
 * `print` and `download`: a copy left the product (PREK, Accessibility and Storage).
 * `destroy`: the child's records were destroyed at the parent's request (34 CFR 300.624).
 */
export type AccessAction = 'read' | 'create' | 'update' | 'print' | 'download' | 'destroy';

/**
 * Why the records were reached: ids, worded for people by the pages' messages. Each case
 * domain lists its own (`referrals/purposes.ts` …); they join the workspace's here.
 */
export const purposes = [
  'list-students',
  'search-students',
  'view-student',
  'add-student',
  'edit-profile',
  'show-current-after-conflict',
  'add-guardian',
  'edit-guardian',
  'enroll-student',
  'end-enrollment',
  'view-access-log',
  ...referralPurposes,
  ...consentPurposes,
  ...evaluationPurposes,
  ...meetingPurposes,
  ...iepPurposes,
  ...noticePurposes,
  ...documentPurposes,
  ...timelinePurposes,
  ...distributionPurposes,
  ...servicePurposes,
  ...escalationPurposes,
  ...recordsRequestPurposes,
  ...amendmentPurposes,
  ...disclosurePurposes,
  ...destructionPurposes,
  ...completeRecordPurposes,
] as const;
export type Purpose = (typeof purposes)[number];

export interface AccessEntry {
  studentId: string | null;
  recordType: RecordType;
  action: AccessAction;
  purpose: Purpose;
  outcome: 'allowed' | 'denied';
}

/**
 * Appends rows to the record of access (34 CFR 300.614) in the caller's transaction, so a
 * read and its record commit together or not at all. The database computes the hash chain.
 */
export async function appendAccessLog(
  tx: Tx,
  actor: Actor,
  requestId: string,
  entries: readonly AccessEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  if (!requestId || !actor.accountId)
    throw new Error('an access-log row needs an actor and a request');
  await tx
    .insertInto('access_log')
    .values(
      entries.map((e) => ({
        district_id: actor.districtId,
        request_id: requestId,
        actor_account_id: actor.accountId,
        actor_role: loggedRole(actor),
        student_id: e.studentId,
        record_type: e.recordType,
        action: e.action,
        purpose: e.purpose,
        outcome: e.outcome,
      })),
    )
    .execute();
}
