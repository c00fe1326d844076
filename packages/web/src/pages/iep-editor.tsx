import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import { Alert } from '../components/alert.tsx';
import type { IepNotice } from './iep.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { Option } from '../components/form.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { IepChoices, IepDetailView, IepFieldError, IepVersionFullView } from './iep-types.ts';
import type { IepFormValues } from './iep-form.ts';
import {
  accommodationFields,
  activityFields,
  fieldIdOf,
  goalFields,
  rowCount,
  serviceFields,
} from './iep-form.ts';
import { IepContentSections, labelOf } from './iep-content-view.tsx';

/** Blank rows offered after the filled ones, so a new goal or service needs no script. */
const BLANK_ROWS = 2;

export interface IepDraftPageProps {
  page: PageContext;
  student: StudentSummaryView;
  iep: IepDetailView;
  draft: IepVersionFullView;
  values: IepFormValues;
  choices: IepChoices;
  errors?: readonly IepFieldError[];
  /** A refusal not about one field (finalize refused: the list is in `errors`). */
  refusal?: string | undefined;
  /** What the last step did (`?done=`): the draft was started, saved, amended. */
  notice?: IepNotice | undefined;
  /** After a stale save: the newer draft someone else saved. */
  conflict?: IepVersionFullView | undefined;
}

/**
 * The draft editor: one section per content area, goals, services, testing accommodations and
 * transition activities as numbered rows. A plain form: Save posts it and the page comes back
 * (303); with JavaScript, a small script also saves it every 20 seconds and when a field loses
 * focus, and says so politely to screen readers (assets/iep-autosave.js).
 */
