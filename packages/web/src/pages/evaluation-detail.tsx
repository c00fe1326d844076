import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { DetailsSection } from '../components/details.tsx';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { Option } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import { classificationLabel } from './options.ts';
import type {
  EvaluationComponentRecordView,
  EvaluationDetailView,
  EvaluationRefusalView,
} from './evaluation-views.tsx';
import {
  EvaluationRefusal,
  componentStatusValues,
  evaluationComponentValues,
} from './evaluation-views.tsx';

/** One evaluation: its plan and reports, completion, eligibility, and the parent's IEE request. */

export const componentAddFields = ['component', 'evaluator'] as const;
export type ComponentAddField = (typeof componentAddFields)[number];
export const componentUpdateFields = [
  'evaluator',
  'status',
  'appointmentOn',
  'reportOn',
  'summary',
] as const;
export type ComponentUpdateField = (typeof componentUpdateFields)[number];
export const completeFields = ['completedOn'] as const;
export type CompleteField = (typeof completeFields)[number];
export const eligibilityFields = ['eligible', 'classification', 'decidedOn', 'meetingId'] as const;
export type EligibilityField = (typeof eligibilityFields)[number];
export const ieeRequestFields = ['receivedOn', 'disagreement'] as const;
export type IeeRequestField = (typeof ieeRequestFields)[number];

export const evaluationDetailNotices = [
  'planned',
  'component-added',
  'component-updated',
  'completed',
  'eligibility-recorded',
  'iee-requested',
] as const;
export type EvaluationDetailNotice = (typeof evaluationDetailNotices)[number];

/** The classifications of the student's level (rules package, PLAN Disability by Type and Age). */
const schoolAgeClassifications = [
  'autism',
  'deaf-blindness',
  'deafness',
  'emotional-disturbance',
  'hearing-impairment',
  'learning-disability',
  'intellectual-disability',
  'multiple-disabilities',
  'orthopedic-impairment',
  'other-health-impairment',
  'speech-or-language-impairment',
  'traumatic-brain-injury',
  'visual-impairment',
] as const;

export interface MeetingOptionView {
  id: string;
  label: string;
}

export interface EvaluationDetailPageProps {
  page: PageContext;
  student: StudentSummaryView;
  evaluation: EvaluationDetailView;
  /** The student's held meetings, to link the eligibility decision to. */
  meetings: readonly MeetingOptionView[];
  addForm?: FormState<ComponentAddField> | undefined;
  componentForm?: { componentId: string; state: FormState<ComponentUpdateField> } | undefined;
  completeForm?: FormState<CompleteField> | undefined;
  eligibilityForm?: FormState<EligibilityField> | undefined;
  ieeForm?: FormState<IeeRequestField> | undefined;
  refusal?: EvaluationRefusalView | undefined;
  notice?: EvaluationDetailNotice | undefined;
}

function messages<F extends string>(idPrefix: string, group: string): FormMessages<F> {
  return { idPrefix, error: (field) => `evaluation.${group}.error.${field}` as never };
}
const addMessages = messages<ComponentAddField>('add-', 'add');
const completeMessages = messages<CompleteField>('complete-', 'complete');
const eligibilityMessages = messages<EligibilityField>('eligibility-', 'eligibility');
const ieeMessages = messages<IeeRequestField>('iee-', 'ieeRequest');

