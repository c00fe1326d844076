import { checkConsentTransition } from '@continuum/rules/consent/index.ts';
import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError, RefusedError } from '../errors.ts';
import { recordCaseEvent, voidCaseEvents } from '../timelines/case-events.ts';
import type { ConsentResponseInput, ConsentView } from './schemas.ts';
import type { ConsentDetail } from './get-consent.ts';
import { readConsent } from './get-consent.ts';
import { loadConsents } from './present.ts';
import { manageConsentGrant } from './manage-grant.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';

/**
 * Records the parent's answer to a consent request (granted, refused, no response) or the
 * written revocation of a granted consent, as a new state: the history is never overwritten.
 * The pure state machine (`@continuum/rules/consent`) decides what is allowed. The version the
 * caller read guards two people recording an answer at once.
 *
 * Granting consent for the initial evaluation records the case event
 * `consent-initial-evaluation` on the consent's date: the evaluation deadlines run from it.
 * Revoking that consent before the evaluation began voids the event (no evaluation will be
 * done, so no deadline runs); once it began, the revocation is not retroactive and the event
 * stays.
 */
export async function recordConsentResponse(
  call: Call,
  input: ConsentResponseInput & { studentId: string; consentId: string },
): Promise<ConsentDetail> {
  const purpose = input.state === 'revoked' ? 'revoke-consent' : 'record-consent-response';
  const outcome = await withStudentRecords(call, async (records) => {
    await manageConsentGrant(records, input.studentId, 'update', purpose);
    const [consent] = await loadConsents(records, input.studentId, input.consentId);
    if (!consent) throw new NotFoundError('consent');
    if (consent.version !== input.version) {
      await records.log([input.studentId], 'consent', 'read', 'show-current-after-conflict');
      return { conflict: consent };
    }
    refuseFutureDates(records, { on: input.on });
    const check = checkConsentTransition({
      type: consent.type,
      from: consent.state,
      fromOn: consent.stateOn,
      to: input.state,
      on: input.on,
      written: input.written,
      effortsLogged: consent.efforts.length,
    });
    if (!check.allowed)
      throw new RefusedError(check.message, check.citation, [
        { path: check.field, message: check.message },
      ]);
    const { tx, actor } = records;
    const bumped = await tx
      .updateTable('consents')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', consent.id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!bumped) {
      await records.log([input.studentId], 'consent', 'read', 'show-current-after-conflict');
      const [current] = await loadConsents(records, input.studentId, input.consentId);
      return { conflict: current! };
    }
    await tx
      .insertInto('consent_states')
      .values({
        district_id: actor.districtId,
        consent_id: consent.id,
        seq: consent.history.length,
        state: input.state,
        on_date: input.on,
        written: input.written,
        note: input.note ?? '',
        recorded_by: actor.accountId,
      })
      .execute();
    await recordEvents(records, consent, input);
    await records.log([input.studentId], 'consent', 'update', purpose);
    return { updated: await readConsent(records, input.studentId, consent.id, purpose) };
  });
  if ('conflict' in outcome)
    throw new ConflictError(
      'Someone else recorded an answer on this consent since you opened it. Review its current state and try again.',
      outcome.conflict,
    );
  return outcome.updated;
}

/** Event types that show an initial evaluation has begun. */
const EVALUATION_BEGUN = ['first-evaluation-appointment', 'evaluation-completed'] as const;

async function recordEvents(
  records: StudentRecords,
  consent: ConsentView,
  input: ConsentResponseInput & { studentId: string },
): Promise<void> {
  if (consent.type !== 'initial-evaluation') return;
  const source = { source: 'consent', sourceId: consent.id };
  if (input.state === 'granted') {
    await recordCaseEvent(records, {
      studentId: input.studentId,
      type: 'consent-initial-evaluation',
      on: input.on,
      ...source,
    });
    return;
  }
  if (input.state !== 'revoked') return;
  const begun = await records.tx
    .selectFrom('case_events')
    .where('student_id', '=', input.studentId)
    .where('type', 'in', EVALUATION_BEGUN)
    .where('voided_at', 'is', null)
    .where('occurred_on', '<=', input.on)
    .select('id')
    .executeTakeFirst();
  if (!begun)
    await voidCaseEvents(
      records,
      input.studentId,
      source,
      'Consent for the initial evaluation was revoked in writing before the evaluation began.',
    );
}
