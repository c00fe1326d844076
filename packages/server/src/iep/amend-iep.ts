import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError } from '../errors.ts';
import { grantIepChange } from './access.ts';
import { meetingDateOf } from './meeting-link.ts';
import {
  loadDraft,
  loadIep,
  loadVersions,
  presentVersion,
  readIep,
  studentFacts,
} from './present.ts';
import type { AmendInput, IepDetail } from './schemas.ts';

export const AMEND_DRAFT_EXISTS =
  'This IEP already has a draft. Continue that draft; only one draft of an IEP may be open at a time.';
export const AMEND_NOT_IN_EFFECT =
  'Only the IEP in effect (final) can be amended. A superseded IEP stays as it was.';

/**
 * Starts an amendment: a new draft version copied from the final one (content and dates), to
 * change and finalize like any draft. The final version stays as it is until the amendment is
 * finalized, which supersedes it (DESIGN.md: an amendment is a new version).
 */
export async function amendIep(
  call: Call,
  input: AmendInput & { studentId: string; iepId: string },
): Promise<IepDetail> {
  type Outcome =
    { kind: 'conflict'; conflict: string; current: unknown } | { kind: 'done'; amended: IepDetail };
  const outcome = await withStudentRecords(call, async (records): Promise<Outcome> => {
    const grant = await grantIepChange(records, input.studentId, 'create', 'amend-iep');
    await loadIep(records, input.studentId, input.iepId);
    const { level } = await studentFacts(records, input.studentId);
    const open = await loadDraft(records, input.iepId);
    if (open) {
      await records.log([input.studentId], 'iep', 'read', 'view-iep');
      return {
        kind: 'conflict',
        conflict: AMEND_DRAFT_EXISTS,
        current: presentVersion(open, level),
      };
    }
    const [latest] = await loadVersions(records, input.iepId);
    if (!latest || latest.status !== 'final') {
      await records.log([input.studentId], 'iep', 'read', 'view-iep');
      return {
        kind: 'conflict',
        conflict: AMEND_NOT_IN_EFFECT,
        current: latest ? presentVersion(latest, level) : null,
      };
    }
    const meetingId = input.meetingId === undefined ? latest.meeting_id : input.meetingId;
    const meetingDate =
      meetingId === latest.meeting_id
        ? latest.meeting_date
        : await meetingDateOf(records, input.studentId, meetingId);
    await records.tx
      .insertInto('iep_versions')
      .values({
        district_id: call.actor.districtId,
        iep_id: input.iepId,
        student_id: input.studentId,
        number: latest.number + 1,
        amends_version_id: latest.id,
        status: 'draft',
        content: JSON.stringify(latest.content),
        meeting_id: meetingId,
        meeting_date: meetingDate,
        projected_implementation_date: latest.projected_implementation_date,
        annual_review_date: latest.annual_review_date,
        reevaluation_date: latest.reevaluation_date,
        saved_by: call.actor.accountId,
        created_by: call.actor.accountId,
      })
      .execute();
    await records.log([input.studentId], 'iep', 'create', 'amend-iep');
    return {
      kind: 'done',
      amended: await readIep(records, input.studentId, input.iepId, grant),
    };
  });
  if (outcome.kind === 'conflict') throw new ConflictError(outcome.conflict, outcome.current);
  return outcome.amended;
}
