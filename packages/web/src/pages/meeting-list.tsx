import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import { languageOptions } from './options.ts';
import type { EvaluationRefusalView } from './evaluation-views.tsx';
import { EvaluationRefusal } from './evaluation-views.tsx';
import type { MeetingListView } from './meeting-views.tsx';
import {
  meetingCommitteeValues,
  meetingPurposeValues,
  meetingRoleValues,
} from './meeting-views.tsx';

/** A student's committee meetings, the open requests for full CSE review, and the form to schedule one. */

/** The member rows the schedule form offers; more are added on the meeting's page. */
export const scheduleMemberRows = 8;
const memberFields = Array.from({ length: scheduleMemberRows }, (_, i) => [
  `memberName${i}`,
  `memberRole${i}`,
]).flat() as `member${'Name' | 'Role'}${number}`[];
export const meetingScheduleFields = [
  'committee',
  'purpose',
  'scheduledOn',
  'scheduledTime',
  'place',
  'interpreterLanguage',
  'members',
  ...memberFields,
] as const;
export type MeetingScheduleField = (typeof meetingScheduleFields)[number];

const scheduleMessages: FormMessages<MeetingScheduleField> = {
  idPrefix: 'schedule-',
  error: (field) =>
    field.startsWith('memberName')
      ? 'meeting.schedule.error.memberName'
      : field.startsWith('memberRole')
        ? 'meeting.schedule.error.memberRole'
        : (`meeting.schedule.error.${field}` as 'meeting.schedule.error.place'),
};

export interface MeetingListPageProps {
  page: PageContext;
  student: StudentSummaryView;
  meetings: MeetingListView;
  scheduleForm?: FormState<MeetingScheduleField> | undefined;
  refusal?: EvaluationRefusalView | undefined;
}

export function MeetingListPage(props: MeetingListPageProps) {
  const { page, student, meetings, scheduleForm, refusal } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('meeting.listTitle', { name });
  const failed = Boolean(refusal || scheduleForm?.invalid.length || scheduleForm?.general);
  const base = `/students/${student.id}/meetings`;
  const field = (f: MeetingScheduleField, label: string) => ({
    id: `${scheduleMessages.idPrefix}${f}`,
    name: f,
    label,
    error: fieldError(scheduleForm, f, scheduleMessages, i18n),
    value: textValue(scheduleForm, f),
  });
  const choose = { value: '', label: t('form.choose') };
  const when = (m: { scheduledOn: string; scheduledTime: string }) =>
    t('meeting.when', { date: i18n.formatDate(m.scheduledOn), time: m.scheduledTime });
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('meeting.breadcrumb')}
      />
      <h1>{title}</h1>
      {refusal && <EvaluationRefusal page={page} refusal={refusal} />}
      {meetings.openReviewRequests.length > 0 && (
        <Alert kind="warning" heading={t('meeting.review.openHeading')}>
          {meetings.openReviewRequests.map((r) => (
            <p key={r.id}>
              <a href={`${base}/${r.meetingId}`}>
                {t('meeting.review.open', { date: i18n.formatDate(r.receivedOn) })}
              </a>
            </p>
          ))}
        </Alert>
      )}
      {meetings.items.length === 0 ? (
        <p>{t('meeting.none')}</p>
      ) : (
        <Table
          caption={t('meeting.tableCaption')}
          headers={[
            t('meeting.column.when'),
            t('meeting.column.committee'),
            t('meeting.column.purpose'),
            t('meeting.column.status'),
          ]}
          rows={meetings.items.map((m) => ({
            key: m.id,
            cells: [
              <a href={`${base}/${m.id}`}>{when(m)}</a>,
              t(`meeting.committee.${m.committee}`),
              t(`meeting.purpose.${m.purpose}`),
              m.status === 'held' && m.heldOn
                ? t('meeting.status.heldOn', { date: i18n.formatDate(m.heldOn) })
                : t('meeting.status.scheduled'),
            ],
          }))}
        />
      )}
      {meetings.manageCase && (
        <form
          method="post"
          action={base}
          className="usa-form usa-form--large"
          noValidate
          id="schedule-form"
        >
          <h2>{t('meeting.schedule.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(scheduleForm, scheduleMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <SelectField
            {...field('committee', t('meeting.schedule.label.committee'))}
            options={[
              choose,
              ...meetingCommitteeValues.map((v) => ({
                value: v,
                label: t(`meeting.committee.${v}`),
              })),
            ]}
            required
          />
          <SelectField
            {...field('purpose', t('meeting.schedule.label.purpose'))}
            options={[
              choose,
              ...meetingPurposeValues.map((v) => ({ value: v, label: t(`meeting.purpose.${v}`) })),
            ]}
            required
          />
          <TextField
            {...field('scheduledOn', t('meeting.schedule.label.scheduledOn'))}
            type="date"
            width="md"
            required
          />
          <TextField
            {...field('scheduledTime', t('meeting.schedule.label.scheduledTime'))}
            hint={t('meeting.schedule.hint.scheduledTime')}
            width="sm"
            required
          />
          <TextField {...field('place', t('meeting.schedule.label.place'))} required />
          <SelectField
            {...field('interpreterLanguage', t('meeting.schedule.label.interpreterLanguage'))}
            options={[
              { value: '', label: t('meeting.schedule.noInterpreter') },
              ...languageOptions(i18n, textValue(scheduleForm, 'interpreterLanguage')),
            ]}
          />
          <fieldset className="usa-fieldset">
            <legend className="usa-legend">{t('meeting.schedule.membersLegend')}</legend>
            <p className="usa-hint">{t('meeting.schedule.membersHint')}</p>
            {Array.from({ length: scheduleMemberRows }, (_, i) => (
              <div key={i} className="continuum-member-row">
                <TextField
                  {...field(`memberName${i}`, t('meeting.schedule.label.memberName', { n: i + 1 }))}
                />
                <SelectField
                  {...field(`memberRole${i}`, t('meeting.schedule.label.memberRole', { n: i + 1 }))}
                  options={[
                    choose,
                    ...meetingRoleValues.map((v) => ({ value: v, label: t(`meeting.role.${v}`) })),
                  ]}
                />
              </div>
            ))}
          </fieldset>
          <button type="submit" className="usa-button">
            {t('meeting.schedule.submit')}
          </button>
        </form>
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('meeting.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}
