import { iep as iepRules } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, RefusedError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { renderPdf } from '../documents/render-pdf.ts';
import { storeDocument } from '../documents/store-document.ts';
import { grantIepChange } from './access.ts';
import { loadDraft, loadIep, loadVersions, presentVersion, readIep } from './present.ts';
import { iepDocument } from './render-iep.ts';
import { FINAL_IEP_MESSAGE, STALE_DRAFT_MESSAGE } from './save-iep-draft.ts';
import type { IepDetail } from './schemas.ts';

export const FINALIZE_CITATION =
  'PLAN, CSE referral process (IEP content); programs.md, Program standards catalog';

/**
 * Finalizes the IEP's draft: refused (422) while a required content area is missing, a program
 * is outside its limits, or a date is outside the law's bounds, each listed with its field
 * path (rules: iep/readiness.ts). Otherwise the IEP is rendered to PDF and kept as an
 * immutable document, the student's previous final IEP (another IEP, or the version this
 * amendment was copied from) becomes superseded, and the draft becomes final: never edited
 * again (the database refuses it too, 0006_iep.sql).
 */
export async function finalizeIep(
  call: Call,
  input: { studentId: string; iepId: string; lockVersion: number },
): Promise<IepDetail> {
  type Outcome =
    | { kind: 'conflict'; conflict: string; current: unknown }
    | { kind: 'done'; finalized: IepDetail };
  const outcome = await withStudentRecords(call, async (records): Promise<Outcome> => {
    const grant = await grantIepChange(records, input.studentId, 'update', 'finalize-iep');
    const iep = await loadIep(records, input.studentId, input.iepId);
    const student = await records.tx
      .selectFrom('students')
      .where('id', '=', input.studentId)
      .select(['level', 'date_of_birth', 'grade', 'legal_first_name', 'legal_last_name'])
      .executeTakeFirstOrThrow();
    const draftRow = await loadDraft(records, input.iepId);
    if (!draftRow) {
      const [latest] = await loadVersions(records, input.iepId);
      await records.log([input.studentId], 'iep', 'read', 'view-iep');
      return {
        kind: 'conflict',
        conflict: FINAL_IEP_MESSAGE,
        current: latest ? presentVersion(latest, student.level) : null,
      };
    }
    const draft = presentVersion(draftRow, student.level);
    if (draft.lockVersion !== input.lockVersion) {
      await records.log([input.studentId], 'iep', 'read', 'show-current-draft-after-conflict');
      return { kind: 'conflict', conflict: STALE_DRAFT_MESSAGE, current: draft };
    }
    const readiness = iepRules.checkIepReadiness({
      student: { level: student.level, dateOfBirth: student.date_of_birth, grade: student.grade },
      content: draft.content,
      dates: {
        meetingDate: draft.meetingDate,
        projectedImplementationDate: draft.projectedImplementationDate,
        annualReviewDate: draft.annualReviewDate,
        reevaluationDate: draft.reevaluationDate,
      },
      asOf: records.asOf,
    });
    const fields: FieldIssue[] = readiness.findings.map((f) => ({
      path: f.path === 'dates.meetingDate' ? 'meetingId' : f.path,
      message: `${f.message} (${f.citation})`,
    }));
    if (draft.meetingId) {
      const meeting = await records.tx
        .selectFrom('meetings')
        .where('id', '=', draft.meetingId)
        .select('status')
        .executeTakeFirstOrThrow();
      if (meeting.status !== 'held') {
        fields.push({
          path: 'meetingId',
          message:
            'The committee meeting that develops the IEP has not been held yet; record it as held first. (PLAN, CSE referral process)',
        });
      }
    }
    if (fields.length > 0) {
      throw new RefusedError(
        `This IEP cannot be finalized yet: ${fields.length} ${fields.length === 1 ? 'item needs' : 'items need'} attention. Each is listed with its field.`,
        FINALIZE_CITATION,
        fields,
      );
    }
    const finalizedAt = new Date();
    const bytes = await renderPdf(
      iepDocument({
        studentName: `${student.legal_first_name} ${student.legal_last_name}`,
        dateOfBirth: student.date_of_birth,
        committee: iep.committee,
        version: draft,
        finalizedOn: records.asOf,
      }),
    );
    const document = await storeDocument(records, {
      studentId: input.studentId,
      kind: 'iep',
      title: `IEP, version ${draft.number}`,
      language: 'en',
      content: bytes,
      source: 'iep-version',
      sourceId: draft.id,
    });
    // The student's IEP in effect until now (of this IEP or an earlier one) gives way to this one.
    await records.tx
      .updateTable('iep_versions')
      .set({ status: 'superseded', superseded_at: finalizedAt, superseded_by_version_id: draft.id })
      .where('student_id', '=', input.studentId)
      .where('status', '=', 'final')
      .execute();
    await records.tx
      .updateTable('iep_versions')
      .set({
        status: 'final',
        finalized_by: call.actor.accountId,
        finalized_at: finalizedAt,
        document_id: document.id,
      })
      .where('id', '=', draft.id)
      .where('status', '=', 'draft')
      .execute();
    await records.log([input.studentId], 'iep', 'update', 'finalize-iep');
    return {
      kind: 'done',
      finalized: await readIep(records, input.studentId, input.iepId, grant),
    };
  });
  if (outcome.kind === 'conflict') throw new ConflictError(outcome.conflict, outcome.current);
  return outcome.finalized;
}