export function EvaluationDetailPage(props: EvaluationDetailPageProps) {
  const { page, student, evaluation, meetings, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('evaluation.detailTitle', { kind: t(`evaluation.kind.${evaluation.kind}`) });
  const forms = [
    props.addForm,
    props.componentForm?.state,
    props.completeForm,
    props.eligibilityForm,
    props.ieeForm,
  ];
  const failed = Boolean(refusal || forms.some((f) => f?.invalid.length || f?.general));
  const base = `/students/${student.id}/evaluations/${evaluation.id}`;
  const none = t('common.none');
  const choose: Option = { value: '', label: t('form.choose') };
  const open = evaluation.completedOn === null;
  const field = <F extends string>(
    state: FormState<F> | undefined,
    m: FormMessages<F>,
    group: string,
    f: F,
  ) => ({
    id: `${m.idPrefix}${f}`,
    name: f,
    label: t(`evaluation.${group}.label.${f}` as never),
    error: fieldError(state, f, m, i18n),
    value: textValue(state, f),
  });
  const classifications =
    evaluation.level === 'preschool'
      ? ['preschool-student-with-a-disability']
      : [...schoolAgeClassifications];
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: `/students/${student.id}/evaluations`, text: t('evaluation.breadcrumb') }]}
        current={title}
      />
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`evaluation.notice.${notice}`)}</p>
        </Alert>
      )}
      {refusal && <EvaluationRefusal page={page} refusal={refusal} />}
      <DetailsSection
        id="evaluation-summary"
        heading={t('evaluation.summaryHeading')}
        rows={[
          [t('evaluation.column.kind'), t(`evaluation.kind.${evaluation.kind}`)],
          [
            t('evaluation.label.requestedOn'),
            evaluation.requestedOn ? i18n.formatDate(evaluation.requestedOn) : none,
          ],
          [
            t('evaluation.column.completedOn'),
            evaluation.completedOn
              ? i18n.formatDate(evaluation.completedOn)
              : t('evaluation.inProgress'),
          ],
          [
            t('evaluation.column.eligibility'),
            evaluation.eligible === null
              ? t('evaluation.eligibility.pending')
              : evaluation.eligible
                ? t('evaluation.eligibility.eligible', {
                    classification: classificationLabel(i18n, evaluation.classification),
                  })
                : t('evaluation.eligibility.notEligible'),
          ],
          ...(evaluation.eligibilityMeetingId
            ? [
                [
                  t('evaluation.label.meeting'),
                  <a href={`/students/${student.id}/meetings/${evaluation.eligibilityMeetingId}`}>
                    {t('evaluation.label.meetingLink')}
                  </a>,
                ] as const,
              ]
            : []),
        ]}
      />

      <section aria-labelledby="components-heading" className="continuum-section">
        <h2 id="components-heading">{t('evaluation.componentsHeading')}</h2>
        {evaluation.components.map((c) => (
          <ComponentSection
            key={c.id}
            page={page}
            base={base}
            component={c}
            manage={evaluation.manageCase && open}
            state={
              props.componentForm?.componentId === c.id ? props.componentForm.state : undefined
            }
          />
        ))}
      </section>

      {evaluation.manageCase && open && (
        <form
          method="post"
          action={`${base}/components`}
          className="usa-form"
          noValidate
          id="add-form"
        >
          <h2>{t('evaluation.add.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.addForm, addMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <SelectField
            {...field(props.addForm, addMessages, 'add', 'component')}
            options={[
              choose,
              ...evaluationComponentValues.map((v) => ({
                value: v,
                label: t(`evaluation.component.${v}`),
              })),
            ]}
            required
          />
          <TextField {...field(props.addForm, addMessages, 'add', 'evaluator')} />
          <button type="submit" className="usa-button usa-button--outline">
            {t('evaluation.add.submit')}
          </button>
        </form>
      )}

      {evaluation.manageCase && open && (
        <form
          method="post"
          action={`${base}/complete`}
          className="usa-form"
          noValidate
          id="complete-form"
        >
          <h2>{t('evaluation.complete.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.completeForm, completeMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="version" value={evaluation.version} />
          <TextField
            {...field(props.completeForm, completeMessages, 'complete', 'completedOn')}
            type="date"
            width="md"
            required
          />
          <button type="submit" className="usa-button">
            {t('evaluation.complete.submit')}
          </button>
        </form>
      )}

      {evaluation.manageCase && !open && (
        <form
          method="post"
          action={`${base}/eligibility`}
          className="usa-form"
          noValidate
          id="eligibility-form"
        >
          <h2>{t('evaluation.eligibility.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.eligibilityForm, eligibilityMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="version" value={evaluation.version} />
          <SelectField
            {...field(props.eligibilityForm, eligibilityMessages, 'eligibility', 'eligible')}
            options={[
              choose,
              { value: 'true', label: t('evaluation.eligibility.yes') },
              { value: 'false', label: t('evaluation.eligibility.no') },
            ]}
            required
          />
          <SelectField
            {...field(props.eligibilityForm, eligibilityMessages, 'eligibility', 'classification')}
            hint={t('evaluation.eligibility.hint.classification')}
            options={[
              choose,
              ...classifications.map((c) => ({ value: c, label: classificationLabel(i18n, c) })),
            ]}
          />
          <TextField
            {...field(props.eligibilityForm, eligibilityMessages, 'eligibility', 'decidedOn')}
            type="date"
            width="md"
            required
          />
          <SelectField
            {...field(props.eligibilityForm, eligibilityMessages, 'eligibility', 'meetingId')}
            options={[
              { value: '', label: t('evaluation.eligibility.noMeeting') },
              ...meetings.map((m) => ({ value: m.id, label: m.label })),
            ]}
          />
          <button type="submit" className="usa-button">
            {t('evaluation.eligibility.submit')}
          </button>
        </form>
      )}

      {evaluation.ieeRequests.length > 0 && (
        <Alert kind="info" heading={t('evaluation.iee.heading')}>
          {evaluation.ieeRequests.map((r) => (
            <p key={r.id}>
              {r.response && r.respondedOn
                ? t('evaluation.iee.answeredLong', {
                    received: i18n.formatDate(r.receivedOn),
                    response: t(`evaluation.iee.response.${r.response}`),
                    date: i18n.formatDate(r.respondedOn),
                    days: r.daysOpen,
                  })
                : t('evaluation.iee.openLong', {
                    received: i18n.formatDate(r.receivedOn),
                    days: r.daysOpen,
                  })}
            </p>
          ))}
          <p>
            <a href={`/students/${student.id}/evaluations`}>{t('evaluation.iee.toList')}</a>
          </p>
        </Alert>
      )}
      {evaluation.manageCase && evaluation.ieeRequests.length === 0 && (
        <form
          method="post"
          action={`${base}/iee-requests`}
          className="usa-form"
          noValidate
          id="iee-form"
        >
          <h2>{t('evaluation.ieeRequest.heading')}</h2>
          <p>{t('evaluation.ieeRequest.intro')}</p>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.ieeForm, ieeMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <TextField
            {...field(props.ieeForm, ieeMessages, 'ieeRequest', 'receivedOn')}
            type="date"
            width="md"
            required
          />
          <TextAreaField
            {...field(props.ieeForm, ieeMessages, 'ieeRequest', 'disagreement')}
            hint={t('evaluation.ieeRequest.hint.disagreement')}
          />
          <button type="submit" className="usa-button usa-button--outline">
            {t('evaluation.ieeRequest.submit')}
          </button>
        </form>
      )}
      <p>
        <a href={`/students/${student.id}/evaluations`}>{t('evaluation.backToList')}</a>
      </p>
    </Layout>
  );
}

function ComponentSection({
  page,
  base,
  component: c,
  manage,
  state,
}: {
  page: PageContext;
  base: string;
  component: EvaluationComponentRecordView;
  manage: boolean;
  state?: FormState<ComponentUpdateField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const none = t('common.none');
  const m: FormMessages<ComponentUpdateField> = {
    idPrefix: `component-${c.id}-`,
    error: (f) => `evaluation.componentForm.error.${f}`,
  };
  const initial: FormState<ComponentUpdateField> = {
    values: {
      evaluator: c.evaluator,
      status: c.status,
      appointmentOn: c.appointmentOn,
      reportOn: c.reportOn,
      summary: c.summary,
    },
    invalid: [],
  };
  const shown = state ?? initial;
  const field = (f: ComponentUpdateField) => ({
    id: `${m.idPrefix}${f}`,
    name: f,
    label: t(`evaluation.componentForm.label.${f}`),
    error: fieldError(shown, f, m, i18n),
    value: textValue(shown, f),
  });
  const label = t(`evaluation.component.${c.component}`);
  return (
    <div className="continuum-section">
      <h3>{label}</h3>
      <p>{t(c.needsConsent ? 'evaluation.needsConsent' : 'evaluation.consentExempt')}</p>
      {manage ? (
        <form
          method="post"
          action={`${base}/components/${c.id}`}
          className="usa-form"
          noValidate
          id={`${m.idPrefix}form`}
        >
          <ErrorSummary title={t('form.errorSummaryTitle')} items={summaryItems(state, m, i18n)} />
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="version" value={c.version} />
          <TextField {...field('evaluator')} />
          <SelectField
            {...field('status')}
            options={componentStatusValues.map((v) => ({
              value: v,
              label: t(`evaluation.status.${v}`),
            }))}
          />
          <TextField {...field('appointmentOn')} type="date" width="md" />
          <TextField {...field('reportOn')} type="date" width="md" />
          <TextAreaField {...field('summary')} />
          <button type="submit" className="usa-button usa-button--outline">
            {t('evaluation.componentForm.submit', { component: label })}
          </button>
        </form>
      ) : (
        <dl className="continuum-details">
          {(
            [
              [t('evaluation.componentForm.label.evaluator'), c.evaluator ?? none],
              [t('evaluation.componentForm.label.status'), t(`evaluation.status.${c.status}`)],
              [
                t('evaluation.componentForm.label.appointmentOn'),
                c.appointmentOn ? i18n.formatDate(c.appointmentOn) : none,
              ],
              [
                t('evaluation.componentForm.label.reportOn'),
                c.reportOn ? i18n.formatDate(c.reportOn) : none,
              ],
              [t('evaluation.componentForm.label.summary'), c.summary ?? none],
            ] as const
          ).map(([term, detail]) => (
            <div key={term} className="continuum-details__row">
              <dt>{term}</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
