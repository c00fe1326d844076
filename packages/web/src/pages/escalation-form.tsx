import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Table } from '../components/table.tsx';
import { CsrfField, ErrorSummary, SelectField, TextAreaField } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldProps, summaryItems } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type {
  EscalationKindValue,
  EscalationRefusalView,
  EscalationRouteRecordView,
  EscalationServiceView,
} from './escalation-views.tsx';
import { DetailsList } from '../components/details.tsx';
import {
  EscalationRefusalAlert,
  escalationProblemValues,
  escalationServiceText,
  factRows,
} from './escalation-views.tsx';

/**
 * The escalation form (PREK, Contact Information): it shows, before anything is sent, the facts
 * the e-mail will carry (the child's name and date of birth, the school's or program's name and
 * address) and where each kind goes; the person chooses the problem and, for services, the
 * service of the IEP in effect, and may add details.
 */

export const escalationFileFields = ['problem', 'serviceId', 'details'] as const;
export type EscalationFileField = (typeof escalationFileFields)[number];

export interface EscalationDraftView {
  childName: string;
  dateOfBirth: string;
  level: 'preschool' | 'school-age';
  site: { name: string; address: string } | null;
  services: readonly (EscalationServiceView & { id: string; kind: EscalationKindValue })[];
  routes: readonly EscalationRouteRecordView[];
}

export interface EscalationFormPageProps {
  page: PageContext;
  student: StudentDetailView;
  draft: EscalationDraftView;
  /** The values to show: from the address (`?problem=&serviceId=`) or the form sent. */
  form: FormState<EscalationFileField>;
  refusal?: EscalationRefusalView | undefined;
}

const messages: FormMessages<EscalationFileField> = {
  idPrefix: 'escalation-',
  error: (field) => `escalations.fileForm.error.${field}`,
};

export function EscalationFormPage({
  page,
  student,
  draft,
  form,
  refusal,
}: EscalationFormPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('escalations.fileForm.title', { name });
  const failed = Boolean(refusal || form.invalid.length || form.general);
  const none = t('escalations.routes.notSet');
  const field = fieldProps(form, messages, i18n, (f) => `escalations.fileForm.label.${f}`);
  const missingSite = !draft.site || draft.site.address.trim() === '';
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: `/students/${student.id}/escalations`, text: t('escalations.breadcrumb') }]}
        current={t('escalations.fileForm.breadcrumb')}
      />
      <h1>{title}</h1>
      {refusal && <EscalationRefusalAlert i18n={i18n} refusal={refusal} />}
      <p>{t('escalations.fileForm.intro')}</p>

      <h2>{t('escalations.fileForm.factsHeading')}</h2>
      <DetailsList
        rows={factRows(
          i18n,
          {
            childName: draft.childName,
            dateOfBirth: draft.dateOfBirth,
            siteName: draft.site?.name ?? '',
            siteAddress: draft.site?.address ?? '',
          },
          'either',
        )}
      />
      {missingSite && (
        <Alert kind="warning">
          <p>
            {t(draft.site ? 'escalations.fileForm.noAddress' : 'escalations.fileForm.notEnrolled')}
          </p>
        </Alert>
      )}

      <Table
        caption={t('escalations.fileForm.routesCaption')}
        headers={[
          t('escalations.routes.column.kind'),
          t('escalations.routes.column.contact'),
          t('escalations.routes.column.email'),
        ]}
        rows={draft.routes.map((r) => ({
          key: r.kind,
          cells: [t(`escalations.kind.${r.kind}`), r.contactName ?? none, r.email ?? none],
        }))}
      />

      <form
        method="post"
        action={`/students/${student.id}/escalations`}
        className="usa-form usa-form--large"
        noValidate
        id="escalation-form"
      >
        <ErrorSummary
          title={t('form.errorSummaryTitle')}
          items={summaryItems(form, messages, i18n)}
        />
        <h2>{t('escalations.fileForm.heading')}</h2>
        <CsrfField token={page.csrfToken} />
        <SelectField
          {...field('problem')}
          options={[
            { value: '', label: t('form.choose') },
            ...escalationProblemValues.map((p) => ({
              value: p,
              label: t(`escalations.problem.${p}`),
            })),
          ]}
          required
        />
        <SelectField
          {...field('serviceId')}
          hint={t(
            draft.services.length
              ? 'escalations.fileForm.hint.serviceId'
              : 'escalations.fileForm.hint.noServices',
          )}
          options={[
            { value: '', label: t('escalations.fileForm.noService') },
            ...draft.services.map((s) => ({
              value: s.id,
              label: `${escalationServiceText(i18n, s)} · ${t(`escalations.kind.${s.kind}`)}`,
            })),
          ]}
        />
        <TextAreaField {...field('details')} hint={t('escalations.fileForm.hint.details')} />
        <button type="submit" className="usa-button">
          {t('escalations.fileForm.submit')}
        </button>
      </form>
      <p>
        <a href={`/students/${student.id}/escalations`}>
          {t('escalations.fileForm.cancel', { name })}
        </a>
      </p>
    </Layout>
  );
}
