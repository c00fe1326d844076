import { CONSENT_CITATIONS } from '../consent/transitions.ts';

/**
 * The passages of the procedural safeguards notice (PSN, Confidentiality of Information,
 * 34 CFR 300.610-300.626 as the seed gives them) the records rules follow, one string each so
 * every refusal and every test cites the same words.
 */
export const RECORDS_CITATIONS = {
  definitions: 'PSN, Confidentiality of Information: Definitions (34 CFR 300.611)',
  personallyIdentifiable:
    'PSN, Confidentiality of Information: Personally Identifiable (34 CFR 300.32; 8 NYCRR 200.5(e))',
  noticeToParents: 'PSN, Confidentiality of Information: Notice to Parents (34 CFR 300.612)',
  access:
    'PSN, Confidentiality of Information: Access Rights (34 CFR 300.613; 8 NYCRR 200.2(b)(6), 200.5(d)(6))',
  recordOfAccess: 'PSN, Confidentiality of Information: Record of Access (34 CFR 300.614)',
  moreThanOneChild:
    'PSN, Confidentiality of Information: Records on More Than One Child (34 CFR 300.615)',
  typesAndLocations:
    'PSN, Confidentiality of Information: List of Types and Locations of Information (34 CFR 300.616)',
  fees: 'PSN, Confidentiality of Information: Fees (34 CFR 300.617)',
  amendment:
    "PSN, Confidentiality of Information: Amendment of Records at Parent's Request (34 CFR 300.618)",
  hearing: 'PSN, Confidentiality of Information: Opportunity for a Hearing (34 CFR 300.619)',
  hearingProcedures: 'PSN, Confidentiality of Information: Hearing Procedures (34 CFR 300.621)',
  hearingResult: 'PSN, Confidentiality of Information: Result of Hearing (34 CFR 300.620)',
  /** The consent area's own citation of the same passage: one string for 300.622. */
  disclosure: CONSENT_CITATIONS.disclosure,
  safeguards: 'PSN, Confidentiality of Information: Safeguards (34 CFR 300.623)',
  destruction: 'PSN, Confidentiality of Information: Destruction of Information (34 CFR 300.624)',
  crimeReport:
    'PSN, Referral to and Action by Law Enforcement and Judicial Authorities: Transmittal of records (34 CFR 300.535)',
  /**
   * FERPA itself, which the PSN's definition of education records points to (34 CFR Part 99)
   * but does not quote: no destruction while a request to inspect is outstanding.
   */
  ferpaNoDestructionWhileRequested:
    'FERPA, 34 CFR 99.10(e) (education records as defined by the PSN, 34 CFR 300.611)',
} as const;
