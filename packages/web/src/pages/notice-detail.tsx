import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { DetailsSection } from '../components/details.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, listValue, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { NoticeElementId, NoticeRecordView, NoticeRefusalView } from './notice-list.tsx';
import {
  NoticeRefusalAlert,
  noticeDeliveryText,
  noticeGuardianLabel,
  meetingNoticeElementIds,
  noticeChannelValues,
  pwnElementIds,
  pwnProposalValues,
  pwnSubjectValues,
  noticeTranslationText,
} from './notice-list.tsx';

/**
 * One notice. A draft shows its required elements (which are still missing, as the rules'
 * check says), edits them with the version it was read at (a stale save shows the newer
 * text), and sends it to a parent: refused, with each missing element named in the error
 * summary and at its field, until every element is written. A sent notice shows to whom, in
 * which language, how, and links its PDF.
 */

export type NoticeEditField = NoticeElementId | 'proposal' | 'subjects';
export const noticeSendFields = ['guardianId', 'channel', 'sentOn'] as const;
export type NoticeSendField = (typeof noticeSendFields)[number];
export const noticeDetailNotices = ['drafted', 'saved', 'sent'] as const;
export type NoticeDetailNotice = (typeof noticeDetailNotices)[number];

/** The element ids of a notice's kind, in order. */
export function noticeElementIdsOf(kind: NoticeRecordView['kind']): readonly NoticeElementId[] {
  return kind === 'prior-written-notice' ? pwnElementIds : meetingNoticeElementIds;
}

/** The fields of a notice's edit form. */
export function noticeEditFields(kind: NoticeRecordView['kind']): readonly NoticeEditField[] {
  return kind === 'prior-written-notice'
    ? ['proposal', 'subjects', ...pwnElementIds]
    : meetingNoticeElementIds;
}

/** A draft's form values as saved. */
export function noticeEditValues(notice: NoticeRecordView): FormState<NoticeEditField>['values'] {
  const values: FormState<NoticeEditField>['values'] = {};
  for (const id of noticeElementIdsOf(notice.kind)) values[id] = notice.content[id] ?? '';
  if (notice.kind === 'prior-written-notice') {
    values.proposal = notice.proposal ?? '';
    values.subjects = notice.subjects;
  }
  return values;
}

const editMessages: FormMessages<NoticeEditField> = {
  idPrefix: 'element-',
  error: (field) => `notices.missing.${field}`,
};
const sendMessages: FormMessages<NoticeSendField> = {
  idPrefix: 'send-',
  error: (field) => `notices.sendForm.error.${field}`,
};

export interface NoticeDetailPageProps {
  page: PageContext;
  student: StudentDetailView;
  notice: NoticeRecordView;
  editForm?: FormState<NoticeEditField> | undefined;
  sendForm?: FormState<NoticeSendField> | undefined;
  refusal?: NoticeRefusalView | undefined;
  /** After a stale save or send (409): the notice as saved now. */
  conflict?: NoticeRecordView | undefined;
  done?: NoticeDetailNotice | undefined;
}

