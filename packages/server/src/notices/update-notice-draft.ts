import { PWN_CITATION } from '@continuum/rules/notices/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { definedOnly } from './draft-prior-written-notice.ts';
import { loadNotice, toNoticeView } from './present.ts';
import { requireManageCase } from './require-manage-case.ts';
import type { NoticeView, UpdateDraftInput } from './schemas.ts';

/**
 * Edits a draft notice (send the version you read: a stale version is refused with the
 * current draft). A sent notice is what the parent received and is never changed: a new
 * notice corrects it.
 */
export async function updateNoticeDraft(
  call: Call,
  input: UpdateDraftInput & { studentId: string; noticeId: string },
): Promise<NoticeView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const grant = await requireManageCase(records, input.studentId, 'update', 'draft-notice');
    const found = await loadNotice(records, input.studentId, input.noticeId);
    if (!found) throw new NotFoundError('notice');
    const { row } = found;
    if (row.status === 'sent')
      throw new RefusedError(
        'This notice was sent and cannot be changed. To correct it, draft and send a new notice.',
        PWN_CITATION,
      );
    if (row.kind === 'meeting-notice' && (input.proposal || input.subjects))
      throw new InvalidInputError([
        { path: 'proposal', message: 'a meeting notice proposes or refuses no action' },
      ]);
    if (row.version !== input.version) {
      await records.log([input.studentId], 'notice', 'read', 'draft-notice');
      return { conflict: toNoticeView(row, found.emailStatus, grant.abilities.manageCase) };
    }
    const content = { ...row.content, ...definedOnly(input.content ?? {}) };
    const updated = await records.tx
      .updateTable('notices')
      .set((eb) => ({
        ...(input.proposal !== undefined && { proposal: input.proposal }),
        ...(input.subjects !== undefined && { subjects: input.subjects }),
        content: JSON.stringify(content),
        version: eb('version', '+', 1),
        updated_by: records.actor.accountId,
        updated_at: new Date(),
      }))
      .where('id', '=', input.noticeId)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirstOrThrow();
    await records.log([input.studentId], 'notice', 'update', 'draft-notice');
    return { updated: toNoticeView(updated, null, grant.abilities.manageCase) };
  });
  if ('conflict' in outcome)
    throw new ConflictError(
      'Someone else changed this draft since you opened it. Review the current draft and try again.',
      outcome.conflict,
    );
  return outcome.updated;
}
