import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { DetailsSection } from '../components/details.tsx';
import { Table } from '../components/table.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, listValue, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { EvaluationRefusalView } from './evaluation-views.tsx';
import { EvaluationRefusal } from './evaluation-views.tsx';
import type { MeetingDetailView } from './meeting-views.tsx';
import { meetingRoleValues, participationValues, programValues } from './meeting-views.tsx';

/** One committee meeting: its members, the record of the meeting held, and the parent's review request. */

export const memberAddFields = ['fullName', 'role'] as const;
export type MemberAddField = (typeof memberAddFields)[number];
export const meetingHeldFields = [
  'heldOn',
  'attended',
  'parentParticipation',
  'parentEfforts',
  'reviewsNewPsychologicalEvaluation',
  'programs',
  'outsideSchoolOfAttendance',
  'outOfDistrictSpecialSchool',
  'currentProgram',
  'currentOutsideSchoolOfAttendance',
  'currentOutOfDistrictSpecialSchool',
  'notes',
] as const;
export type MeetingHeldField = (typeof meetingHeldFields)[number];
export const reviewRequestFields = ['receivedOn'] as const;
export type ReviewRequestField = (typeof reviewRequestFields)[number];
export const meetingDetailNotices = [
  'scheduled',
  'member-added',
  'held',
  'review-requested',
] as const;
export type MeetingDetailNotice = (typeof meetingDetailNotices)[number];

const addMessages: FormMessages<MemberAddField> = {
  idPrefix: 'member-',
  error: (f) => `meeting.member.error.${f}`,
};
const heldMessages: FormMessages<MeetingHeldField> = {
  idPrefix: 'held-',
  error: (f) => `meeting.held.error.${f}`,
};
const reviewMessages: FormMessages<ReviewRequestField> = {
  idPrefix: 'review-',
  error: (f) => `meeting.review.error.${f}`,
};

export interface MeetingDetailPageProps {
  page: PageContext;
  student: StudentSummaryView;
  meeting: MeetingDetailView;
  memberForm?: FormState<MemberAddField> | undefined;
  /** The held form; excusals are sent as `excusal-<memberId>` fields, kept in `excusals`. */
  heldForm?: { state: FormState<MeetingHeldField>; excusals: Record<string, string> } | undefined;
  reviewForm?: FormState<ReviewRequestField> | undefined;
  refusal?: EvaluationRefusalView | undefined;
  notice?: MeetingDetailNotice | undefined;
}

