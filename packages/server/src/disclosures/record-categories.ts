import type { RecordCategory } from '@continuum/rules/records/index.ts';
import type { RecordType } from '../access/access-log.ts';

/**
 * What each record type is, as far as the disclosure rules distinguish records: the crime-report
 * exception covers "the special education and disciplinary records of the child" only (PSN,
 * Transmittal of records, 34 CFR 300.535), so a disclosure's record types are sorted here
 * before `checkDisclosure` sees them. A `Record<RecordType, …>`: a new record type does not
 * compile until it says which it is (a discipline module's types will be `discipline`; none
 * exists yet).
 *
 * Special education: the child's case from referral to services, and the profile that carries
 * the classification. Other: the family's contact details, enrollment, and the records about
 * the records (the access log, requests, disclosures), which are not the child's special
 * education record and go with a crime report only with consent.
 */
export const recordCategories: Record<RecordType, RecordCategory> = {
  'student-list': 'other',
  'student-profile': 'special-education',
  guardians: 'other',
  enrollment: 'other',
  'access-log': 'other',
  referral: 'special-education',
  consent: 'special-education',
  evaluation: 'special-education',
  meeting: 'special-education',
  iep: 'special-education',
  notice: 'special-education',
  document: 'special-education',
  'case-timeline': 'special-education',
  'implementer-assignment': 'special-education',
  'iep-review': 'special-education',
  'service-session': 'special-education',
  escalation: 'special-education',
  'records-request': 'other',
  amendment: 'other',
  disclosure: 'other',
  'records-destruction': 'other',
};

/** The record types a disclosure may name (every type but lists of many students). */
export const disclosableRecordTypes = (Object.keys(recordCategories) as RecordType[]).filter(
  (t) => t !== 'student-list',
) as [RecordType, ...RecordType[]];

/** The categories of the record types disclosed, each once. */
export function categoriesOf(types: readonly RecordType[]): RecordCategory[] {
  return [...new Set(types.map((t) => recordCategories[t]))];
}
