import type { PageContext } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { MessageId, Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, fieldProps, listValue, summaryItems, textValue } from './form-state.ts';
import type { FormState } from './types.ts';
import { labelOf } from './iep-content-view.tsx';
import type { AssignmentViewModel, IepDistributionView } from './distribution-types.ts';
import { implementerRoles } from './distribution-types.ts';

/**
 * The IEP page's "Implementers and reviews" section (PREK, Accessibility and Storage): who
 * implements the IEP and which parts, their reviews and confirmations, paraprofessionals'
 * requests, and the forms each reader's abilities allow: assign and end (the program leader,
 * chairperson, district administrator), record a review (the program leader or designee with
 * teachers and providers; a teacher or provider with paraprofessionals), confirm one's own
 * review, ask for a review (a paraprofessional). Plain forms: everything works without a script.
 */

export const assignFields = ['staffId', 'role', 'services', 'startsOn', 'responsibility'] as const;
export type AssignField = (typeof assignFields)[number];
export const endAssignmentFields = ['reason'] as const;
export type EndAssignmentField = (typeof endAssignmentFields)[number];
export const reviewFields = ['assignmentId', 'reviewedOn', 'responsibilities'] as const;
export type ReviewField = (typeof reviewFields)[number];
export const requestFields = ['teacherStaffId', 'note'] as const;
export type RequestField = (typeof requestFields)[number];

/** What the section confirms after a successful form (`?done=`). */
export const distributionNotices = [
  'assigned',
  'assignment-ended',
  'review-recorded',
  'review-confirmed',
  'review-requested',
] as const;
export type DistributionNotice = (typeof distributionNotices)[number];

/** A refused form: the use case's message, and the passage of the rule when one refused it. */
export interface DistributionRefusal {
  message: string;
  citation?: string | undefined;
}

/** The form that failed, shown again with what was sent and each field's problem. */
export type DistributionFailure = { refusal?: DistributionRefusal | undefined } & (
  | { form: 'assign'; state: FormState<AssignField> }
  | { form: 'end'; assignmentId: string; state: FormState<EndAssignmentField> }
  | { form: 'review'; state: FormState<ReviewField> }
  | { form: 'request'; state: FormState<RequestField> }
  | { form: 'confirm'; reviewId: string }
);

export interface DistributionSection {
  view: IepDistributionView;
  failed?: DistributionFailure | undefined;
  notice?: DistributionNotice | undefined;
}

const assignMessages: FormMessages<AssignField> = {
  idPrefix: 'assign-',
  error: (field) => `distribution.assign.error.${field}`,
};
const endMessages = (assignmentId: string): FormMessages<EndAssignmentField> => ({
  idPrefix: `end-${assignmentId}-`,
  error: (field) => `distribution.end.error.${field}`,
});
const reviewMessages: FormMessages<ReviewField> = {
  idPrefix: 'review-',
  error: (field) => `distribution.review.error.${field}`,
};
const requestMessages: FormMessages<RequestField> = {
  idPrefix: 'request-',
  error: (field) => `distribution.request.error.${field}`,
};

/** A service of the IEP as people read it: its program's name and, if it has one, its own. */
export function serviceLabel(
  i18n: Translator,
  service: { program: string; service: string } | undefined,
  key: string,
): string {
  if (!service) return key;
  const program = labelOf(i18n, 'meeting.program', service.program);
  return service.service.trim() ? `${program}: ${service.service}` : program;
}

const roleLabel = (i18n: Translator, role: string) =>
  i18n.t(`distribution.role.${role}` as MessageId);

