import { consentAllows, type ConsentState } from '../consent/transitions.ts';
import { RECORDS_CITATIONS as C } from './citations.ts';

/**
 * Whether a disclosure of a child's personally identifiable information needs the parent's
 * recorded consent, or falls under an exception the PSN names (Consent for Disclosure of
 * Personally Identifiable Information, 34 CFR 300.622; Transmittal of records, 34 CFR 300.535).
 * Pure: the product records each disclosure with the basis this returns.
 */

/** Who receives the information. */
export const RECIPIENT_KINDS = [
  // Officials of a participating agency (300.611: any agency that collects, maintains or uses
  // the information under Part B), for a purpose of meeting a Part B requirement.
  'participating-agency-official',
  // Officials of participating agencies "providing or paying for transition services".
  'transition-agency',
  // Between the officials of the district where a private school in another district is
  // located and the officials of the district of residence.
  'other-district-officials',
  // The authorities to whom the district reports a crime committed by the child.
  'crime-report-authority',
  // Anyone else.
  'other-party',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The records a disclosure carries, as far as the rules distinguish them. */
export type RecordCategory = 'special-education' | 'discipline' | 'other';

export interface DisclosureRequest {
  recipient: RecipientKind;
  /** For a participating agency's officials: the disclosure meets a requirement of Part B. */
  forPartBRequirement: boolean;
  /**
   * The FERPA provision that authorizes this disclosure without consent, as the privacy
   * officer recorded it, or null. The PSN defers to FERPA here without quoting it, so the rule
   * takes the recorded authority rather than enumerating FERPA's exceptions.
   */
  ferpaAuthority: string | null;
  records: readonly RecordCategory[];
}

export type DisclosureBasis =
  | {
      basis: 'consent';
      /** Who may give it: the parent, or for transition services also a student of 18. */
      consentFrom: 'parent' | 'parent-or-adult-student';
      why: string;
      citation: string;
    }
  | {
      basis: 'exception';
      exception: 'participating-agency-official' | 'crime-report' | 'ferpa';
      /** The records the exception covers; null when it does not narrow them. */
      limitedTo: readonly RecordCategory[] | null;
      why: string;
      citation: string;
    };

/** What a disclosure rests on: the parent's consent, or which exception, with its passage. */
export function disclosureBasis(request: DisclosureRequest): DisclosureBasis {
  switch (request.recipient) {
    case 'transition-agency':
      // An exception to the officials' exception: consent even though they participate.
      return {
        basis: 'consent',
        consentFrom: 'parent-or-adult-student',
        citation: C.disclosure,
        why: 'Consent of the parent, or of a student who has reached the age of majority (18), is needed before information is released to officials of agencies providing or paying for transition services.',
      };
    case 'other-district-officials':
      return {
        basis: 'consent',
        consentFrom: 'parent',
        citation: C.disclosure,
        why: "The parent's consent is needed before information is released between the officials of the district where the private school is located and the district of residence.",
      };
    case 'crime-report-authority':
      // 300.535: the district "must ensure that copies of the child's special education and
      // disciplinary records are transmitted" and "may transmit [them] only to the extent
      // permitted by FERPA". Without a FERPA authority the transmission needs consent.
      if (request.ferpaAuthority !== null)
        return {
          basis: 'exception',
          exception: 'crime-report',
          limitedTo: ['special-education', 'discipline'],
          citation: C.crimeReport,
          why: `The district reports a crime: the special education and disciplinary records go to the authorities, to the extent FERPA permits (${request.ferpaAuthority}).`,
        };
      return {
        basis: 'consent',
        consentFrom: 'parent',
        citation: C.crimeReport,
        why: 'Records go with a crime report only to the extent FERPA permits. Record the FERPA provision that permits it, or obtain the parent’s consent.',
      };
    case 'participating-agency-official':
      if (request.forPartBRequirement)
        return {
          basis: 'exception',
          exception: 'participating-agency-official',
          limitedTo: null,
          citation: C.disclosure,
          why: 'Consent is not required to release information to officials of participating agencies for purposes of meeting a requirement of Part B of IDEA.',
        };
      return otherParty(request);
    case 'other-party':
      return otherParty(request);
  }
}

function otherParty(request: DisclosureRequest): DisclosureBasis {
  if (request.ferpaAuthority !== null)
    return {
      basis: 'exception',
      exception: 'ferpa',
      limitedTo: null,
      citation: C.disclosure,
      why: `FERPA authorizes this disclosure of education records without consent (${request.ferpaAuthority}).`,
    };
  return {
    basis: 'consent',
    consentFrom: 'parent',
    citation: C.disclosure,
    why: "The parent's consent is needed before information is disclosed to parties other than officials of participating agencies.",
  };
}

/** The disclosure consent on file for this recipient, as the consent area records it. */
export interface DisclosureConsent {
  state: ConsentState;
  givenBy: 'parent' | 'adult-student';
}

export type DisclosureCheck =
  | { allowed: true; basis: DisclosureBasis }
  | { allowed: false; message: string; citation: string; field: 'consent' | 'records' };

/** Whether the disclosure may go ahead now, given the consent on file (or none). */
export function checkDisclosure(
  request: DisclosureRequest,
  consent: DisclosureConsent | null,
): DisclosureCheck {
  const basis = disclosureBasis(request);
  if (basis.basis === 'exception') {
    const limit = basis.limitedTo;
    const beyond = limit === null ? [] : request.records.filter((r) => !limit.includes(r));
    if (beyond.length > 0)
      return {
        allowed: false,
        field: 'records',
        citation: basis.citation,
        message: `This exception covers only ${limit?.join(' and ')} records; ${beyond.join(', ')} records need the parent's consent.`,
      };
    return { allowed: true, basis };
  }
  if (consent === null || !consentAllows('disclosure', consent.state))
    return { allowed: false, field: 'consent', citation: basis.citation, message: basis.why };
  if (consent.givenBy === 'adult-student' && basis.consentFrom === 'parent')
    return {
      allowed: false,
      field: 'consent',
      citation: basis.citation,
      message:
        "This disclosure needs the parent's consent; a student's consent covers transition services only.",
    };
  return { allowed: true, basis };
}
