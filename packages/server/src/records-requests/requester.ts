import { AUTHORITY_LIMIT_BASES, checkInspectionRequest } from '@continuum/rules/records/index.ts';
import type { AuthorityLimit, InspectionRequester } from '@continuum/rules/records/index.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { isParentOf } from './access.ts';

/**
 * Who asks for something of the child's records (to inspect them, to amend them, to destroy
 * them): the requester's kind, their guardian row (a parent's, or the parent a representative
 * acts for), the representative's name and authorization, when and how the request came.
 */
export interface Requester<
  Kind extends RequesterKind = RequesterKind,
  Channel extends string = string,
> {
  kind: Kind;
  guardianId: string | null;
  representativeName: string | null;
  authorizationRecordedOn: string | null;
  receivedOn: string;
  channel: Channel;
}

export type RequesterKind = 'parent' | 'representative' | 'student';

/** What a request's input says of who asked: staff send it, a parent sends none of it. */
export interface RequesterInput<Kind extends RequesterKind, Channel extends string> {
  studentId: string;
  requester?: Kind | undefined;
  guardianId?: string | undefined;
  representativeName?: string | undefined;
  authorizationRecordedOn?: string | undefined;
  receivedOn?: string | undefined;
  channel?: Channel | undefined;
}

const districtFields = [
  'requester',
  'guardianId',
  'representativeName',
  'authorizationRecordedOn',
  'receivedOn',
  'channel',
] as const;

/**
 * Who asks, by the grant's relationship: the child's parent asks for themselves, online, today;
 * the privacy officer or a district administrator records a request received on paper, in
 * person, by e-mail or phone, from a parent of the child, a parent's representative (where the
 * request allows one) or the student. The rules decide whether the requester may ask
 * (`checkInspectionRequest`: a recorded limit on authority, a representative without
 * authorization, a student under 18 are refused with the passage; 34 CFR 300.613, 300.625).
 * The right to amend and the right to ask for destruction follow the right to inspect.
 */
export async function requesterOf<Kind extends RequesterKind, Channel extends string>(
  records: StudentRecords,
  grant: StudentGrant,
  input: RequesterInput<Kind, Channel>,
): Promise<Requester<Kind | 'parent', Channel | 'online'>> {
  const who = isParentOf(grant) ? await parentAsks(records, input) : staffRecords(records, input);
  const requester = await requesterForRules(records, input.studentId, who);
  const check = checkInspectionRequest({ requester, on: who.receivedOn });
  if (!check.allowed)
    throw new RefusedError(check.message, check.citation, [
      { path: check.field, message: check.message },
    ]);
  return who;
}

/**
 * A parent acts for themselves, today, through the product: who asked, when and how are the
 * district's to record for a request or step received another way, never the parent's to send.
 * Each such field a parent sent is a 422 on that field.
 */
export function refuseDistrictFields<K extends string>(
  input: Partial<Record<K, unknown>>,
  fields: readonly K[],
): void {
  const given = fields.filter((f) => input[f] !== undefined);
  if (given.length)
    throw new InvalidInputError(
      given.map((path) => ({ path, message: 'is recorded by the district, not sent by a parent' })),
    );
}

async function parentAsks(
  records: StudentRecords,
  input: RequesterInput<RequesterKind, string>,
): Promise<Requester<'parent', 'online'>> {
  refuseDistrictFields(input, districtFields);
  return {
    kind: 'parent',
    guardianId: await ownGuardianId(records, input.studentId),
    representativeName: null,
    authorizationRecordedOn: null,
    receivedOn: records.asOf,
    channel: 'online',
  };
}

/** The signed-in parent's guardian row for this child (the grant already says they are one). */
export async function ownGuardianId(records: StudentRecords, studentId: string): Promise<string> {
  const own = await records.tx
    .selectFrom('student_guardians as sg')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
    )
    .where('sg.student_id', '=', studentId)
    .where('g.account_id', '=', records.actor.accountId)
    .select('g.id')
    .executeTakeFirst();
  if (!own) throw new NotFoundError('student');
  return own.id;
}

