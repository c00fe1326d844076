import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import { CheckboxField, CsrfField, ErrorSummary, TextField } from '../components/form.tsx';
import type { SummaryItem } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState } from './types.ts';

/**
 * The district's school calendar: the school years, their non-instructional days and the
 * holidays the deadlines are counted on. Staff read it; district administrators replace it
 * (pasting the calendar file) or draft a school year with New York's holidays first.
 */

export interface CalendarDocumentView {
  name: string;
  schoolYears: readonly {
    id: string;
    firstDay: string;
    lastDay: string;
    nonInstructionalDays: readonly string[];
  }[];
  holidays: readonly string[];
}

export interface DistrictCalendarView {
  calendar: CalendarDocumentView | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const calendarDraftFields = [
  'firstDay',
  'lastDay',
  'recess1From',
  'recess1To',
  'recess2From',
  'recess2To',
  'recess3From',
  'recess3To',
  'name',
  'merge',
] as const;
export type DraftField = (typeof calendarDraftFields)[number];
export const calendarNotices = ['replaced'] as const;
export type CalendarNotice = (typeof calendarNotices)[number];

const draftMessages: FormMessages<DraftField> = {
  idPrefix: 'draft-',
  error: (field) => `calendar.draft.error.${field}`,
};

export interface CalendarPageProps {
  page: PageContext;
  current: DistrictCalendarView;
  /** For district administrators: the replace and draft forms. */
  administer?:
    | {
        /** The calendar file shown in the replace form (a draft, or what was sent). */
        text: string;
        /** The version the replace form sends (the current one). */
        version: number;
        /** What was wrong with the file sent, field by field (`calendar.schoolYears.0.lastDay`). */
        issues?: readonly { path: string; message: string }[] | undefined;
        /** The file sent was not JSON at all. */
        notJson?: boolean | undefined;
        /** Someone else replaced the calendar since it was opened: the current one is shown above. */
        conflict?: boolean | undefined;
        /** A draft was just made: review it, then save. */
        drafted?: boolean | undefined;
        draftForm?: FormState<DraftField> | undefined;
      }
    | undefined;
  notice?: CalendarNotice | undefined;
}

export function CalendarPage({ page, current, administer, notice }: CalendarPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('calendar.title');
  const issues = administer?.issues ?? [];
  const replaceItems: SummaryItem[] = [
    ...issues.map((issue) => ({
      fieldId: 'calendar-file',
      text: t('calendar.issue', {
        field: issue.path.replace(/^calendar\.?/, '') || '(file)',
        message: issue.message,
      }),
    })),
    ...(administer?.notJson ? [{ fieldId: 'calendar-file', text: t('calendar.notJson') }] : []),
  ];
  const failed =
    replaceItems.length > 0 ||
    Boolean(administer?.draftForm?.invalid.length || administer?.draftForm?.general);
  const cal = current.calendar;
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <h1>{title}</h1>
      {notice === 'replaced' && <Alert kind="success">{t('calendar.notice.replaced')}</Alert>}
      {administer?.conflict && (
        <Alert kind="warning" heading={t('calendar.conflictHeading')}>
          <p>{t('calendar.conflictBody')}</p>
        </Alert>
      )}
      <p>{t('calendar.intro')}</p>
      {cal === null ? (
        <Alert kind="warning" heading={t('calendar.noneHeading')}>
          <p>{t('calendar.none')}</p>
        </Alert>
      ) : (
        <section aria-labelledby="current-heading" className="continuum-section">
          <h2 id="current-heading">{cal.name}</h2>
          <p>
            {t('calendar.version', {
              version: current.version,
              at: current.updatedAt ? i18n.formatDateTime(current.updatedAt) : '',
              by: current.updatedBy ?? '',
            })}
          </p>
          <Table
            caption={t('calendar.yearsCaption', { count: cal.schoolYears.length })}
            headers={[
              t('calendar.year'),
              t('calendar.firstDay'),
              t('calendar.lastDay'),
              t('calendar.nonInstructional'),
            ]}
            rows={cal.schoolYears.map((y) => ({
              key: y.id,
              cells: [
                y.id,
                i18n.formatDate(y.firstDay),
                i18n.formatDate(y.lastDay),
                y.nonInstructionalDays.length === 0
                  ? t('common.none')
                  : y.nonInstructionalDays.map((d) => i18n.formatDate(d)).join(', '),
              ],
            }))}
          />
          <h3>{t('calendar.holidays')}</h3>
          <p>
            {cal.holidays.length === 0
              ? t('common.none')
              : cal.holidays.map((d) => i18n.formatDate(d)).join(', ')}
          </p>
        </section>
      )}

      {administer && (
        <>
          <section aria-labelledby="replace-heading" className="continuum-section">
            <h2 id="replace-heading">{t('calendar.replaceHeading')}</h2>
            {administer.drafted && <Alert kind="info">{t('calendar.drafted')}</Alert>}
            <form
              method="post"
              action="/calendar"
              className="usa-form usa-form--large"
              noValidate
              id="calendar-form"
            >
              <ErrorSummary title={t('form.errorSummaryTitle')} items={replaceItems} />
              <CsrfField token={page.csrfToken} />
              <input type="hidden" name="version" value={administer.version} />
              <div
                className={
                  replaceItems.length ? 'usa-form-group usa-form-group--error' : 'usa-form-group'
                }
              >
                <label className="usa-label" htmlFor="calendar-file">
                  {t('calendar.file')}
                </label>
                <span className="usa-hint" id="calendar-file-hint">
                  {t('calendar.fileHint')}
                </span>
                {replaceItems.length > 0 && (
                  <ul className="usa-error-message" id="calendar-file-error">
                    {replaceItems.map((item, i) => (
                      <li key={i}>{item.text}</li>
                    ))}
                  </ul>
                )}
                <textarea
                  id="calendar-file"
                  name="calendar"
                  className="usa-textarea continuum-code"
                  rows={16}
                  defaultValue={administer.text}
                  aria-describedby={
                    replaceItems.length
                      ? 'calendar-file-hint calendar-file-error'
                      : 'calendar-file-hint'
                  }
                  aria-invalid={replaceItems.length ? true : undefined}
                  spellCheck={false}
                />
              </div>
              <button type="submit" className="usa-button">
                {t('calendar.replaceSubmit')}
              </button>
            </form>
          </section>
          <section aria-labelledby="draft-heading" className="continuum-section">
            <h2 id="draft-heading">{t('calendar.draftHeading')}</h2>
            <p>{t('calendar.draftIntro')}</p>
            <DraftForm page={page} form={administer.draftForm} hasCalendar={cal !== null} />
          </section>
        </>
      )}
    </Layout>
  );
}

