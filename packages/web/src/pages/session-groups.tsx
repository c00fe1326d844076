import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import { Breadcrumb, StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { DetailsList } from '../components/details.tsx';
import type { SummaryItem } from '../components/form.tsx';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldProps, textValue } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';
import { VoidForm } from './void-form.tsx';
import { serviceLabel } from './service-views.tsx';
import type { DeliveryRefusalView } from './services.tsx';
import { DeliveryRefusal } from './services.tsx';

/**
 * Group sessions: the form a provider logs one with (the children of their caseload, each with
 * the service the session gave them), and the group's log, which names every child in it and
 * is shown only to staff who reach each of them. A child's own services page shows only their
 * part of a group (`groupText`): a record on more than one child (34 CFR 300.615).
 */

/** The group's own fields; each child's are `member.<i>.studentId/serviceId/note`. */
export const groupFields = ['date', 'status', 'minutes', 'location', 'note'] as const;
export type GroupField = (typeof groupFields)[number];
export const groupStatusValues = ['delivered', 'make-up'] as const;
const memberFields = ['studentId', 'serviceId', 'note', 'date'] as const;
type MemberField = (typeof memberFields)[number];

export const groupNotices = ['logged', 'voided'] as const;
export type GroupNotice = (typeof groupNotices)[number];

/** A child of the provider's caseload, with the services the provider may log for them. */
export interface GroupChildOption {
  studentId: string;
  studentName: string;
  services: readonly { id: string; program: string; service: string }[];
}

const groupMessages: FormMessages<GroupField> = {
  idPrefix: 'group-',
  error: (field) => `services.group.error.${field}`,
};

export interface SessionGroupFormPageProps {
  page: PageContext;
  today: string;
  children: readonly GroupChildOption[];
  /** The form as sent: the group's fields and the children's (`member.3.serviceId`). */
  form?: FormState<string> | undefined;
  refusal?: DeliveryRefusalView | undefined;
}

export function SessionGroupFormPage(props: SessionGroupFormPageProps) {
  const { page, form } = props;
  const { i18n } = page;
  const { t } = i18n;
  const title = t('services.group.newTitle');
  const failed = Boolean(form?.invalid.length || form?.general || props.refusal);
  const groupForm = form as FormState<GroupField> | undefined;
  const field = fieldProps(groupForm, groupMessages, i18n, (f) => `services.group.label.${f}`);
  const memberValue = (i: number, f: MemberField) => {
    const sent = form?.values[`member.${i}.${f}`];
    return typeof sent === 'string' ? sent : undefined;
  };
  const memberInvalid = (i: number, f: MemberField) =>
    form?.invalid.includes(`member.${i}.${f}`) ?? false;
  const items: SummaryItem[] = [
    ...groupFields
      .filter((f) => form?.invalid.includes(f))
      .map((f) => ({ fieldId: `group-${f}`, text: t(`services.group.error.${f}`) })),
    ...props.children.flatMap((child, i) =>
      memberFields
        .filter((f) => memberInvalid(i, f))
        .map((f) => ({
          fieldId: `group-member-${i}-${f === 'note' ? 'note' : 'serviceId'}`,
          text: t('services.group.memberError', {
            name: child.studentName,
            problem: t(`services.group.memberProblem.${f}`),
          }),
        })),
    ),
  ];
  if (form?.general)
    items.push({ fieldId: 'group-members', text: t('services.group.error.members') });
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <Breadcrumb
        label={t('common.breadcrumb')}
        links={[{ href: '/caseload', text: t('services.nav.caseload') }]}
        current={title}
      />
      <h1>{title}</h1>
      {props.refusal && <DeliveryRefusal i18n={i18n} refusal={props.refusal} />}
      <p>{t('services.group.intro')}</p>
      {props.children.length < 2 ? (
        <p>{t('services.group.noChildren')}</p>
      ) : (
        <form
          method="post"
          action="/group-sessions"
          className="usa-form usa-form--large"
          noValidate
        >
          <ErrorSummary title={t('form.errorSummaryTitle')} items={items} />
          <CsrfField token={page.csrfToken} />
          <TextField
            {...field('date')}
            value={textValue(groupForm, 'date') ?? props.today}
            type="date"
            required
          />
          <SelectField
            {...field('status')}
            value={textValue(groupForm, 'status') ?? 'delivered'}
            options={groupStatusValues.map((v) => ({
              value: v,
              label: t(`services.group.status.${v}`),
            }))}
            required
          />
          <TextField {...field('minutes')} inputMode="numeric" width="sm" required />
          <TextField {...field('location')} />
          <TextField {...field('note')} hint={t('services.group.hint.note')} />
          <fieldset className="usa-fieldset continuum-section" id="group-members">
            <legend className="usa-legend usa-legend--large">
              {t('services.group.childrenLegend')}
            </legend>
            <p className="usa-hint">{t('services.group.childrenHint')}</p>
            {props.children.map((child, i) => {
              const problem = (f: MemberField) =>
                memberInvalid(i, f) ? t(`services.group.memberProblem.${f}`) : undefined;
              return (
                <fieldset key={child.studentId} className="usa-fieldset">
                  <legend className="usa-legend text-bold">{child.studentName}</legend>
                  <input type="hidden" name={`member.${i}.studentId`} value={child.studentId} />
                  <SelectField
                    id={`group-member-${i}-serviceId`}
                    name={`member.${i}.serviceId`}
                    label={t('services.group.label.service', { name: child.studentName })}
                    value={memberValue(i, 'serviceId') ?? ''}
                    error={problem('serviceId') ?? problem('studentId') ?? problem('date')}
                    options={[
                      { value: '', label: t('services.group.notInGroup') },
                      ...child.services.map((s) => ({ value: s.id, label: serviceLabel(i18n, s) })),
                    ]}
                  />
                  <TextField
                    id={`group-member-${i}-note`}
                    name={`member.${i}.note`}
                    label={t('services.group.label.memberNote', { name: child.studentName })}
                    value={memberValue(i, 'note')}
                    error={problem('note')}
                  />
                </fieldset>
              );
            })}
          </fieldset>
          <button type="submit" className="usa-button">
            {t('services.group.submit')}
          </button>
        </form>
      )}
    </Layout>
  );
}

