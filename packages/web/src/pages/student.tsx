import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { RowLink, Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { AccessLogEntryView, FormState, SiteOption, StudentDetailView } from './types.ts';
import { StudentProfile, studentName } from './student-profile.tsx';
import { codeLabel, rolesLabel } from './options.ts';
import type { EndEnrollmentField, EnrollmentField, GuardianField } from './student-subforms.tsx';
import { EndEnrollmentForm, EnrollmentForm, GuardianForm } from './student-subforms.tsx';
import type { DeadlineEntryView } from './timeline.tsx';
import { dueLabel, needsAttention, problemMessages, statusLabel } from './timeline-labels.ts';

/** What was just done, shown once after the redirect that follows a successful form. */
export const studentNotices = [
  'created',
  'updated',
  'guardian-added',
  'guardian-updated',
  'enrolled',
  'enrollment-ended',
] as const;
export type StudentNotice = (typeof studentNotices)[number];

export interface StudentPageProps {
  page: PageContext;
  student: StudentDetailView;
  /** The record of access, read only when the student's abilities allow it. */
  accessLog?: readonly AccessLogEntryView[];
  /** The `seq` to page back from when older entries remain. */
  accessLogOlder?: number | null;
  /** The sites a student can be enrolled at (the enroll form needs them). */
  sites?: readonly SiteOption[];
  guardianForm?: FormState<GuardianField>;
  enrollmentForm?: FormState<EnrollmentField>;
  /** The end-enrollment form that failed, with the enrollment it was for. */
  endEnrollmentForm?: { enrollmentId: string; state: FormState<EndEnrollmentField> };
  notice?: StudentNotice;
  /**
   * The case's next open and overdue deadlines (from the case timeline), or why they cannot be
   * counted; the Case section shows its links without them.
   */
  caseDeadlines?: {
    deadlines: readonly DeadlineEntryView[];
    problem: { code: string; message: string } | null;
  };
}

/** The student's case records, each on its own page. */
const caseLinks = [
  ['referrals', 'timelines.case.referrals'],
  ['consents', 'timelines.case.consents'],
  ['evaluations', 'timelines.case.evaluations'],
  ['meetings', 'timelines.case.meetings'],
  ['ieps', 'timelines.case.ieps'],
  ['notices', 'timelines.case.notices'],
  ['services', 'services.case.services'],
  ['timeline', 'timelines.case.timeline'],
  ['escalations', 'escalations.case.link'],
  ['records-requests', 'recordsRequests.case.link'],
  ['amendments', 'amendments.case.link'],
  ['disclosures', 'disclosures.case.link'],
  ['record-of-access', 'recordOfAccess.case.link'],
  ['destruction', 'destruction.case.link'],
  ['complete-record', 'completeRecord.case.link'],
] as const satisfies readonly (readonly [string, MessageId])[];

/**
 * The case pages only some of those related to the child may open, linked only for them: the
 * record of access for the parent, the privacy officer and administrators (`viewAccessLog`,
 * 34 CFR 300.614); the disclosures for those and the committee's chairperson (`manageCase`),
 * as the `disclosures` module's access rules say.
 */
const caseLinkShown: Partial<
  Record<(typeof caseLinks)[number][0], (a: StudentDetailView['abilities']) => boolean>
> = {
  disclosures: (a) => a.viewAccessLog || a.manageCase,
  'record-of-access': (a) => a.viewAccessLog,
};

const noticeMessages: Record<StudentNotice, MessageId> = {
  created: 'student.notice.created',
  updated: 'student.notice.updated',
  'guardian-added': 'student.notice.guardianAdded',
  'guardian-updated': 'student.notice.guardianUpdated',
  enrolled: 'student.notice.enrolled',
  'enrollment-ended': 'student.notice.enrollmentEnded',
};

export function StudentPage({
  page,
  student,
  accessLog,
  accessLogOlder,
  sites,
  guardianForm,
  enrollmentForm,
  endEnrollmentForm,
  notice,
  caseDeadlines,
}: StudentPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const failed = [guardianForm, enrollmentForm, endEnrollmentForm?.state].some(
    (form) => form?.invalid.length || form?.general,
  );
  const { editGuardians, editEnrollment } = student.abilities;
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title: name }) : name}>
      <Breadcrumb
        label={t('common.breadcrumb')}
        links={[{ href: '/students', text: t('nav.students') }]}
        current={name}
      />
      <h1>{name}</h1>
      {notice && <Alert kind="success">{t(noticeMessages[notice])}</Alert>}
      {student.abilities.editProfile && (
        <p>
          <a className="usa-button usa-button--outline" href={`/students/${student.id}/edit`}>
            {t('student.edit')}
          </a>
        </p>
      )}
      <StudentProfile student={student} i18n={i18n} heading={t('student.profileHeading')} />

      <section aria-labelledby="case-heading" className="continuum-section">
        <h2 id="case-heading">{t('timelines.case.heading')}</h2>
        <nav aria-label={t('timelines.case.nav')}>
          <ul className="usa-list">
            {caseLinks
              .filter(([segment]) => caseLinkShown[segment]?.(student.abilities) ?? true)
              .map(([segment, label]) => (
                <li key={segment}>
                  <a href={`/students/${student.id}/${segment}`}>{t(label)}</a>
                </li>
              ))}
          </ul>
        </nav>
        {caseDeadlines && (
          <>
            <h3>{t('timelines.case.nextHeading')}</h3>
            {caseDeadlines.problem ? (
              <Alert
                kind="warning"
                heading={t(
                  problemMessages[caseDeadlines.problem.code] ?? 'timelines.problem.invalid-event',
                )}
              >
                <p>{caseDeadlines.problem.message}</p>
              </Alert>
            ) : caseDeadlines.deadlines.length === 0 ? (
              <p>{t('timelines.case.none')}</p>
            ) : (
              <Table
                caption={t('timelines.case.nextCaption', { name })}
                headers={[t('timelines.rule'), t('timelines.due'), t('timelines.status')]}
                rows={caseDeadlines.deadlines.map((d, i) => ({
                  key: `${d.rule}-${i}`,
                  cells: [
                    <code key="rule">{d.rule}</code>,
                    dueLabel(i18n, d.due),
                    needsAttention(d.status) ? (
                      <strong key="status" className="usa-tag">
                        {statusLabel(i18n, d.status)}
                      </strong>
                    ) : (
                      statusLabel(i18n, d.status)
                    ),
                  ],
                }))}
              />
            )}
          </>
        )}
      </section>

      <section aria-labelledby="guardians-heading" className="continuum-section">
        <h2 id="guardians-heading">{t('student.guardiansHeading')}</h2>
        {student.guardians.length === 0 ? (
          <p>{t('student.noGuardians')}</p>
        ) : (
          <Table
            caption={t('student.guardiansCaption', { name })}
            headers={[
              t('guardian.label.fullName'),
              t('guardian.label.relationship'),
              t('student.contact'),
              t('guardian.label.preferredLanguage'),
              t('student.authority'),
              ...(editGuardians ? [t('common.actions')] : []),
            ]}
            rows={student.guardians.map((g) => ({
              key: g.id,
              cells: [
                g.fullName,
                g.relationship,
                [g.email, g.phone].filter(Boolean).join(' · ') || t('common.none'),
                i18n.languageName(g.preferredLanguage),
                g.educationalAuthority
                  ? g.authorityLimit
                    ? t('student.authorityLimited', { limit: g.authorityLimit })
                    : t('common.yes')
                  : t('common.no'),
                ...(editGuardians
                  ? [
                      <RowLink
                        key="edit"
                        href={`/students/${student.id}/guardians/${g.id}/edit`}
                        text={t('common.edit')}
                        name={g.fullName}
                      />,
                    ]
                  : []),
              ],
            }))}
          />
        )}
        {editGuardians && (
          <GuardianForm
            page={page}
            action={`/students/${student.id}/guardians`}
            heading={t('guardian.formHeading')}
            submit={t('guardian.submit')}
            form={guardianForm}
          />
        )}
      </section>

      <section aria-labelledby="enrollment-heading" className="continuum-section">
        <h2 id="enrollment-heading">{t('student.enrollmentHeading')}</h2>
        {student.enrollments.length === 0 ? (
          <p>{t('student.noEnrollments')}</p>
        ) : (
          <Table
            caption={t('student.enrollmentCaption', { name })}
            headers={[
              t('enrollment.label.siteId'),
              t('enrollment.label.startsOn'),
              t('enrollment.label.endsOn'),
            ]}
            rows={student.enrollments.map((e) => ({
              key: e.id,
              cells: [
                e.siteName,
                i18n.formatDate(e.startsOn),
                e.endsOn ? i18n.formatDate(e.endsOn) : t('student.current'),
              ],
            }))}
          />
        )}
        {editEnrollment &&
          student.enrollments
            .filter((e) => e.endsOn === null)
            .map((e) => (
              <EndEnrollmentForm
                key={e.id}
                page={page}
                studentId={student.id}
                enrollment={e}
                form={
                  endEnrollmentForm?.enrollmentId === e.id ? endEnrollmentForm.state : undefined
                }
              />
            ))}
        {editEnrollment && sites && (
          <EnrollmentForm page={page} studentId={student.id} sites={sites} form={enrollmentForm} />
        )}
      </section>

      {student.abilities.viewAccessLog && accessLog && (
        <section aria-labelledby="access-heading" className="continuum-section">
          <h2 id="access-heading">{t('accessLog.heading')}</h2>
          <p>{t('accessLog.intro')}</p>
          <Table
            id="access-log"
            caption={t('accessLog.caption', { name, count: accessLog.length })}
            headers={[
              t('accessLog.at'),
              t('accessLog.actor'),
              t('accessLog.role'),
              t('accessLog.record'),
              t('accessLog.action'),
              t('accessLog.purpose'),
              t('accessLog.outcome'),
            ]}
            rows={accessLog.map((entry) => ({
              key: String(entry.seq),
              cells: [
                i18n.formatDateTime(entry.at),
                entry.actor,
                rolesLabel(i18n, entry.actorRole),
                codeLabel(i18n, 'accessLog.recordType.', entry.recordType),
                codeLabel(i18n, 'accessLog.actionName.', entry.action),
                codeLabel(i18n, 'accessLog.purposeName.', entry.purpose),
                t(entry.outcome === 'allowed' ? 'accessLog.allowed' : 'accessLog.denied'),
              ],
            }))}
          />
          {accessLogOlder != null && (
            <p>
              <a href={`/students/${student.id}?logBefore=${accessLogOlder}#access-heading`}>
                {t('accessLog.older')}
              </a>
            </p>
          )}
        </section>
      )}
    </Layout>
  );
}
