import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextField,
} from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, listValue, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import { classificationLabel } from './options.ts';
import type {
  EvaluationListView,
  EvaluationRefusalView,
  IeeRequestView,
} from './evaluation-views.tsx';
import {
  EvaluationRefusal,
  evaluationComponentValues,
  evaluationKindValues,
  ieeResponseValues,
} from './evaluation-views.tsx';

/** A student's evaluations and IEE requests, with the forms to plan one and answer a request. */

export const evaluationPlanFields = ['kind', 'requestedOn', 'components'] as const;
export type EvaluationPlanField = (typeof evaluationPlanFields)[number];
export const ieeResponseFields = ['response', 'respondedOn'] as const;
export type IeeResponseField = (typeof ieeResponseFields)[number];
export const evaluationListNotices = ['iee-answered'] as const;
export type EvaluationListNotice = (typeof evaluationListNotices)[number];

const planMessages: FormMessages<EvaluationPlanField> = {
  idPrefix: 'plan-',
  error: (field) => `evaluation.plan.error.${field}`,
};

export interface EvaluationListPageProps {
  page: PageContext;
  student: StudentSummaryView;
  evaluations: EvaluationListView;
  planForm?: FormState<EvaluationPlanField> | undefined;
  /** The answer form of one IEE request, shown again after it failed. */
  responseForm?: { ieeRequestId: string; state: FormState<IeeResponseField> } | undefined;
  refusal?: EvaluationRefusalView | undefined;
  notice?: EvaluationListNotice | undefined;
}