function DraftForm({
  page,
  form,
  hasCalendar,
}: {
  page: PageContext;
  form: FormState<DraftField> | undefined;
  hasCalendar: boolean;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const field = (name: DraftField) => ({
    id: `${draftMessages.idPrefix}${name}`,
    name,
    label: t(`calendar.draft.${name}`),
    error: fieldError(form, name, draftMessages, i18n),
    value: textValue(form, name),
  });
  return (
    <form
      method="post"
      action="/calendar/draft"
      className="usa-form usa-form--large"
      noValidate
      id="draft-form"
    >
      <ErrorSummary
        title={t('form.errorSummaryTitle')}
        items={summaryItems(form, draftMessages, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      <TextField {...field('firstDay')} type="date" required />
      <TextField {...field('lastDay')} type="date" required />
      {([1, 2, 3] as const).map((n) => (
        <fieldset key={n} className="usa-fieldset">
          <legend className="usa-legend">{t('calendar.draft.recess', { n })}</legend>
          <TextField {...field(`recess${n}From`)} type="date" />
          <TextField {...field(`recess${n}To`)} type="date" />
        </fieldset>
      ))}
      <TextField {...field('name')} hint={t('calendar.draft.nameHint')} />
      {hasCalendar && (
        <CheckboxField
          id="draft-merge"
          name="merge"
          label={t('calendar.draft.merge')}
          checked={form ? form.values.merge === true : true}
        />
      )}
      <button type="submit" className="usa-button usa-button--outline">
        {t('calendar.draft.submit')}
      </button>
    </form>
  );
}
