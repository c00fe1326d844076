import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { draftLanguage } from './parent-language.ts';
import { toNoticeView } from './present.ts';
import { requireManageCase } from './require-manage-case.ts';
import type { DraftPwnInput, NoticeView } from './schemas.ts';
import { sourceContent } from './source-records.ts';
import { InvalidInputError } from '../errors.ts';

/**
 * Starts a prior written notice (PSN, Prior written notice) for an action the district
 * proposes or refuses, as a draft. It is pre-filled with the standard statements (elements 4,
 * 5 and 6) in the parent's language where the product writes it, with what the source record
 * tells (an evaluation's completed reports, a meeting's date), and with the content given.
 */
export async function draftPriorWrittenNotice(
  call: Call,
  input: DraftPwnInput & { studentId: string },
): Promise<NoticeView> {
  if ((input.sourceKind === undefined) !== (input.sourceId === undefined))
    throw new InvalidInputError([
      {
        path: 'sourceId',
        message: 'give both the kind and the id of the source record, or neither',
      },
    ]);
  return withStudentRecords(call, async (records) => {
    const grant = await requireManageCase(records, input.studentId, 'create', 'draft-notice');
    const { i18n } = await draftLanguage(records, input.studentId);
    const fromSource =
      input.sourceKind && input.sourceId
        ? await sourceContent(records, {
            studentId: input.studentId,
            kind: input.sourceKind,
            id: input.sourceId,
            purpose: 'draft-notice',
            i18n,
          })
        : {};
    const content: Record<string, string> = {
      safeguardsStatement: i18n.t('notices.default.safeguardsStatement'),
      safeguardsNoticeAccess: i18n.t('notices.default.safeguardsNoticeAccess'),
      helpResources: i18n.t('notices.default.helpResources'),
      ...fromSource,
      ...definedOnly(input.content ?? {}),
    };
    const row = await records.tx
      .insertInto('notices')
      .values({
        district_id: records.actor.districtId,
        student_id: input.studentId,
        kind: 'prior-written-notice',
        proposal: input.proposal,
        subjects: input.subjects,
        content: JSON.stringify(content),
        source_kind: input.sourceKind ?? null,
        source_id: input.sourceId ?? null,
        created_by: records.actor.accountId,
        updated_by: records.actor.accountId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await records.log([input.studentId], 'notice', 'create', 'draft-notice');
    return toNoticeView(row, null, grant.abilities.manageCase);
  });
}

export function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined),
  );
}
