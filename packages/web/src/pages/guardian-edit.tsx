import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import { DetailsSection } from '../components/details.tsx';
import type { FormState, StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { GuardianField, GuardianView } from './student-subforms.tsx';
import { GuardianForm, guardianFormValues } from './student-subforms.tsx';

export interface GuardianEditPageProps {
  page: PageContext;
  student: StudentSummaryView;
  guardian: GuardianView;
  form?: FormState<GuardianField> | undefined;
  /** After a conflicting edit: the guardian as someone else saved them. */
  conflict?: GuardianView | undefined;
}

/** Changes one parent's or guardian's details and their authority for this student. */
export function GuardianEditPage({
  page,
  student,
  guardian,
  form,
  conflict,
}: GuardianEditPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('guardian.editTitle', { name: guardian.fullName });
  const failed = Boolean(form?.invalid.length || form?.general);
  const none = t('common.none');
  const name = studentName(i18n, student);
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb i18n={i18n} studentId={student.id} name={name} current={title} />
      <h1>{title}</h1>
      {conflict && (
        <ConflictNotice heading={t('guardian.conflictHeading')} body={t('conflict.body')}>
          <DetailsSection
            id="current-guardian"
            heading={t('conflict.current')}
            rows={[
              [t('guardian.label.fullName'), conflict.fullName],
              [t('guardian.label.relationship'), conflict.relationship],
              [t('guardian.label.email'), conflict.email ?? none],
              [t('guardian.label.phone'), conflict.phone ?? none],
              [t('guardian.label.address'), conflict.address ?? none],
              [
                t('guardian.label.preferredLanguage'),
                i18n.languageName(conflict.preferredLanguage),
              ],
              [
                t('guardian.label.educationalAuthority'),
                t(conflict.educationalAuthority ? 'common.yes' : 'common.no'),
              ],
              [t('guardian.label.authorityLimit'), conflict.authorityLimit ?? none],
              [
                t('guardian.label.noticeDelivery'),
                t(`guardian.noticeDelivery.${conflict.noticeDelivery ?? 'mail'}`),
              ],
            ]}
          />
        </ConflictNotice>
      )}
      <GuardianForm
        page={page}
        action={`/students/${student.id}/guardians/${guardian.id}/edit`}
        submit={t('guardian.editSubmit')}
        version={conflict?.version ?? guardian.version}
        form={form ?? { values: guardianFormValues(guardian), invalid: [] }}
      />
      <p>
        <a href={`/students/${student.id}`}>{t('guardian.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}