export function EvaluationListPage(props: EvaluationListPageProps) {
  const { page, student, evaluations, planForm, responseForm, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('evaluation.listTitle', { name });
  const failed = Boolean(
    refusal || planForm?.invalid.length || planForm?.general || responseForm?.state.invalid.length,
  );
  const base = `/students/${student.id}/evaluations`;
  const planField = (field: EvaluationPlanField) => ({
    id: `${planMessages.idPrefix}${field}`,
    name: field,
    label: t(`evaluation.plan.label.${field}`),
    error: fieldError(planForm, field, planMessages, i18n),
  });
  const choose = { value: '', label: t('form.choose') };
  const indexOf = new Map(evaluations.items.map((e, i) => [e.id, evaluations.items.length - i]));
  const evaluationName = (id: string) => t('evaluation.numbered', { n: indexOf.get(id) ?? 0 });
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('evaluation.breadcrumb')}
      />
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`evaluation.notice.${notice}`)}</p>
        </Alert>
      )}
      {refusal && <EvaluationRefusal page={page} refusal={refusal} />}
      <p>{t('evaluation.intro')}</p>
      {evaluations.items.length === 0 ? (
        <p>{t('evaluation.none')}</p>
      ) : (
        <Table
          caption={t('evaluation.tableCaption')}
          headers={[
            t('evaluation.column.evaluation'),
            t('evaluation.column.kind'),
            t('evaluation.column.completedOn'),
            t('evaluation.column.eligibility'),
          ]}
          rows={evaluations.items.map((e) => ({
            key: e.id,
            cells: [
              <a href={`${base}/${e.id}`}>{evaluationName(e.id)}</a>,
              e.requestedOn
                ? t('evaluation.kindRequested', {
                    kind: t(`evaluation.kind.${e.kind}`),
                    date: i18n.formatDate(e.requestedOn),
                  })
                : t(`evaluation.kind.${e.kind}`),
              e.completedOn ? i18n.formatDate(e.completedOn) : t('evaluation.inProgress'),
              e.eligible === null
                ? t('evaluation.eligibility.pending')
                : e.eligible
                  ? t('evaluation.eligibility.eligible', {
                      classification: classificationLabel(i18n, e.classification),
                    })
                  : t('evaluation.eligibility.notEligible'),
            ],
          }))}
        />
      )}

      <h2>{t('evaluation.iee.heading')}</h2>
      <p>{t('evaluation.iee.intro')}</p>
      {evaluations.ieeRequests.length === 0 ? (
        <p>{t('evaluation.iee.none')}</p>
      ) : (
        <Table
          caption={t('evaluation.iee.caption')}
          headers={[
            t('evaluation.iee.column.evaluation'),
            t('evaluation.iee.column.receivedOn'),
            t('evaluation.iee.column.daysOpen'),
            t('evaluation.iee.column.response'),
          ]}
          rows={evaluations.ieeRequests.map((r) => ({
            key: r.id,
            cells: [
              <a href={`${base}/${r.evaluationId}`}>{evaluationName(r.evaluationId)}</a>,
              i18n.formatDate(r.receivedOn),
              t('evaluation.iee.days', { days: r.daysOpen }),
              r.response && r.respondedOn ? (
                t('evaluation.iee.answered', {
                  response: t(`evaluation.iee.response.${r.response}`),
                  date: i18n.formatDate(r.respondedOn),
                })
              ) : evaluations.manageCase ? (
                <IeeResponseForm
                  page={page}
                  studentId={student.id}
                  request={r}
                  state={responseForm?.ieeRequestId === r.id ? responseForm.state : undefined}
                />
              ) : (
                t('evaluation.iee.awaiting')
              ),
            ],
          }))}
        />
      )}

      {evaluations.manageCase && (
        <form
          method="post"
          action={base}
          className="usa-form usa-form--large"
          noValidate
          id="plan-form"
        >
          <h2>{t('evaluation.plan.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(planForm, planMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <SelectField
            {...planField('kind')}
            value={textValue(planForm, 'kind')}
            options={[
              choose,
              ...evaluationKindValues.map((v) => ({ value: v, label: t(`evaluation.kind.${v}`) })),
            ]}
            required
          />
          <TextField
            {...planField('requestedOn')}
            value={textValue(planForm, 'requestedOn')}
            hint={t('evaluation.plan.hint.requestedOn')}
            type="date"
            width="md"
          />
          <CheckboxGroup
            {...planField('components')}
            hint={t('evaluation.plan.hint.components')}
            options={evaluationComponentValues.map((v) => ({
              value: v,
              label: t(`evaluation.component.${v}`),
            }))}
            checked={listValue(planForm, 'components')}
          />
          <button type="submit" className="usa-button">
            {t('evaluation.plan.submit')}
          </button>
        </form>
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('evaluation.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}

const responseMessages = (id: string): FormMessages<IeeResponseField> => ({
  idPrefix: `iee-${id}-`,
  error: (field) => `evaluation.iee.error.${field}`,
});

function IeeResponseForm({
  page,
  studentId,
  request,
  state,
}: {
  page: PageContext;
  studentId: string;
  request: IeeRequestView;
  state?: FormState<IeeResponseField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = responseMessages(request.id);
  const field = (f: IeeResponseField) => ({
    id: `${messages.idPrefix}${f}`,
    name: f,
    label: t(`evaluation.iee.label.${f}`),
    error: fieldError(state, f, messages, i18n),
    value: textValue(state, f),
  });
  return (
    <form
      method="post"
      action={`/students/${studentId}/iee-requests/${request.id}/response`}
      className="usa-form"
      noValidate
      id={`${messages.idPrefix}form`}
    >
      <CsrfField token={page.csrfToken} />
      <input type="hidden" name="version" value={request.version} />
      <SelectField
        {...field('response')}
        options={[
          { value: '', label: t('form.choose') },
          ...ieeResponseValues.map((v) => ({ value: v, label: t(`evaluation.iee.response.${v}`) })),
        ]}
        required
      />
      <TextField {...field('respondedOn')} type="date" width="md" required />
      <button type="submit" className="usa-button usa-button--outline">
        {t('evaluation.iee.submit')}
      </button>
    </form>
  );
}