export function MeetingDetailPage(props: MeetingDetailPageProps) {
  const { page, student, meeting, memberForm, heldForm, reviewForm, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('meeting.detailTitle', {
    committee: t(`meeting.committee.${meeting.committee}`),
    date: i18n.formatDate(meeting.scheduledOn),
  });
  const forms = [memberForm, heldForm?.state, reviewForm];
  const failed = Boolean(refusal || forms.some((f) => f?.invalid.length || f?.general));
  const base = `/students/${student.id}/meetings/${meeting.id}`;
  const none = t('common.none');
  const choose = { value: '', label: t('form.choose') };
  const roleLabel = (role: string) =>
    (meetingRoleValues as readonly string[]).includes(role)
      ? t(`meeting.role.${role as (typeof meetingRoleValues)[number]}`)
      : role;
  const scheduled = meeting.status === 'scheduled';
  const held = heldForm?.state;
  const heldField = (f: MeetingHeldField) => ({
    id: `${heldMessages.idPrefix}${f}`,
    name: f,
    label: t(`meeting.held.label.${f}`),
    error: fieldError(held, f, heldMessages, i18n),
    value: textValue(held, f),
  });
  const checked = (f: MeetingHeldField) => held?.values[f] === true;
  const attendedIds = held ? listValue(held, 'attended') : meeting.members.map((m) => m.id);
  const programOptions = programValues.map((v) => ({ value: v, label: t(`meeting.program.${v}`) }));
  const rec = meeting.recommendation;
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: `/students/${student.id}/meetings`, text: t('meeting.breadcrumb') }]}
        current={title}
      />
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`meeting.notice.${notice}`)}</p>
        </Alert>
      )}
      {refusal && <EvaluationRefusal page={page} refusal={refusal} />}
      <DetailsSection
        id="meeting-summary"
        heading={t('meeting.summaryHeading')}
        rows={[
          [t('meeting.column.committee'), t(`meeting.committee.${meeting.committee}`)],
          [t('meeting.column.purpose'), t(`meeting.purpose.${meeting.purpose}`)],
          [
            t('meeting.column.when'),
            t('meeting.when', {
              date: i18n.formatDate(meeting.scheduledOn),
              time: meeting.scheduledTime,
            }),
          ],
          [t('meeting.schedule.label.place'), meeting.place],
          [
            t('meeting.schedule.label.interpreterLanguage'),
            meeting.interpreterLanguage ? i18n.languageName(meeting.interpreterLanguage) : none,
          ],
          [
            t('meeting.column.status'),
            meeting.heldOn
              ? t('meeting.status.heldOn', { date: i18n.formatDate(meeting.heldOn) })
              : t('meeting.status.scheduled'),
          ],
          ...(meeting.parentParticipation
            ? [
                [
                  t('meeting.held.label.parentParticipation'),
                  t(`meeting.participation.${meeting.parentParticipation}`),
                ] as const,
              ]
            : []),
          ...(meeting.parentEfforts
            ? [[t('meeting.held.label.parentEfforts'), meeting.parentEfforts] as const]
            : []),
          ...(rec
            ? [
                [
                  t('meeting.recommendationHeading'),
                  rec.programs
                    .map((p) =>
                      (programValues as readonly string[]).includes(p.program)
                        ? t(`meeting.program.${p.program as (typeof programValues)[number]}`)
                        : p.program,
                    )
                    .join(', '),
                ] as const,
              ]
            : []),
        ]}
      />
      <section aria-labelledby="required-heading" className="continuum-section">
        <h2 id="required-heading">{t('meeting.requiredHeading')}</h2>
        <ul className="usa-list">
          {meeting.requiredMembers.map((r) => (
            <li key={r.id}>{r.roles.map(roleLabel).join(t('meeting.or'))}</li>
          ))}
        </ul>
        <p>{t('meeting.requiredHint')}</p>
      </section>
      {meeting.members.length > 0 && (
        <Table
          caption={t('meeting.membersCaption')}
          headers={[
            t('meeting.member.label.fullName'),
            t('meeting.member.label.role'),
            t('meeting.column.attendance'),
          ]}
          rows={meeting.members.map((m) => ({
            key: m.id,
            cells: [
              m.fullName,
              roleLabel(m.role),
              m.attended === null
                ? t('meeting.attendance.unknown')
                : m.attended
                  ? t('meeting.attendance.attended')
                  : m.excusal
                    ? t('meeting.attendance.excused', { excusal: m.excusal })
                    : t('meeting.attendance.absent'),
            ],
          }))}
        />
      )}

      {meeting.manageCase && scheduled && (
        <form
          method="post"
          action={`${base}/members`}
          className="usa-form"
          noValidate
          id="member-form"
        >
          <h2>{t('meeting.member.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(memberForm, addMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <TextField
            id="member-fullName"
            name="fullName"
            label={t('meeting.member.label.fullName')}
            error={fieldError(memberForm, 'fullName', addMessages, i18n)}
            value={textValue(memberForm, 'fullName')}
            required
          />
          <SelectField
            id="member-role"
            name="role"
            label={t('meeting.member.label.role')}
            error={fieldError(memberForm, 'role', addMessages, i18n)}
            value={textValue(memberForm, 'role')}
            options={[
              choose,
              ...meetingRoleValues.map((v) => ({ value: v, label: t(`meeting.role.${v}`) })),
            ]}
            required
          />
          <button type="submit" className="usa-button usa-button--outline">
            {t('meeting.member.submit')}
          </button>
        </form>
      )}

      {meeting.manageCase && scheduled && (
        <form
          method="post"
          action={`${base}/held`}
          className="usa-form usa-form--large"
          noValidate
          id="held-form"
        >
          <h2>{t('meeting.held.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(held, heldMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="version" value={meeting.version} />
          <TextField {...heldField('heldOn')} type="date" width="md" required />
          <fieldset className="usa-fieldset" id="held-attended">
            <legend className="usa-legend">{t('meeting.held.label.attended')}</legend>
            <p className="usa-hint">{t('meeting.held.hint.attended')}</p>
            {meeting.members.map((m, i) => (
              <div key={m.id}>
                <CheckboxField
                  id={`held-attended-${i}`}
                  name="attended"
                  value={m.id}
                  label={t('meeting.held.attendedMember', {
                    name: m.fullName,
                    role: roleLabel(m.role),
                  })}
                  checked={attendedIds.includes(m.id)}
                />
                <TextField
                  id={`held-excusal-${m.id}`}
                  name={`excusal-${m.id}`}
                  label={t('meeting.held.excusal', { name: m.fullName })}
                  value={heldForm?.excusals[m.id]}
                />
              </div>
            ))}
          </fieldset>
          <SelectField
            {...heldField('parentParticipation')}
            options={[
              choose,
              ...participationValues.map((v) => ({
                value: v,
                label: t(`meeting.participation.${v}`),
              })),
            ]}
            required
          />
          <TextAreaField
            {...heldField('parentEfforts')}
            hint={t('meeting.held.hint.parentEfforts')}
          />
          <CheckboxField
            id="held-reviewsNewPsychologicalEvaluation"
            name="reviewsNewPsychologicalEvaluation"
            label={t('meeting.held.label.reviewsNewPsychologicalEvaluation')}
            checked={checked('reviewsNewPsychologicalEvaluation')}
          />
          <fieldset className="usa-fieldset">
            <legend className="usa-legend">{t('meeting.recommendationHeading')}</legend>
            <p className="usa-hint">{t('meeting.held.hint.recommendation')}</p>
            <CheckboxGroup
              {...heldField('programs')}
              options={programOptions}
              checked={held ? listValue(held, 'programs') : []}
            />
            <CheckboxField
              id="held-outsideSchoolOfAttendance"
              name="outsideSchoolOfAttendance"
              label={t('meeting.held.label.outsideSchoolOfAttendance')}
              checked={checked('outsideSchoolOfAttendance')}
            />
            <CheckboxField
              id="held-outOfDistrictSpecialSchool"
              name="outOfDistrictSpecialSchool"
              label={t('meeting.held.label.outOfDistrictSpecialSchool')}
              checked={checked('outOfDistrictSpecialSchool')}
            />
            <SelectField
              {...heldField('currentProgram')}
              options={[
                { value: '', label: t('meeting.held.noCurrentProgram') },
                ...programOptions,
              ]}
            />
            <CheckboxField
              id="held-currentOutsideSchoolOfAttendance"
              name="currentOutsideSchoolOfAttendance"
              label={t('meeting.held.label.currentOutsideSchoolOfAttendance')}
              checked={checked('currentOutsideSchoolOfAttendance')}
            />
            <CheckboxField
              id="held-currentOutOfDistrictSpecialSchool"
              name="currentOutOfDistrictSpecialSchool"
              label={t('meeting.held.label.currentOutOfDistrictSpecialSchool')}
              checked={checked('currentOutOfDistrictSpecialSchool')}
            />
            <TextAreaField {...heldField('notes')} />
          </fieldset>
          <button type="submit" className="usa-button">
            {t('meeting.held.submit')}
          </button>
        </form>
      )}

      {meeting.reviewRequests.length > 0 && (
        <section aria-labelledby="review-heading" className="continuum-section">
          <h2 id="review-heading">{t('meeting.review.heading')}</h2>
          <ul className="usa-list">
            {meeting.reviewRequests.map((r) => (
              <li key={r.id}>
                {r.addressedBy ? (
                  <a href={`/students/${student.id}/meetings/${r.addressedBy}`}>
                    {t('meeting.review.addressed', { date: i18n.formatDate(r.receivedOn) })}
                  </a>
                ) : (
                  t('meeting.review.open', { date: i18n.formatDate(r.receivedOn) })
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {meeting.manageCase && meeting.committee === 'subcommittee' && !scheduled && (
        <form
          method="post"
          action={`${base}/review-requests`}
          className="usa-form"
          noValidate
          id="review-form"
        >
          <h2>{t('meeting.review.formHeading')}</h2>
          <p>{t('meeting.review.intro')}</p>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(reviewForm, reviewMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <TextField
            id="review-receivedOn"
            name="receivedOn"
            label={t('meeting.review.label.receivedOn')}
            error={fieldError(reviewForm, 'receivedOn', reviewMessages, i18n)}
            value={textValue(reviewForm, 'receivedOn')}
            type="date"
            width="md"
            required
          />
          <button type="submit" className="usa-button usa-button--outline">
            {t('meeting.review.submit')}
          </button>
        </form>
      )}
      <p>
        <a href={`/students/${student.id}/meetings`}>{t('meeting.backToList')}</a>
      </p>
    </Layout>
  );
}