/** The district records a request it received: who asked, when and how are required. */
function staffRecords<Kind extends RequesterKind, Channel extends string>(
  records: StudentRecords,
  input: RequesterInput<Kind, Channel>,
): Requester<Kind, Channel> {
  const { requester: kind, receivedOn, channel } = input;
  const missing = [
    ...(kind === undefined ? ['requester'] : []),
    ...(kind !== 'student' && input.guardianId === undefined ? ['guardianId'] : []),
    ...(kind === 'representative' && input.representativeName === undefined
      ? ['representativeName']
      : []),
    ...(receivedOn === undefined ? ['receivedOn'] : []),
    ...(channel === undefined ? ['channel'] : []),
  ];
  if (missing.length || kind === undefined || receivedOn === undefined || channel === undefined)
    throw new InvalidInputError(missing.map((path) => ({ path, message: 'required' })));
  const extra = [
    ...(kind === 'student' && input.guardianId !== undefined ? ['guardianId'] : []),
    ...(kind !== 'representative' && input.representativeName !== undefined
      ? ['representativeName']
      : []),
    ...(kind !== 'representative' && input.authorizationRecordedOn !== undefined
      ? ['authorizationRecordedOn']
      : []),
  ];
  if (extra.length)
    throw new InvalidInputError(
      extra.map((path) => ({ path, message: `does not apply to a request by the ${kind}` })),
    );
  refuseFutureDates(records, {
    receivedOn,
    authorizationRecordedOn: input.authorizationRecordedOn,
  });
  return {
    kind,
    guardianId: input.guardianId ?? null,
    representativeName: input.representativeName ?? null,
    authorizationRecordedOn: input.authorizationRecordedOn ?? null,
    receivedOn,
    channel,
  };
}

/**
 * What the rules need to know about the requester. The guardian must be the child's (else the
 * field is refused). The limit on a parent's authority: the product records
 * `educational_authority` (false when an order took the parent's authority away) and the
 * order's kind in words (`authority_limit`), but not whether the order removes the right to
 * inspect the records; until it does, a parent without educational authority is treated as
 * having lost that right too (docs/records.md, Interpretations), and a limit that leaves
 * educational authority does not remove it.
 */
export async function requesterForRules(
  records: StudentRecords,
  studentId: string,
  who: Requester,
): Promise<InspectionRequester> {
  if (who.kind === 'student') {
    const student = await records.tx
      .selectFrom('students')
      .where('id', '=', studentId)
      .select('date_of_birth')
      .executeTakeFirstOrThrow();
    return { kind: 'student', dateOfBirth: student.date_of_birth };
  }
  const guardian = await records.tx
    .selectFrom('student_guardians')
    .where('student_id', '=', studentId)
    .where('guardian_id', '=', who.guardianId ?? '')
    .select(['educational_authority', 'authority_limit'])
    .executeTakeFirst();
  if (!guardian)
    throw new InvalidInputError([
      { path: 'guardianId', message: "is not one of the child's parents or guardians" },
    ]);
  const limit = limitOf(guardian);
  if (who.kind === 'parent') return { kind: 'parent', limit };
  return {
    kind: 'representative',
    authorizedBy: who.authorizationRecordedOn === null ? null : { limit },
  };
}

function limitOf(g: {
  educational_authority: boolean;
  authority_limit: string | null;
}): AuthorityLimit | null {
  if (g.educational_authority && g.authority_limit === null) return null;
  const words = (g.authority_limit ?? '').toLowerCase();
  const basis = AUTHORITY_LIMIT_BASES.find((b) => b !== 'other' && words.includes(b)) ?? 'other';
  return { basis, removesRecordsAccess: !g.educational_authority };
}
