import type { RecordType } from '../access/access-log.ts';
import type { SectionKey } from './schemas.ts';

/**
 * Where each record type the product holds appears in a child's complete record (PSN, Access
 * Rights, 34 CFR 300.613: "any education records relating to your child"): the section that
 * holds it, or why it has none. A `Record<RecordType, …>`, so a new record type does not
 * compile until it says where it goes; the completeness test assembles a record and checks
 * each section named here is in it.
 */
export type Placement = { section: SectionKey } | { excluded: string };

export const recordTypePlacement: Record<RecordType, Placement> = {
  'student-list': {
    excluded:
      "A list of many students (the district's search and rosters) is not a record of one child; this child's own entry is the profile.",
  },
  'student-profile': { section: 'profile' },
  guardians: { section: 'guardians' },
  enrollment: { section: 'enrollments' },
  'access-log': { section: 'accessLog' },
  referral: { section: 'referrals' },
  consent: { section: 'consents' },
  evaluation: { section: 'evaluations' },
  meeting: { section: 'meetings' },
  iep: { section: 'ieps' },
  notice: { section: 'notices' },
  document: { section: 'documents' },
  'case-timeline': { section: 'caseTimeline' },
  'implementer-assignment': { section: 'implementers' },
  'iep-review': { section: 'implementers' },
  'service-session': { section: 'serviceSessions' },
  escalation: { section: 'escalations' },
  'records-request': { section: 'recordsRequests' },
  disclosure: { section: 'disclosures' },
  amendment: { section: 'amendments' },
  'records-destruction': { section: 'destruction' },
};

/** The record types the complete record reads, one access-log row each. */
export const assembledRecordTypes = (Object.keys(recordTypePlacement) as RecordType[]).filter(
  (type) => 'section' in recordTypePlacement[type],
);
