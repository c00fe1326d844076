import { z } from 'zod';
import { RECIPIENT_KINDS } from '@continuum/rules/records/index.ts';
import { isoDate, uuid } from '../students/schemas.ts';
import { disclosableRecordTypes } from './record-categories.ts';

/** Input and output shapes of the `disclosures` module (34 CFR 300.614, 300.622, 300.535). */

const text = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);

export const partyKinds = RECIPIENT_KINDS;
export const disclosureBases = [
  'consent',
  'participating-agency-official',
  'crime-report',
  'ferpa',
] as const;

/**
 * A disclosure the privacy officer (or a district administrator) records: who received what,
 * when and why, on which consent (`consentId`) or under which FERPA provision
 * (`ferpaAuthority`); the use case asks the rules for the basis and refuses what they refuse.
 */
export const disclosureBody = z.strictObject({
  disclosedOn: isoDate,
  partyKind: z.enum(partyKinds),
  partyName: text(200),
  purpose: text(1000),
  recordTypes: z.array(z.enum(disclosableRecordTypes)).min(1).max(disclosableRecordTypes.length),
  description: text(2000),
  forPartB: z.boolean().default(false),
  consentId: uuid.optional(),
  ferpaAuthority: text(300).optional(),
});
export type DisclosureInput = z.infer<typeof disclosureBody>;

export const disclosureView = z.object({
  id: z.string(),
  studentId: z.string(),
  disclosedOn: z.string(),
  partyKind: z.enum(partyKinds),
  partyName: z.string(),
  purpose: z.string(),
  recordTypes: z.array(z.string()),
  description: z.string(),
  /** The parents' statements disclosed with these records (34 CFR 300.620(b)). */
  statementIds: z.array(z.string()),
  forPartB: z.boolean(),
  basis: z.enum(disclosureBases),
  consentId: z.string().nullable(),
  /** The consent's request date, when the disclosure rests on one. */
  consentRequestedOn: z.string().nullable(),
  ferpaAuthority: z.string().nullable(),
  citation: z.string(),
  recordedAt: z.string(),
});
export type DisclosureView = z.infer<typeof disclosureView>;

/** A disclosure consent of the child, for the form's choice. */
const consentOption = z.object({
  id: z.string(),
  recipientKind: z.string(),
  recipientName: z.string(),
  informationDisclosed: z.string(),
  requestedOn: z.string(),
  state: z.string(),
});

export const studentDisclosures = z.object({
  studentId: z.string(),
  studentName: z.string(),
  asOf: z.string(),
  disclosures: z.array(disclosureView),
  /** The child's disclosure consents now granted (the reader records disclosures). */
  consents: z.array(consentOption),
  /** The reader records disclosures (privacy officer, district administrators). */
  mayRecord: z.boolean(),
});
export type StudentDisclosures = z.infer<typeof studentDisclosures>;

export const recentDisclosures = z.object({
  asOf: z.string(),
  items: z.array(disclosureView.extend({ studentName: z.string() })),
});
export type RecentDisclosures = z.infer<typeof recentDisclosures>;

/** One entry of the record of access: a read or change by a person, or a disclosure. */
export const recordOfAccessEntry = z.object({
  kind: z.enum(['access', 'disclosure']),
  /** Whom the law requires the entry for (34 CFR 300.614: parties other than parents and authorized employees). */
  party: z.enum(['parent', 'authorized-employee', 'other']),
  /** YYYY-MM-DD, and for an access the moment. */
  date: z.string(),
  at: z.string().nullable(),
  /** The person's name, or the party's. */
  name: z.string(),
  /** A staff member's job title and roles (comma-separated codes); null for a parent or party. */
  title: z.string().nullable(),
  roles: z.string().nullable(),
  /** An access: the access log's purpose id (worded by the messages) and record type. */
  purposeCode: z.string().nullable(),
  recordType: z.string().nullable(),
  action: z.string().nullable(),
  /** A disclosure: its purpose in the recorder's words, what, the kind of party and the basis. */
  disclosure: disclosureView.nullable(),
  /** What the law requires that the entry lacks (recordOfAccessProblems); empty when complete. */
  problems: z.array(z.object({ field: z.string(), message: z.string(), citation: z.string() })),
});
export type RecordOfAccessEntry = z.infer<typeof recordOfAccessEntry>;

export const recordOfAccess = z.object({
  studentId: z.string(),
  studentName: z.string(),
  asOf: z.string(),
  citation: z.string(),
  disclosures: z.array(recordOfAccessEntry),
  accesses: z.array(recordOfAccessEntry),
  /** The `seq` to page back from when older accesses remain. */
  nextBefore: z.number().nullable(),
});
export type RecordOfAccess = z.infer<typeof recordOfAccess>;