export function IepDraftPage(props: IepDraftPageProps) {
  const { page, student, iep, draft, values, choices, conflict } = props;
  const { i18n } = page;
  const { t } = i18n;
  const errors = props.errors ?? [];
  const errorOf = (name: string) => errors.find((e) => e.name === name)?.message;
  const name = studentName(i18n, student);
  const base = `/students/${student.id}/ieps/${iep.id}`;
  const title = t('iep.draftTitle', { number: draft.number });
  const failed = errors.length > 0 || Boolean(props.refusal);
  const label = (field: string) => t(`iep.field.${field}` as MessageId);

  const text = (
    field: string,
    opts: { type?: 'date' | 'text'; hint?: string; labelKey?: string } = {},
  ) => (
    <TextField
      id={fieldIdOf(field)}
      name={field}
      label={label(opts.labelKey ?? field)}
      type={opts.type ?? 'text'}
      hint={opts.hint}
      value={values[field]}
      error={errorOf(field)}
    />
  );
  const area = (field: string, labelKey = field) => (
    <TextAreaField
      id={fieldIdOf(field)}
      name={field}
      label={label(labelKey)}
      value={values[field]}
      error={errorOf(field)}
    />
  );
  const select = (field: string, options: readonly Option[], labelKey = field) => (
    <SelectField
      id={fieldIdOf(field)}
      name={field}
      label={label(labelKey)}
      value={values[field]}
      options={[{ value: '', label: t('form.choose') }, ...options]}
      error={errorOf(field)}
    />
  );
  const check = (field: string, labelKey = field) => (
    <CheckboxField
      id={fieldIdOf(field)}
      name={field}
      label={label(labelKey)}
      checked={values[field] !== undefined}
    />
  );
  const section = (id: string, heading: MessageId, children: React.ReactNode) => (
    <fieldset className="usa-fieldset continuum-section" id={fieldIdOf(id)} tabIndex={-1}>
      <legend className="usa-legend usa-legend--large">{t(heading)}</legend>
      {children}
    </fieldset>
  );
  const rows = (
    prefix: string,
    fields: readonly string[],
    rowLabel: MessageId,
    render: (i: number) => React.ReactNode,
  ) => {
    const count = rowCount(values, prefix) + BLANK_ROWS;
    return Array.from({ length: count }, (_, i) => (
      <fieldset key={`${prefix}-${i}`} className="usa-fieldset continuum-iep-row">
        <legend className="usa-legend">{t(rowLabel, { n: i + 1 })}</legend>
        {render(i)}
        {fields.length === 0 && null}
      </fieldset>
    ));
  };

  const programs = choices.programs
    .filter((p) => p.level === choices.level)
    .map((p) => ({ value: p.id, label: labelOf(i18n, 'meeting.program', p.id) }));
  const classifications = choices.classifications
    .filter((c) => c.level === choices.level)
    .map((c) => ({ value: c.id, label: labelOf(i18n, 'classification', c.id) }));
  const meetings = choices.meetings.map((m) => ({
    value: m.id,
    label: t(m.held ? 'iep.field.meetingHeld' : 'iep.field.meetingOption', {
      committee: m.committee.toUpperCase(),
      date: i18n.formatDate(m.date),
    }),
  }));
  const periods = (['day', 'week', 'month'] as const).map((p) => ({
    value: p,
    label: t(`iep.period.${p}`),
  }));
  const standards = (['standard', 'modified'] as const).map((s) => ({
    value: s,
    label: t(`iep.promotion.${s}`),
  }));

  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[
          { href: `/students/${student.id}/ieps`, text: t('iep.listTitle') },
          { href: base, text: t('iep.title') },
        ]}
        current={title}
      />
      <h1>
        {title}: {name}
      </h1>
      {props.notice && (
        <Alert kind="success">
          <p>{t(`iep.done.${props.notice}`)}</p>
        </Alert>
      )}
      <ErrorSummary
        title={props.refusal ?? t('form.errorSummaryTitle')}
        items={errors.map((e) => ({ fieldId: fieldIdOf(e.name), text: e.message }))}
      />
      {conflict && (
        <ConflictNotice heading={t('iep.conflictHeading')} body={t('iep.conflictBody')}>
          <section className="continuum-section" aria-labelledby="newer-draft">
            <h2 id="newer-draft">
              {t('iep.conflictSavedBy', {
                name: conflict.savedBy,
                at: i18n.formatDateTime(conflict.savedAt),
              })}
            </h2>
            <IepContentSections i18n={i18n} version={conflict} idPrefix="newer" />
          </section>
        </ConflictNotice>
      )}
      <form
        method="post"
        action={`${base}/draft`}
        className="usa-form usa-form--large continuum-iep-form"
        id="iep-editor"
        data-autosave="true"
      >
        <CsrfField token={page.csrfToken} />
        <input type="hidden" name="lockVersion" value={values.lockVersion ?? ''} />
        <p className="usa-hint">{t('iep.editor.rowsHint')}</p>
        {section(
          'meeting',
          'iep.section.meeting',
          <>
            {select('meetingId', meetings)}
            {text('projectedImplementationDate', { type: 'date' })}
            {text('annualReviewDate', { type: 'date', hint: t('iep.field.annualReviewHint') })}
            {text('reevaluationDate', { type: 'date', hint: t('iep.field.reevaluationHint') })}
          </>,
        )}
        {/* A one-field section is named apart from its field: the error summary links to the
            field, and ids stay unique so the label names the field. */}
        {section(
          'classificationArea',
          'iep.section.classification',
          select('classification', classifications),
        )}
        {section(
          'presentLevels',
          'iep.section.presentLevels',
          <>
            {area('presentLevels.academic')}
            {area('presentLevels.social')}
            {area('presentLevels.physical')}
            {area('presentLevels.management')}
          </>,
        )}
        {section('effectOnProgressArea', 'iep.section.effect', area('effectOnProgress'))}
        {section(
          'goals',
          'iep.section.goals',
          rows('goal', goalFields, 'iep.field.goalRow', (i) =>
            goalFields.map((f) =>
              f === 'goal' ? (
                <TextAreaField
                  key={f}
                  id={fieldIdOf(`goal.${i}.${f}`)}
                  name={`goal.${i}.${f}`}
                  label={label(`goal.${f}`)}
                  value={values[`goal.${i}.${f}`]}
                  error={errorOf(`goal.${i}.${f}`)}
                />
              ) : (
                <span key={f}>{text(`goal.${i}.${f}`, { labelKey: `goal.${f}` })}</span>
              ),
            ),
          ),
        )}
        {section(
          'services',
          'iep.section.services',
          rows('service', serviceFields, 'iep.field.serviceRow', (i) => (
            <>
              {select(`service.${i}.program`, programs, 'service.program')}
              {text(`service.${i}.service`, { labelKey: 'service.service' })}
              {text(`service.${i}.frequency`, { labelKey: 'service.frequency' })}
              {select(`service.${i}.period`, periods, 'service.period')}
              {text(`service.${i}.durationMinutes`, { labelKey: 'service.durationMinutes' })}
              {text(`service.${i}.location`, { labelKey: 'service.location' })}
              {text(`service.${i}.groupSize`, { labelKey: 'service.groupSize' })}
              {text(`service.${i}.startDate`, { type: 'date', labelKey: 'service.startDate' })}
              {text(`service.${i}.endDate`, { type: 'date', labelKey: 'service.endDate' })}
              {check(`service.${i}.twelveMonth`, 'service.twelveMonth')}
            </>
          )),
        )}
        {section(
          'participation',
          'iep.section.participation',
          <>
            {text('generalEducationPercent', {
              hint: draft.settingBand
                ? t('iep.field.settingBand', { band: labelOf(i18n, 'iep.band', draft.settingBand) })
                : undefined,
            })}
            {area('leastRestrictiveEnvironment')}
          </>,
        )}
        {section(
          'equipment',
          'iep.section.equipment',
          <>
            {select('equipment.needed', [
              { value: 'yes', label: t('common.yes') },
              { value: 'no', label: t('common.no') },
            ])}
            {area('equipment.description')}
          </>,
        )}
        {section(
          'testingAccommodations',
          'iep.section.testing',
          <>
            {check('testingAccommodations.none')}
            {rows('accommodation', accommodationFields, 'iep.field.accommodationRow', (i) =>
              accommodationFields.map((f) => (
                <span key={f}>
                  {text(`accommodation.${i}.${f}`, { labelKey: `accommodation.${f}` })}
                </span>
              )),
            )}
          </>,
        )}
        {section(
          'twelveMonth',
          'iep.section.twelveMonth',
          <>
            {check('twelveMonth.recommended')}
            {select(
              'twelveMonth.category',
              choices.esyCategories.map((c) => ({ value: c, label: labelOf(i18n, 'iep.esy', c) })),
            )}
            {area('twelveMonth.description')}
          </>,
        )}
        {section(
          'promotion',
          'iep.section.promotion',
          <>
            {check('promotion.alternateAssessment')}
            {select('promotion.ela', standards)}
            {select('promotion.math', standards)}
            {area('promotion.modifiedCriteria')}
          </>,
        )}
        {section(
          'transition',
          'iep.section.transition',
          <>
            {area('transition.postSecondaryEducation')}
            {area('transition.postSecondaryEmployment')}
            {area('transition.postSecondaryIndependentLiving')}
            <div id={fieldIdOf('transition.activities')} tabIndex={-1}>
              {rows('activity', activityFields, 'iep.field.activityRow', (i) => (
                <>
                  {select(
                    `activity.${i}.area`,
                    choices.transitionAreas.map((a) => ({
                      value: a,
                      label: labelOf(i18n, 'iep.transitionArea', a),
                    })),
                    'activity.area',
                  )}
                  {text(`activity.${i}.activity`, { labelKey: 'activity.activity' })}
                  {text(`activity.${i}.responsible`, { labelKey: 'activity.responsible' })}
                </>
              ))}
            </div>
          </>,
        )}
        <p
          id="iep-autosave-status"
          role="status"
          aria-live="polite"
          data-saving={t('iep.autosave.saving')}
          data-saved={t('iep.autosave.saved', { time: '{time}' })}
          data-conflict={t('iep.autosave.conflict')}
          data-failed={t('iep.autosave.failed')}
        >
          {t('iep.editor.autosaveIdle')}
        </p>
        <button type="submit" className="usa-button">
          {t('iep.editor.save')}
        </button>
        <p className="usa-hint">{t('iep.editor.finalizeHint')}</p>
        <button
          type="submit"
          className="usa-button usa-button--secondary"
          formAction={`${base}/finalize`}
        >
          {t('iep.editor.finalize')}
        </button>
      </form>
      <p>
        <a href={base}>{t('iep.backToIep')}</a>
      </p>
      <script src="/assets/web/iep-autosave.js" defer />
    </Layout>
  );
}
