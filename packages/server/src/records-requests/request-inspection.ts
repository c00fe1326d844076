import { checkInspectionRequest, AUTHORITY_LIMIT_BASES } from '@continuum/rules/records/index.ts';
import type { AuthorityLimit, InspectionRequester } from '@continuum/rules/records/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent, refuseFutureDates } from '../timelines/case-events.ts';
import { grantRequests, mayHandleRequests } from './access.ts';
import { requestRows, requestSource, toRequestView } from './present.ts';
import type { RecordsRequestInput, RecordsRequestView } from './schemas.ts';

const staffFields = [
  'requester',
  'guardianId',
  'representativeName',
  'authorizationRecordedOn',
  'receivedOn',
  'channel',
] as const;

/**
 * A request to inspect and review the child's education records (PSN, Access Rights, 34 CFR
 * 300.613): a parent asks for their own child, online, today; the privacy officer or a
 * district administrator records a request received on paper, in person, by e-mail or phone,
 * from any parent of the child, a parent's representative, or the student. The rules decide
 * whether the requester may inspect (`checkInspectionRequest`: a recorded limit on authority,
 * a representative without authorization, a student under 18 are refused with the citation).
 * The request records the `records-request` case event in the same transaction, so the
 * `records-inspection` deadline (45 calendar days, and before any meeting) is derived from it.
 */
export async function requestInspection(
  call: Call,
  input: RecordsRequestInput & { studentId: string },
): Promise<RecordsRequestView> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await grantRequests(
      records,
      studentId,
      'create',
      'request-records-inspection',
      (g) => g.relationships.has('guardian') || mayHandleRequests(g),
      "The child's parent asks to inspect the records; the privacy officer or a district administrator records a request received another way.",
    );
    if (!input.inspect && !input.explanations && !input.copies)
      throw new InvalidInputError([
        { path: 'inspect', message: 'say what is asked: inspect, explanations or copies' },
      ]);
    const who = grant.relationships.has('guardian')
      ? await parentAsks(records, input)
      : staffRecords(records, input);
    const requester = await requesterForRules(records, studentId, who);
    const check = checkInspectionRequest({ requester, on: who.receivedOn });
    if (!check.allowed)
      throw new RefusedError(check.message, check.citation, [
        { path: check.field, message: check.message },
      ]);
    const eventId = await recordCaseEvent(records, {
      studentId,
      type: 'records-request',
      on: who.receivedOn,
      field: 'receivedOn',
      source: requestSource,
      sourceId: null,
    });
    const row = await records.tx
      .insertInto('records_requests')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        requester_kind: who.kind,
        guardian_id: who.guardianId,
        representative_name: who.representativeName,
        authorization_recorded_on: who.authorizationRecordedOn,
        received_on: who.receivedOn,
        channel: who.channel,
        inspect: input.inspect,
        explanations: input.explanations,
        copies: input.copies,
        request_event_id: eventId,
        recorded_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The event names its request, so voiding or reading it leads back here.
    await records.tx
      .updateTable('case_events')
      .set({ source_id: row.id })
      .where('id', '=', eventId)
      .execute();
    await records.log(
      [studentId],
      ['records-request', 'case-timeline'],
      'create',
      'request-records-inspection',
    );
    return toRequestView(
      await requestRows(records.tx).where('r.id', '=', row.id).executeTakeFirstOrThrow(),
    );
  });
}

export interface Who {
  kind: 'parent' | 'representative' | 'student';
  guardianId: string | null;
  representativeName: string | null;
  authorizationRecordedOn: string | null;
  receivedOn: string;
  channel: NonNullable<RecordsRequestInput['channel']>;
}

/** A parent asks for themselves, today, through the product: the district's fields are not theirs. */
async function parentAsks(
  records: StudentRecords,
  input: RecordsRequestInput & { studentId: string },
): Promise<Who> {
  const given = staffFields.filter((f) => input[f] !== undefined);
  if (given.length)
    throw new InvalidInputError(
      given.map((path) => ({ path, message: 'is recorded by the district, not sent by a parent' })),
    );
  const own = await records.tx
    .selectFrom('student_guardians as sg')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
    )
    .where('sg.student_id', '=', input.studentId)
    .where('g.account_id', '=', records.actor.accountId)
    .select('g.id')
    .executeTakeFirst();
  if (!own) throw new NotFoundError('student');
  return {
    kind: 'parent',
    guardianId: own.id,
    representativeName: null,
    authorizationRecordedOn: null,
    receivedOn: records.asOf,
    channel: 'online',
  };
}

/** The district records a request it received: who asked, when and how are required. */
function staffRecords(records: StudentRecords, input: RecordsRequestInput): Who {
  const kind = input.requester;
  const missing = [
    ...(kind === undefined ? ['requester'] : []),
    ...(kind !== 'student' && input.guardianId === undefined ? ['guardianId'] : []),
    ...(kind === 'representative' && input.representativeName === undefined
      ? ['representativeName']
      : []),
    ...(input.receivedOn === undefined ? ['receivedOn'] : []),
    ...(input.channel === undefined ? ['channel'] : []),
  ];
  if (
    missing.length ||
    kind === undefined ||
    input.receivedOn === undefined ||
    input.channel === undefined
  )
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
    receivedOn: input.receivedOn,
    authorizationRecordedOn: input.authorizationRecordedOn,
  });
  return {
    kind,
    guardianId: input.guardianId ?? null,
    representativeName: input.representativeName ?? null,
    authorizationRecordedOn: input.authorizationRecordedOn ?? null,
    receivedOn: input.receivedOn,
    channel: input.channel,
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
  who: Who,
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

export function limitOf(g: {
  educational_authority: boolean;
  authority_limit: string | null;
}): AuthorityLimit | null {
  if (g.educational_authority && g.authority_limit === null) return null;
  const words = (g.authority_limit ?? '').toLowerCase();
  const basis = AUTHORITY_LIMIT_BASES.find((b) => b !== 'other' && words.includes(b)) ?? 'other';
  return { basis, removesRecordsAccess: !g.educational_authority };
}
