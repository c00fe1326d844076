import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { AccessLogEntryView, FormState, SiteOption, StudentDetailView } from './types.ts';
import { StudentProfile, studentName } from './student-profile.tsx';
import { codeLabel, rolesLabel } from './options.ts';
import type { EnrollmentField, GuardianField } from './student-subforms.tsx';
import { EnrollmentForm, GuardianForm } from './student-subforms.tsx';

/** What was just done, shown once after the redirect that follows a successful form. */
export const studentNotices = ['created', 'updated', 'guardian-added', 'enrolled'] as const;
export type StudentNotice = (typeof studentNotices)[number];

export interface StudentPageProps {
  page: PageContext;
  student: StudentDetailView;
  /** The record of access, read only when the student's abilities allow it. */
  accessLog?: readonly AccessLogEntryView[];
  /** The sites a student can be enrolled at (the enroll form needs them). */
  sites?: readonly SiteOption[];
  guardianForm?: FormState<GuardianField>;
  enrollmentForm?: FormState<EnrollmentField>;
  notice?: StudentNotice;
}

const noticeMessages: Record<StudentNotice, MessageId> = {
  created: 'student.notice.created',
  updated: 'student.notice.updated',
  'guardian-added': 'student.notice.guardianAdded',
  enrolled: 'student.notice.enrolled',
};

export function StudentPage({ page, student, accessLog, sites, guardianForm, enrollmentForm, notice }: StudentPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const failed = Boolean(guardianForm?.invalid.length || guardianForm?.general || enrollmentForm?.invalid.length || enrollmentForm?.general);
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title: name }) : name}>
      <nav aria-label={t('common.breadcrumb')} className="usa-breadcrumb">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <a href="/students" className="usa-breadcrumb__link">
              {t('nav.students')}
            </a>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            {name}
          </li>
        </ol>
      </nav>
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

      <section aria-labelledby="guardians-heading" className="continuum-section">
        <h2 id="guardians-heading">{t('student.guardiansHeading')}</h2>
        {student.guardians.length === 0 ? (
          <p>{t('student.noGuardians')}</p>
        ) : (
          <Table
            caption={t('student.guardiansCaption', { name })}
            headers={[t('guardian.label.fullName'), t('guardian.label.relationship'), t('student.contact'), t('guardian.label.preferredLanguage'), t('student.authority')]}
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
              ],
            }))}
          />
        )}
        {student.abilities.editGuardians && <GuardianForm page={page} studentId={student.id} form={guardianForm} />}
      </section>

      <section aria-labelledby="enrollment-heading" className="continuum-section">
        <h2 id="enrollment-heading">{t('student.enrollmentHeading')}</h2>
        {student.enrollments.length === 0 ? (
          <p>{t('student.noEnrollments')}</p>
        ) : (
          <Table
            caption={t('student.enrollmentCaption', { name })}
            headers={[t('enrollment.label.siteId'), t('enrollment.label.startsOn'), t('enrollment.label.endsOn')]}
            rows={student.enrollments.map((e) => ({
              key: e.id,
              cells: [e.siteName, i18n.formatDate(e.startsOn), e.endsOn ? i18n.formatDate(e.endsOn) : t('student.current')],
            }))}
          />
        )}
        {student.abilities.editEnrollment && sites && (
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
            headers={[t('accessLog.at'), t('accessLog.actor'), t('accessLog.role'), t('accessLog.record'), t('accessLog.action'), t('accessLog.purpose'), t('accessLog.outcome')]}
            rows={accessLog.map((entry) => ({
              key: String(entry.seq),
              cells: [
                i18n.formatDateTime(entry.at),
                entry.actor,
                rolesLabel(i18n, entry.actorRole),
                codeLabel(i18n, 'accessLog.recordType.', entry.recordType),
                codeLabel(i18n, 'accessLog.actionName.', entry.action),
                entry.purpose,
                t(entry.outcome === 'allowed' ? 'accessLog.allowed' : 'accessLog.denied'),
              ],
            }))}
          />
        </section>
      )}
    </Layout>
  );
}
