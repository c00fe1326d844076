import type { ConsentState, ConsentType } from '@continuum/rules/consent/index.ts';
import { consentAllows, consentCitation } from '@continuum/rules/consent/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { RefusedError } from '../errors.ts';

export type { ConsentState, ConsentType } from '@continuum/rules/consent/index.ts';

/**
 * The state of the student's latest consent request of this type (the latest requested, and
 * of that request its latest state), or null when none was ever requested. The caller has
 * already checked the actor's grant on the student through `records.grant`.
 */
export async function consentStatus(
  records: StudentRecords,
  studentId: string,
  type: ConsentType,
): Promise<ConsentState | null> {
  const row = await records.tx
    .selectFrom('consents as c')
    .innerJoin('consent_states as s', (join) =>
      join.onRef('s.district_id', '=', 'c.district_id').onRef('s.consent_id', '=', 'c.id'),
    )
    .where('c.student_id', '=', studentId)
    .where('c.type', '=', type)
    .select('s.state')
    .orderBy('c.requested_on', 'desc')
    .orderBy('c.created_at', 'desc')
    .orderBy('s.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.state ?? null;
}

const ACTION: Record<ConsentType, string> = {
  'initial-evaluation': 'the initial evaluation',
  'initial-services': 'special education services for the first time',
  reevaluation: 'the reevaluation',
  'public-benefits': "access to the child's public benefits or insurance",
  'private-insurance': "this use of the parent's private insurance",
  disclosure: 'the disclosure of personally identifiable information',
};

/**
 * Refuses (RefusedError, 422, citing the PSN) a step that needs the parent's consent when the
 * latest consent of that type is not granted. `allowNoResponse` lets a reevaluation proceed
 * when the parent did not respond to the district's documented reasonable efforts (PSN,
 * Parental consent for reevaluations); it has no effect on other types.
 */
export async function requireConsent(
  records: StudentRecords,
  studentId: string,
  type: ConsentType,
  options: { allowNoResponse?: boolean } = {},
): Promise<void> {
  const state = await consentStatus(records, studentId, type);
  if (consentAllows(type, state, options)) return;
  throw new RefusedError(refusalMessage(type, state), consentCitation(type));
}

function refusalMessage(type: ConsentType, state: ConsentState | null): string {
  const action = ACTION[type];
  switch (state) {
    case null:
    case 'requested':
      return `The parent has not given consent for ${action}. Record the parent's written consent first.`;
    case 'refused':
      return `The parent refused consent for ${action}. It cannot proceed unless the parent gives written consent to a new request.`;
    case 'no-response':
      return `The parent has not responded to the request for consent for ${action}. Record the parent's written consent first.`;
    case 'revoked':
      return `The parent revoked consent for ${action} in writing. It cannot proceed unless the parent gives written consent to a new request.`;
    case 'granted':
      return `Consent for ${action} is granted.`;
  }
}
