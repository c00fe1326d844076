import { checkInspectionRequest } from '@continuum/rules/records/index.ts';
import type { InspectionRequester } from '@continuum/rules/records/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { limitOf } from '../records-requests/request-inspection.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { grantAmendments, isParentOf, mayActForParent } from './access.ts';
import { readAmendment } from './read-amendment.ts';
import type { AmendmentInput, AmendmentView } from './schemas.ts';

const staffFields = ['requester', 'guardianId', 'receivedOn', 'channel'] as const;

/**
 * A request to amend information in the child's education records that the requester believes
 * is inaccurate, misleading, or violates the child's privacy or other rights (PSN, Amendment of
 * Records at Parent's Request, 34 CFR 300.618(a)): a parent asks for their own child, online,
 * today; the privacy officer or a district administrator records a request received on paper,
 * in person, by e-mail or phone from any of the child's parents, or from the student of age.
 * The right to ask follows the right to inspect (one amends what one may see): the rules'
 * `checkInspectionRequest` refuses a parent whose recorded limit removes access, and a student
 * under 18, with the passage. The district decides within its reasonable period
 * (`DECISION_DAYS`, present.ts).
 */
export async function requestAmendment(
  call: Call,
  input: AmendmentInput & { studentId: string },
): Promise<AmendmentView> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await grantAmendments(
      records,
      studentId,
      'create',
      'request-amendment',
      mayActForParent,
      "The child's parent asks to amend the records; the privacy officer or a district administrator records a request received another way.",
    );
    const who = isParentOf(grant) ? await parentAsks(records, input) : staffRecords(records, input);
    const check = checkInspectionRequest({
      requester: await requesterForRules(records, studentId, who),
      on: who.receivedOn,
    });
    if (!check.allowed)
      throw new RefusedError(check.message, check.citation, [
        { path: check.field, message: check.message },
      ]);
    const row = await records.tx
      .insertInto('amendment_requests')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        requester_kind: who.kind,
        guardian_id: who.guardianId,
        received_on: who.receivedOn,
        channel: who.channel,
        record_type: input.recordType,
        information: input.information,
        reason: input.reason,
        change_requested: input.changeRequested,
        status_on: who.receivedOn,
        recorded_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await records.log([studentId], 'amendment', 'create', 'request-amendment');
    return readAmendment(records, grant, row.id);
  });
}

interface Who {
  kind: 'parent' | 'student';
  guardianId: string | null;
  receivedOn: string;
  channel: NonNullable<AmendmentInput['channel']>;
}

/** A parent asks for themselves, today, through the product: the district's fields are not theirs. */
async function parentAsks(
  records: StudentRecords,
  input: AmendmentInput & { studentId: string },
): Promise<Who> {
  const given = staffFields.filter((f) => input[f] !== undefined);
  if (given.length)
    throw new InvalidInputError(
      given.map((path) => ({ path, message: 'is recorded by the district, not sent by a parent' })),
    );
  return {
    kind: 'parent',
    guardianId: await ownGuardianId(records, input.studentId),
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
function staffRecords(records: StudentRecords, input: AmendmentInput): Who {
  const kind = input.requester;
  const missing = [
    ...(kind === undefined ? ['requester'] : []),
    ...(kind === 'parent' && input.guardianId === undefined ? ['guardianId'] : []),
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
  if (kind === 'student' && input.guardianId !== undefined)
    throw new InvalidInputError([
      { path: 'guardianId', message: 'does not apply to a request by the student' },
    ]);
  refuseFutureDates(records, { receivedOn: input.receivedOn });
  return {
    kind,
    guardianId: input.guardianId ?? null,
    receivedOn: input.receivedOn,
    channel: input.channel,
  };
}

/** The requester as the rules see them: the child's parent with any recorded limit, or the student's age. */
async function requesterForRules(
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
    await records.log([studentId], 'student-profile', 'read', 'request-amendment');
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
  await records.log([studentId], 'guardians', 'read', 'request-amendment');
  return { kind: 'parent', limit: limitOf(guardian) };
}
