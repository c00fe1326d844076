import { checkInspectionRequest } from '@continuum/rules/records/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { ConflictError, InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { requesterForRules } from '../records-requests/request-inspection.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import type {
  DestructionRequestChannel,
  DestructionRequesterKind,
} from '../db/tables/destruction.ts';
import { grantDestruction, mayHandleDestruction } from './access.ts';
import { destructionCaseOf } from './present.ts';
import type { DestructionCaseView, DestructionRequestInput } from './schemas.ts';

const staffFields = ['requester', 'guardianId', 'receivedOn', 'channel'] as const;

interface Requester {
  kind: DestructionRequesterKind;
  guardianId: string | null;
  receivedOn: string;
  channel: DestructionRequestChannel;
}

/**
 * A request to destroy the child's records ("the information must be destroyed at your
 * request", PSN, Destruction of Information, 34 CFR 300.624): the parent asks for their own
 * child, online, today; the privacy officer or a district administrator records a request
 * received on paper, in person, by e-mail or phone, from a parent of the child or the student
 * of age. Who may ask is who may inspect the records (`checkInspectionRequest`): a refusal is a
 * 422 with the citation. Recorded once (409 after). Running the destruction is another step,
 * the privacy officer's (destroy-records.ts).
 */
export async function requestDestruction(
  call: Call,
  input: DestructionRequestInput & { studentId: string },
): Promise<DestructionCaseView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await grantDestruction(
      records,
      studentId,
      'create',
      'request-destruction',
      (g) => g.relationships.has('guardian') || mayHandleDestruction(g),
      "The child's parent asks for the destruction; the privacy officer or a district administrator records a request received another way.",
    );
    const who = grant.relationships.has('guardian')
      ? await parentAsks(records, input)
      : staffRecords(records, input);
    const requester = await requesterForRules(records, studentId, {
      ...who,
      representativeName: null,
      authorizationRecordedOn: null,
    });
    const check = checkInspectionRequest({ requester, on: who.receivedOn });
    if (!check.allowed)
      throw new RefusedError(check.message, check.citation, [
        { path: check.field, message: check.message },
      ]);
    const existing = await records.tx
      .selectFrom('destruction_cases')
      .where('student_id', '=', studentId)
      .select('requested_on')
      .forUpdate()
      .executeTakeFirst();
    if (existing?.requested_on) {
      await records.log([studentId], 'records-destruction', 'read', 'request-destruction');
      return { conflict: true as const };
    }
    const requested = {
      requested_on: who.receivedOn,
      request_channel: who.channel,
      requester_kind: who.kind,
      requester_guardian_id: who.guardianId,
      request_recorded_by: call.actor.accountId,
      request_recorded_at: new Date(),
    };
    if (existing)
      await records.tx
        .updateTable('destruction_cases')
        .set(requested)
        .where('student_id', '=', studentId)
        .execute();
    else
      await records.tx
        .insertInto('destruction_cases')
        .values({ district_id: call.actor.districtId, student_id: studentId, ...requested })
        .execute();
    await records.log([studentId], 'records-destruction', 'create', 'request-destruction');
    return { view: await destructionCaseOf(records, grant, studentId) };
  });
  if ('conflict' in outcome) throw new ConflictError('Destruction was already requested.');
  return outcome.view;
}

/** A parent asks for themselves, today, through the product: the district's fields are not theirs. */
async function parentAsks(
  records: StudentRecords,
  input: DestructionRequestInput & { studentId: string },
): Promise<Requester> {
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
  return { kind: 'parent', guardianId: own.id, receivedOn: records.asOf, channel: 'online' };
}

/** The district records a request it received: who asked, when and how are required. */
function staffRecords(records: StudentRecords, input: DestructionRequestInput): Requester {
  const { requester: kind, receivedOn, channel } = input;
  const missing = [
    ...(kind === undefined ? ['requester'] : []),
    ...(kind === 'parent' && input.guardianId === undefined ? ['guardianId'] : []),
    ...(receivedOn === undefined ? ['receivedOn'] : []),
    ...(channel === undefined ? ['channel'] : []),
  ];
  if (missing.length || kind === undefined || receivedOn === undefined || channel === undefined)
    throw new InvalidInputError(missing.map((path) => ({ path, message: 'required' })));
  if (kind === 'student' && input.guardianId !== undefined)
    throw new InvalidInputError([
      { path: 'guardianId', message: 'does not apply to a request by the student' },
    ]);
  refuseFutureDates(records, { receivedOn });
  return { kind, guardianId: input.guardianId ?? null, receivedOn, channel };
}
