import type { Tx } from '../db/tenant.ts';
import type { DisclosureView } from './schemas.ts';

/** Disclosures (`d`) with the request date of the consent they rest on. */
export function disclosureRows(tx: Tx) {
  return tx
    .selectFrom('disclosures as d')
    .leftJoin('consents as c', (j) =>
      j.onRef('c.district_id', '=', 'd.district_id').onRef('c.id', '=', 'd.consent_id'),
    )
    .selectAll('d')
    .select('c.requested_on as consent_requested_on');
}
type DisclosureRow = Awaited<
  ReturnType<ReturnType<typeof disclosureRows>['executeTakeFirstOrThrow']>
>;

export function toDisclosureView(d: DisclosureRow): DisclosureView {
  return {
    id: d.id,
    studentId: d.student_id,
    disclosedOn: d.disclosed_on,
    partyKind: d.party_kind,
    partyName: d.party_name,
    purpose: d.purpose,
    recordTypes: d.record_types,
    description: d.description,
    statementIds: d.statement_ids,
    forPartB: d.for_part_b,
    basis: d.basis,
    consentId: d.consent_id,
    consentRequestedOn: d.consent_requested_on,
    ferpaAuthority: d.ferpa_authority,
    citation: d.citation,
    recordedAt: new Date(d.recorded_at).toISOString(),
  };
}
