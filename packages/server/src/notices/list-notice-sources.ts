import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import type { SourceKind } from './schemas.ts';

/** A record of the student a notice can be made from, as the draft forms offer it. */
export interface NoticeSource {
  kind: SourceKind;
  id: string;
  /** The record's day: a version's meeting, an evaluation's completion, a referral's receipt … */
  on: string | null;
  /** What tells it apart: the IEP version number, a meeting's committee, a consent's type … */
  detail: string;
  /** Meetings only: still scheduled, so a meeting notice can be drafted from it. */
  scheduled: boolean;
}

/**
 * The records a chairperson may draft a notice from: final IEP versions, evaluations,
 * meetings, referrals, and consents the parent refused or revoked. Only for those who may
 * change the case (others get an empty list, and nothing is read); the reads are logged
 * under each record's own type.
 */
export async function listNoticeSources(
  call: Call,
  input: { studentId: string },
): Promise<NoticeSource[]> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'notice', 'read', 'draft-notice');
    if (!grant.abilities.manageCase) return [];
    const { tx } = records;
    const { studentId } = input;
    const versions = await tx
      .selectFrom('iep_versions')
      .select(['id', 'number', 'meeting_date', 'status'])
      .where('student_id', '=', studentId)
      .where('status', 'in', ['final', 'superseded'])
      .orderBy('created_at', 'desc')
      .execute();
    const evaluations = await tx
      .selectFrom('evaluations')
      .select(['id', 'kind', 'completed_on', 'requested_on'])
      .where('student_id', '=', studentId)
      .orderBy('created_at', 'desc')
      .execute();
    const meetings = await tx
      .selectFrom('meetings')
      .select(['id', 'committee', 'purpose', 'scheduled_on', 'held_on', 'status'])
      .where('student_id', '=', studentId)
      .orderBy('scheduled_on', 'desc')
      .execute();
    const referrals = await tx
      .selectFrom('referrals')
      .select(['id', 'submitted_on', 'received_on'])
      .where('student_id', '=', studentId)
      .orderBy('submitted_on', 'desc')
      .execute();
    const consents = await tx
      .selectFrom('consents as c')
      .innerJoin('consent_states as s', (j) =>
        j.onRef('s.consent_id', '=', 'c.id').onRef('s.district_id', '=', 'c.district_id'),
      )
      .select(['c.id', 'c.type', 's.state', 's.on_date'])
      .where('c.student_id', '=', studentId)
      .where('s.seq', '=', (eb) =>
        eb
          .selectFrom('consent_states as latest')
          .select((e) => e.fn.max('latest.seq').as('seq'))
          .whereRef('latest.consent_id', '=', 'c.id'),
      )
      .where('s.state', 'in', ['refused', 'revoked'])
      .orderBy('s.on_date', 'desc')
      .execute();
    await records.log(
      [studentId],
      ['iep', 'evaluation', 'meeting', 'referral', 'consent'],
      'read',
      'draft-notice',
    );
    return [
      ...versions.map((v) => ({
        kind: 'iep-version' as const,
        id: v.id,
        on: v.meeting_date,
        detail: String(v.number),
        scheduled: false,
      })),
      ...evaluations.map((e) => ({
        kind: 'evaluation' as const,
        id: e.id,
        on: e.completed_on ?? e.requested_on,
        detail: e.kind,
        scheduled: false,
      })),
      ...meetings.map((m) => ({
        kind: 'meeting' as const,
        id: m.id,
        on: m.held_on ?? m.scheduled_on,
        detail: m.committee,
        scheduled: m.status === 'scheduled',
      })),
      ...referrals.map((r) => ({
        kind: 'referral' as const,
        id: r.id,
        on: r.received_on ?? r.submitted_on,
        detail: '',
        scheduled: false,
      })),
      ...consents.map((c) => ({
        kind: 'consent' as const,
        id: c.id,
        on: c.on_date,
        detail: c.type,
        scheduled: false,
      })),
    ];
  });
}
