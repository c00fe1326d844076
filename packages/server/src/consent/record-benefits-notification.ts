import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { BenefitsNotificationInput, ConsentList } from './schemas.ts';
import { readConsentList } from './list-consents.ts';
import { manageConsentGrant } from './manage-grant.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';

/**
 * Records the written notification the district gives the parent before accessing public
 * benefits or insurance for the first time and once a year after (PSN, Children with
 * disabilities covered by public insurance). The list shows when the next one is due.
 */
export async function recordBenefitsNotification(
  call: Call,
  input: BenefitsNotificationInput & { studentId: string },
): Promise<ConsentList> {
  return withStudentRecords(call, async (records) => {
    await manageConsentGrant(records, input.studentId, 'create', 'record-benefits-notification');
    refuseFutureDates(records, { notifiedOn: input.notifiedOn });
    await records.tx
      .insertInto('public_benefits_notifications')
      .values({
        district_id: records.actor.districtId,
        student_id: input.studentId,
        notified_on: input.notifiedOn,
        method: input.method,
        recorded_by: records.actor.accountId,
      })
      .execute();
    await records.log([input.studentId], 'consent', 'create', 'record-benefits-notification');
    return readConsentList(records, input.studentId, 'record-benefits-notification');
  });
}