/** A group session's log, as the API gives it to a reader who reaches every child in it. */
export interface SessionGroupView {
  id: string;
  date: string;
  status: (typeof groupStatusValues)[number];
  minutes: number;
  location: string;
  note: string;
  providerName: string;
  recordedAt: string;
  voided: { at: string; reason: string } | null;
  members: readonly {
    studentId: string;
    studentName: string;
    studentNumber: string;
    sessionId: string;
    program: string;
    service: string;
    note: string;
  }[];
  canVoid: boolean;
}

const voidMessages: FormMessages<'reason'> = {
  idPrefix: 'void-',
  error: (field) => `services.voidForm.error.${field}`,
};

export interface SessionGroupPageProps {
  page: PageContext;
  /** The child through whom the group was reached (the address's student). */
  student: StudentDetailView;
  group: SessionGroupView;
  voidForm?: FormState<'reason'> | undefined;
  refusal?: DeliveryRefusalView | undefined;
  notice?: GroupNotice | undefined;
}

export function SessionGroupPage(props: SessionGroupPageProps) {
  const { page, student, group } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('services.group.title', { date: i18n.formatDate(group.date) });
  const failed = Boolean(props.voidForm?.invalid.length || props.refusal);
  const servicesHref = `/students/${student.id}/services`;
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: servicesHref, text: t('services.breadcrumb') }]}
        current={t('services.group.breadcrumb')}
      />
      <h1>{title}</h1>
      {props.notice && (
        <Alert kind="success">
          <p>{t(`services.group.notice.${props.notice}`)}</p>
        </Alert>
      )}
      {props.refusal && <DeliveryRefusal i18n={i18n} refusal={props.refusal} />}
      <Alert kind="info">
        <p>{t('services.group.confidential')}</p>
      </Alert>
      {group.voided && (
        <Alert kind="warning">
          <p>
            {t('services.group.voided', {
              at: i18n.formatDateTime(group.voided.at),
              reason: group.voided.reason,
            })}
          </p>
        </Alert>
      )}
      <DetailsList
        rows={[
          [t('services.group.label.date'), i18n.formatDate(group.date)],
          [t('services.column.provider'), group.providerName],
          [t('services.group.label.status'), t(`services.group.status.${group.status}`)],
          [t('services.group.label.minutes'), String(group.minutes)],
          [t('services.group.label.location'), group.location || t('services.group.none')],
          [t('services.group.label.note'), group.note || t('services.group.none')],
          [t('services.group.recorded'), i18n.formatDateTime(group.recordedAt)],
        ]}
      />
      <section aria-labelledby="members-heading" className="continuum-section">
        <h2 id="members-heading">{t('services.group.membersHeading')}</h2>
        <Table
          caption={t('services.group.membersCaption', {
            count: group.members.length,
            date: i18n.formatDate(group.date),
          })}
          headers={[
            t('services.group.column.child'),
            t('services.group.column.studentNumber'),
            t('services.column.service'),
            t('services.group.column.note'),
          ]}
          rows={group.members.map((m) => ({
            key: m.sessionId,
            cells: [
              <a key="child" href={`/students/${m.studentId}/services`}>
                {m.studentName}
              </a>,
              m.studentNumber,
              <span key="service" className="text-wrap">
                {serviceLabel(i18n, m)}
              </span>,
              m.note,
            ],
          }))}
        />
      </section>
      {group.canVoid && (
        <section aria-labelledby="void-heading" className="continuum-section">
          <h2 id="void-heading">{t('services.group.voidHeading')}</h2>
          <VoidForm
            page={page}
            action={`/students/${student.id}/group-sessions/${group.id}/void`}
            recordId={group.id}
            messages={voidMessages}
            form={props.voidForm}
            label={t('services.group.voidLabel')}
          >
            {t('services.group.voidSubmit')}
          </VoidForm>
        </section>
      )}
      <p>
        <a href={servicesHref}>{t('services.group.backToServices', { name })}</a>
      </p>
    </Layout>
  );
}