export function NoticeDetailPage(props: NoticeDetailPageProps) {
  const { page, student, notice, editForm, sendForm, refusal, conflict } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const kindName = t(`notices.kind.${notice.kind}`);
  const title = notice.status === 'sent' ? kindName : t('notices.draftTitle', { kind: kindName });
  const failed = Boolean(
    refusal ||
    editForm?.invalid.length ||
    editForm?.general ||
    sendForm?.invalid.length ||
    sendForm?.general,
  );
  const base = `/students/${student.id}/notices/${notice.id}`;
  const none = t('common.none');
  const elementIds = noticeElementIdsOf(notice.kind);
  const elementLabel = (id: NoticeElementId) => t(`notices.element.${id}` as MessageId);
  const shown = conflict ?? notice;
  const version = shown.version;
  const editState: FormState<NoticeEditField> = editForm ?? {
    values: noticeEditValues(notice),
    invalid: [],
  };
  const guardian = student.guardians.find((g) => g.id === notice.guardianId);
  const choose = { value: '', label: t('form.choose') };
  const sendField = (field: NoticeSendField) => ({
    id: `${sendMessages.idPrefix}${field}`,
    name: field,
    label: t(`notices.sendForm.label.${field}`),
    error: fieldError(sendForm, field, sendMessages, i18n),
    value: textValue(sendForm, field),
  });
  const contentRows = (record: NoticeRecordView): [string, string][] => {
    const rows: [string, string][] = [];
    if (record.kind === 'prior-written-notice')
      rows.push(
        [
          t('notices.draftForm.label.proposal'),
          record.proposal ? t(`notices.proposal.${record.proposal}`) : none,
        ],
        [
          t('notices.draftForm.label.subjects'),
          record.subjects.length
            ? record.subjects.map((s) => t(`notices.subjectOption.${s as 'evaluation'}`)).join(', ')
            : none,
        ],
      );
    for (const id of noticeElementIdsOf(record.kind))
      rows.push([elementLabel(id), record.content[id]?.trim() || none]);
    return rows;
  };
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: `/students/${student.id}/notices`, text: t('notices.breadcrumb') }]}
        current={title}
      />
      <h1>{title}</h1>
      {props.done && (
        <Alert kind="success">
          <p>{t(`notices.notice.${props.done}`)}</p>
        </Alert>
      )}
      {refusal && <NoticeRefusalAlert i18n={i18n} refusal={refusal} />}
      {conflict && (
        <ConflictNotice heading={t('notices.conflictHeading')} body={t('conflict.body')}>
          <DetailsSection
            id="current-notice"
            heading={t('conflict.current')}
            rows={contentRows(conflict)}
          />
        </ConflictNotice>
      )}

      {notice.status === 'sent' ? (
        <>
          <DetailsSection
            id="notice-delivery"
            heading={t('notices.deliveryHeading')}
            rows={[
              [t('notices.sendForm.label.guardianId'), guardian?.fullName ?? none],
              [
                t('notices.sendForm.label.sentOn'),
                notice.sentOn ? i18n.formatDate(notice.sentOn) : none,
              ],
              [
                t('notices.column.language'),
                notice.language ? i18n.languageName(notice.language) : none,
              ],
              [t('notices.column.translation'), noticeTranslationText(i18n, notice)],
              [
                t('notices.column.channel'),
                notice.channel ? t(`notices.channel.${notice.channel}`) : none,
              ],
              [t('notices.addressUsed'), notice.addressUsed ?? none],
              [t('notices.column.delivery'), noticeDeliveryText(i18n, notice)],
              [
                t('notices.column.document'),
                notice.documentId ? (
                  <a href={`/students/${student.id}/documents/${notice.documentId}`}>
                    {t('notices.downloadPdf')}
                  </a>
                ) : (
                  none
                ),
              ],
            ]}
          />
          {notice.translationNeeded && notice.nativeLanguage && (
            <Alert kind="warning">
              <p>
                {t('notices.translationOwed', {
                  language: i18n.languageName(notice.nativeLanguage),
                })}
              </p>
            </Alert>
          )}
          <DetailsSection
            id="notice-content"
            heading={t('notices.contentHeading')}
            rows={contentRows(notice)}
          />
          <p>{t('notices.sentIsFinal')}</p>
        </>
      ) : (
        <>
          <section aria-labelledby="notice-missing" className="continuum-section">
            <h2 id="notice-missing">{t('notices.missingHeading')}</h2>
            {shown.missing.length === 0 ? (
              <p>{t('notices.missingNone')}</p>
            ) : (
              <>
                <p>{t('notices.missingIntro', { count: shown.missing.length })}</p>
                <ul className="usa-list">
                  {shown.missing.map((id) => (
                    <li key={id}>{elementLabel(id as NoticeElementId)}</li>
                  ))}
                </ul>
              </>
            )}
          </section>

          {notice.manageCase ? (
            <>
              <form
                method="post"
                action={base}
                className="usa-form usa-form--large"
                noValidate
                id="element-form"
              >
                <h2>{t('notices.editHeading')}</h2>
                <ErrorSummary
                  title={t('form.errorSummaryTitle')}
                  items={summaryItems(editForm, editMessages, i18n)}
                />
                <CsrfField token={page.csrfToken} />
                <input type="hidden" name="version" value={version} />
                {notice.kind === 'prior-written-notice' && (
                  <>
                    <SelectField
                      id="element-proposal"
                      name="proposal"
                      label={t('notices.draftForm.label.proposal')}
                      error={fieldError(editForm, 'proposal', editMessages, i18n)}
                      value={textValue(editState, 'proposal')}
                      options={[
                        choose,
                        ...pwnProposalValues.map((v) => ({
                          value: v,
                          label: t(`notices.proposal.${v}`),
                        })),
                      ]}
                    />
                    <CheckboxGroup
                      id="element-subjects"
                      name="subjects"
                      label={t('notices.draftForm.label.subjects')}
                      error={fieldError(editForm, 'subjects', editMessages, i18n)}
                      options={pwnSubjectValues.map((v) => ({
                        value: v,
                        label: t(`notices.subjectOption.${v}`),
                      }))}
                      checked={listValue(editState, 'subjects')}
                    />
                  </>
                )}
                {elementIds.map((id) => (
                  <TextAreaField
                    key={id}
                    id={`element-${id}`}
                    name={id}
                    label={elementLabel(id)}
                    error={fieldError(editForm, id, editMessages, i18n)}
                    value={textValue(editState, id)}
                  />
                ))}
                <button type="submit" className="usa-button">
                  {t('notices.editSubmit')}
                </button>
              </form>

              <form
                method="post"
                action={`${base}/send`}
                className="usa-form usa-form--large"
                noValidate
                id="send-form"
              >
                <h2>{t('notices.sendForm.heading')}</h2>
                <p>{t('notices.sendForm.intro')}</p>
                <ErrorSummary
                  title={t('form.errorSummaryTitle')}
                  items={summaryItems(sendForm, sendMessages, i18n)}
                />
                <CsrfField token={page.csrfToken} />
                <input type="hidden" name="version" value={version} />
                <SelectField
                  {...sendField('guardianId')}
                  options={[
                    choose,
                    ...student.guardians.map((g) => ({
                      value: g.id,
                      label: noticeGuardianLabel(i18n, g),
                    })),
                  ]}
                  required
                />
                <SelectField
                  {...sendField('channel')}
                  hint={t('notices.sendForm.hint.channel')}
                  options={[
                    choose,
                    ...noticeChannelValues.map((v) => ({
                      value: v,
                      label: t(`notices.channel.${v}`),
                    })),
                  ]}
                  required
                />
                <TextField
                  {...sendField('sentOn')}
                  type="date"
                  width="md"
                  hint={t('notices.sendForm.hint.sentOn')}
                />
                <button type="submit" className="usa-button">
                  {t('notices.sendForm.submit')}
                </button>
              </form>
            </>
          ) : (
            <DetailsSection
              id="notice-content"
              heading={t('notices.contentHeading')}
              rows={contentRows(notice)}
            />
          )}
        </>
      )}
      <p>
        <a href={`/students/${student.id}/notices`}>{t('notices.backToList')}</a>
      </p>
    </Layout>
  );
}