export function ImplementersSection({
  page,
  section,
}: {
  page: PageContext;
  section: DistributionSection;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const { view, failed, notice } = section;
  const base = `/students/${view.studentId}/ieps/${view.iepId}`;
  const servicesOf = (a: AssignmentViewModel) =>
    a.services.length === 0
      ? t('distribution.wholeIep')
      : a.services
          .map((key) =>
            serviceLabel(
              i18n,
              view.services.find((s) => s.key === key),
              key,
            ),
          )
          .join('; ');
  const nameOf = (assignmentId: string) =>
    view.assignments.find((a) => a.id === assignmentId)?.staffName ?? '';
  const reviewOf = (a: AssignmentViewModel) =>
    view.reviews.find((r) => r.assignmentId === a.id && r.versionId === view.versionId);
  const summary =
    failed && failed.form !== 'confirm'
      ? failed.form === 'assign'
        ? summaryItems(failed.state, assignMessages, i18n)
        : failed.form === 'end'
          ? summaryItems(failed.state, endMessages(failed.assignmentId), i18n)
          : failed.form === 'review'
            ? summaryItems(failed.state, reviewMessages, i18n)
            : summaryItems(failed.state, requestMessages, i18n)
      : [];
  return (
    <section className="continuum-section" aria-labelledby="iep-implementers">
      <h2 id="iep-implementers">{t('distribution.section.heading')}</h2>
      <p>{t('distribution.section.intro')}</p>
      {notice && (
        <Alert kind="success">
          <p>{t(`distribution.done.${notice}`)}</p>
        </Alert>
      )}
      <ErrorSummary title={t('form.errorSummaryTitle')} items={summary} />
      {failed?.refusal && (
        <div className="continuum-error-summary" tabIndex={-1} autoFocus={summary.length === 0}>
          <Alert kind="error" heading={t('distribution.refusedHeading')}>
            <p>{failed.refusal.message}</p>
            {failed.refusal.citation && (
              <p>{t('distribution.citation', { citation: failed.refusal.citation })}</p>
            )}
          </Alert>
        </div>
      )}
      {view.versionId && (
        <p>
          <a href={`${base}/versions/${view.versionId}/print`}>
            {t('distribution.print', { number: view.versionNumber ?? '' })}
          </a>
          <br />
          <span className="usa-hint">{t('distribution.printHint')}</span>
        </p>
      )}
      {view.assignments.length === 0 ? (
        <p>{t('distribution.noAssignments')}</p>
      ) : (
        <Table
          caption={t('distribution.assignmentsCaption')}
          headers={[
            t('distribution.col.implementer'),
            t('distribution.col.role'),
            t('distribution.col.parts'),
            t('distribution.col.access'),
            t('distribution.col.review'),
            t('common.actions'),
          ]}
          rows={view.assignments.map((a) => {
            const review = reviewOf(a);
            const endState =
              failed?.form === 'end' && failed.assignmentId === a.id ? failed.state : undefined;
            const messages = endMessages(a.id);
            return {
              key: a.id,
              cells: [
                a.staffName,
                roleLabel(i18n, a.role),
                servicesOf(a),
                a.endedAt
                  ? t('distribution.accessEnded', {
                      from: i18n.formatDate(a.startsOn),
                      on: i18n.formatDateTime(a.endedAt),
                      by: a.endedBy ?? '',
                      reason: a.endReason ?? '',
                    })
                  : t('distribution.accessFrom', { from: i18n.formatDate(a.startsOn) }),
                a.endedAt
                  ? ''
                  : review
                    ? review.confirmedAt
                      ? t('distribution.reviewConfirmed', {
                          on: i18n.formatDate(review.reviewedOn),
                          at: i18n.formatDateTime(review.confirmedAt),
                        })
                      : t('distribution.reviewUnconfirmed', {
                          on: i18n.formatDate(review.reviewedOn),
                        })
                    : t('distribution.notReviewed'),
                view.may.manageImplementers && !a.endedAt ? (
                  <form
                    key="end"
                    method="post"
                    action={`${base}/implementers/${a.id}/end`}
                    className="usa-form"
                  >
                    <CsrfField token={page.csrfToken} />
                    <TextField
                      id={`${messages.idPrefix}reason`}
                      name="reason"
                      label={t('distribution.end.label.reason', { name: a.staffName })}
                      value={textValue(endState, 'reason')}
                      error={fieldError(endState, 'reason', messages, i18n)}
                      required
                    />
                    <button type="submit" className="usa-button usa-button--outline">
                      {t('distribution.end.submit')}
                    </button>
                  </form>
                ) : (
                  ''
                ),
              ],
            };
          })}
        />
      )}
      <h3>{t('distribution.reviewsHeading')}</h3>
      {view.reviews.length === 0 ? (
        <p>{t('distribution.noReviews')}</p>
      ) : (
        <Table
          caption={t('distribution.reviewsCaption')}
          headers={[
            t('distribution.col.reviewedOn'),
            t('distribution.col.implementer'),
            t('distribution.col.kind'),
            t('distribution.col.reviewedBy'),
            t('distribution.col.responsibilities'),
            t('distribution.col.confirmed'),
          ]}
          rows={view.reviews.map((r) => ({
            key: r.id,
            cells: [
              i18n.formatDate(r.reviewedOn),
              nameOf(r.assignmentId),
              t(`distribution.kind.${r.kind}`, { number: r.versionNumber }),
              r.reviewedBy,
              r.responsibilities,
              r.confirmedAt ? (
                i18n.formatDateTime(r.confirmedAt)
              ) : view.may.confirmReviewIds.includes(r.id) ? (
                <form key="confirm" method="post" action={`${base}/reviews/${r.id}/confirm`}>
                  <CsrfField token={page.csrfToken} />
                  <button type="submit" className="usa-button">
                    {t('distribution.confirm')}
                  </button>
                </form>
              ) : (
                t('distribution.notConfirmed')
              ),
            ],
          }))}
        />
      )}
      {view.requests.length > 0 && (
        <Table
          caption={t('distribution.requestsCaption')}
          headers={[
            t('distribution.col.requestedOn'),
            t('distribution.col.paraprofessional'),
            t('distribution.col.asked'),
            t('distribution.col.note'),
            t('distribution.col.status'),
          ]}
          rows={view.requests.map((q) => ({
            key: q.id,
            cells: [
              i18n.formatDateTime(q.requestedAt),
              nameOf(q.assignmentId),
              q.teacherName,
              q.note,
              q.closedAt
                ? t('distribution.requestAnswered', { at: i18n.formatDateTime(q.closedAt) })
                : t('distribution.requestOpen'),
            ],
          }))}
        />
      )}
      {view.may.manageImplementers && view.versionId && (
        <AssignForm page={page} view={view} action={`${base}/implementers`} failed={failed} />
      )}
      {view.may.reviewAssignmentIds.length > 0 && (
        <ReviewForm page={page} view={view} action={`${base}/reviews`} failed={failed} />
      )}
      {view.may.requestForAssignmentId && (
        <RequestForm page={page} view={view} action={`${base}/review-requests`} failed={failed} />
      )}
    </section>
  );
}

interface FormProps {
  page: PageContext;
  view: IepDistributionView;
  action: string;
  failed: DistributionFailure | undefined;
}

function AssignForm({ page, view, action, failed }: FormProps) {
  const { i18n } = page;
  const { t } = i18n;
  const state = failed?.form === 'assign' ? failed.state : undefined;
  const field = fieldProps(
    state,
    assignMessages,
    i18n,
    (name) => `distribution.assign.label.${name}`,
  );
  const choose = { value: '', label: t('form.choose') };
  return (
    <form method="post" action={action} className="usa-form continuum-section" id="assign-form">
      <h3>{t('distribution.assign.heading')}</h3>
      <CsrfField token={page.csrfToken} />
      <SelectField
        {...field('staffId')}
        required
        options={[
          choose,
          ...view.candidates.map((c) => ({
            value: c.staffId,
            label: `${c.name} (${c.roles.map((r) => t(`role.${r}` as MessageId)).join(', ')})`,
          })),
        ]}
      />
      <SelectField
        {...field('role')}
        required
        options={[
          choose,
          ...implementerRoles.map((r) => ({ value: r, label: roleLabel(i18n, r) })),
        ]}
      />
      <CheckboxGroup
        id={`${assignMessages.idPrefix}services`}
        name="services"
        label={t('distribution.assign.label.services')}
        hint={t('distribution.assign.hint.services')}
        error={fieldError(state, 'services', assignMessages, i18n)}
        options={view.services.map((s) => ({ value: s.key, label: serviceLabel(i18n, s, s.key) }))}
        checked={listValue(state, 'services')}
      />
      <TextField {...field('startsOn')} type="date" hint={t('distribution.assign.hint.startsOn')} />
      <TextAreaField
        {...field('responsibility')}
        hint={t('distribution.assign.hint.responsibility')}
      />
      <button type="submit" className="usa-button">
        {t('distribution.assign.submit')}
      </button>
    </form>
  );
}

function ReviewForm({ page, view, action, failed }: FormProps) {
  const { i18n } = page;
  const { t } = i18n;
  const state = failed?.form === 'review' ? failed.state : undefined;
  const field = fieldProps(
    state,
    reviewMessages,
    i18n,
    (name) => `distribution.review.label.${name}`,
  );
  return (
    <form method="post" action={action} className="usa-form continuum-section" id="review-form">
      <h3>{t('distribution.review.heading')}</h3>
      <p className="usa-hint">{t('distribution.review.intro')}</p>
      <CsrfField token={page.csrfToken} />
      <SelectField
        {...field('assignmentId')}
        required
        options={[
          { value: '', label: t('form.choose') },
          ...view.assignments
            .filter((a) => view.may.reviewAssignmentIds.includes(a.id))
            .map((a) => ({ value: a.id, label: `${a.staffName} (${roleLabel(i18n, a.role)})` })),
        ]}
      />
      <TextField {...field('reviewedOn')} type="date" required />
      <TextAreaField
        {...field('responsibilities')}
        hint={t('distribution.review.hint.responsibilities')}
      />
      <button type="submit" className="usa-button">
        {t('distribution.review.submit')}
      </button>
    </form>
  );
}

function RequestForm({ page, view, action, failed }: FormProps) {
  const { i18n } = page;
  const { t } = i18n;
  const state = failed?.form === 'request' ? failed.state : undefined;
  const field = fieldProps(
    state,
    requestMessages,
    i18n,
    (name) => `distribution.request.label.${name}`,
  );
  return (
    <form method="post" action={action} className="usa-form continuum-section" id="request-form">
      <h3>{t('distribution.request.heading')}</h3>
      <p className="usa-hint">{t('distribution.request.intro')}</p>
      <CsrfField token={page.csrfToken} />
      <SelectField
        {...field('teacherStaffId')}
        required
        options={[
          { value: '', label: t('form.choose') },
          ...view.teachers.map((s) => ({ value: s.staffId, label: s.name })),
        ]}
      />
      <TextAreaField {...field('note')} />
      <button type="submit" className="usa-button">
        {t('distribution.request.submit')}
      </button>
    </form>
  );
}
