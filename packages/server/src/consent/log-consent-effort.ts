import { CONSENT_CITATIONS } from '@continuum/rules/consent/index.ts';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { EffortInput } from './schemas.ts';
import type { ConsentDetail } from './get-consent.ts';
import { readConsent } from './get-consent.ts';
import { loadConsents } from './present.ts';
import { manageConsentGrant } from './manage-grant.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';

/**
 * Logs one of the district's reasonable efforts to obtain a consent: a call, a letter or a
 * visit, with the date, who made it and its result (PSN, Documentation of reasonable efforts to
 * obtain parental consent). Efforts are logged while the request awaits the parent's answer.
 */
export async function logConsentEffort(
  call: Call,
  input: EffortInput & { studentId: string; consentId: string },
): Promise<ConsentDetail> {
  return withStudentRecords(call, async (records) => {
    await manageConsentGrant(records, input.studentId, 'create', 'log-reasonable-effort');
    const [consent] = await loadConsents(records, input.studentId, input.consentId);
    if (!consent) throw new NotFoundError('consent');
    refuseFutureDates(records, { on: input.on });
    if (input.on < consent.requestedOn)
      throw new InvalidInputError([
        { path: 'on', message: `cannot be before the request (${consent.requestedOn})` },
      ]);
    if (consent.state !== 'requested' && consent.state !== 'no-response')
      throw new RefusedError(
        "Efforts to obtain consent are logged while the request awaits the parent's answer; the parent has already answered this one.",
        CONSENT_CITATIONS.reasonableEfforts,
      );
    await records.tx
      .insertInto('consent_efforts')
      .values({
        district_id: records.actor.districtId,
        consent_id: consent.id,
        kind: input.kind,
        on_date: input.on,
        made_by: input.madeBy,
        result: input.result,
        recorded_by: records.actor.accountId,
      })
      .execute();
    await records.log([input.studentId], 'consent', 'create', 'log-reasonable-effort');
    return readConsent(records, input.studentId, consent.id, 'log-reasonable-effort');
  });
}
