import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError } from '../errors.ts';
import { grantIepChange } from './access.ts';
import { meetingDateOf } from './meeting-link.ts';
import { loadDraft, loadIep, loadVersions, presentVersion, studentFacts } from './present.ts';
import type { IepVersionView, SaveDraftInput } from './schemas.ts';

export const FINAL_IEP_MESSAGE = 'This IEP is final. Start an amendment to change it.';
export const STALE_DRAFT_MESSAGE =
  'Someone else saved this draft since you opened it. Their text is shown beside yours; nothing was overwritten. Copy what you need and save again.';

/**
 * Saves the IEP's draft: the Save button and the page's autosave. Optimistic concurrency: the
 * caller sends the `lockVersion` it read; a stale one is refused (409) with the newer draft,
 * who saved it and when, so two editors never overwrite each other silently. An IEP without a
 * draft is final: it is never edited, only amended (a new draft version).
 */
export async function saveIepDraft(
  call: Call,
  input: SaveDraftInput & { studentId: string; iepId: string },
): Promise<IepVersionView> {
  const outcome = await withStudentRecords(call, async (records) => {
    await grantIepChange(records, input.studentId, 'update', 'save-iep-draft');
    await loadIep(records, input.studentId, input.iepId);
    const { level } = await studentFacts(records, input.studentId);
    const draft = await loadDraft(records, input.iepId);
    if (!draft) {
      const [latest] = await loadVersions(records, input.iepId);
      await records.log([input.studentId], 'iep', 'read', 'view-iep');
      return { final: latest ? presentVersion(latest, level) : null };
    }
    const meetingDate = await meetingDateOf(records, input.studentId, input.meetingId);
    const updated = await records.tx
      .updateTable('iep_versions')
      .set((eb) => ({
        content: JSON.stringify(input.content),
        meeting_id: input.meetingId,
        meeting_date: meetingDate,
        projected_implementation_date: input.dates.projectedImplementationDate,
        annual_review_date: input.dates.annualReviewDate,
        reevaluation_date: input.dates.reevaluationDate,
        lock_version: eb('lock_version', '+', 1),
        saved_by: call.actor.accountId,
        saved_at: new Date(),
      }))
      .where('id', '=', draft.id)
      .where('status', '=', 'draft')
      .where('lock_version', '=', input.lockVersion)
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      // Commit the read of the newer draft (it is logged) and refuse after the transaction.
      await records.log([input.studentId], 'iep', 'read', 'show-current-draft-after-conflict');
      return { stale: presentVersion(draft, level) };
    }
    await records.log([input.studentId], 'iep', 'update', 'save-iep-draft');
    const saved = await loadDraft(records, input.iepId);
    return { saved: presentVersion(saved!, level) };
  });
  if ('final' in outcome) throw new ConflictError(FINAL_IEP_MESSAGE, outcome.final);
  if ('stale' in outcome) throw new ConflictError(STALE_DRAFT_MESSAGE, outcome.stale);
  return outcome.saved;
}
