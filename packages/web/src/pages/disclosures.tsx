import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { RefusalAlert, StudentSubPage } from '../components/student-page.tsx';
import { Table } from '../components/table.tsx';
import { DetailsList } from '../components/details.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldProps, listValue } from './form-state.ts';
import { FormSection, PostForm } from './post-form.tsx';
import { codeLabel, rolesLabel } from './options.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';

/**
 * Disclosures of a child's personally identifiable information (34 CFR 300.622, 300.535) and the
 * record of access the parent reads (34 CFR 300.614): the child's disclosures with the privacy
 * officer's form to record one; the record of access, with each disclosure (party, date,
 * purpose, what, basis) and the accesses of the district's employees and the parents.
 */

export const disclosureFields = [
  'disclosedOn',
  'partyKind',
  'partyName',
  'purpose',
  'recordTypes',
  'description',
  'forPartB',
  'consentId',
  'ferpaAuthority',
] as const;
export type DisclosureField = (typeof disclosureFields)[number];
export const disclosureNotices = ['recorded'] as const;
export type DisclosureNotice = (typeof disclosureNotices)[number];

export interface DisclosureRecordView {
  id: string;
  disclosedOn: string;
  partyKind: string;
  partyName: string;
  purpose: string;
  recordTypes: readonly string[];
  description: string;
  /** The parents' statements disclosed with the records (34 CFR 300.620(b)). */
  statementIds: readonly string[];
  forPartB: boolean;
  basis: 'consent' | 'participating-agency-official' | 'crime-report' | 'ferpa';
  consentRequestedOn: string | null;
  ferpaAuthority: string | null;
  citation: string;
}

export interface DisclosureConsentOption {
  id: string;
  recipientKind: string;
  recipientName: string;
  informationDisclosed: string;
  requestedOn: string;
}

/** The choices the form offers, from the server's catalogues (the rules' recipient kinds, the access log's record types). */
export interface DisclosureChoices {
  partyKinds: readonly string[];
  recordTypes: readonly string[];
}

export interface StudentDisclosuresPageProps {
  page: PageContext;
  student: StudentDetailView;
  list: {
    disclosures: readonly DisclosureRecordView[];
    consents: readonly DisclosureConsentOption[];
    mayRecord: boolean;
  };
  choices: DisclosureChoices;
  /** The reader may also read the record of access (a link to it). */
  mayReadRecordOfAccess: boolean;
  form?: FormState<DisclosureField> | undefined;
  refusal?: { message: string; citation?: string | undefined } | undefined;
  notice?: DisclosureNotice | undefined;
}

const messages: FormMessages<DisclosureField> = {
  idPrefix: 'disclosure-',
  error: (field) => `disclosures.error.${field}`,
};

function recordTypesText(i18n: Translator, types: readonly string[]): string {
  return types.map((type) => codeLabel(i18n, 'accessLog.recordType.', type)).join(' · ');
}

/** What a disclosure rests on, in words: the consent and its date, or the exception. */
export function basisText(i18n: Translator, d: DisclosureRecordView): string {
  switch (d.basis) {
    case 'consent':
      return i18n.t('disclosures.basis.consent', {
        date: d.consentRequestedOn ? i18n.formatDate(d.consentRequestedOn) : '',
      });
    case 'participating-agency-official':
      return i18n.t('disclosures.basis.participating-agency-official');
    case 'crime-report':
      return i18n.t('disclosures.basis.crime-report', { authority: d.ferpaAuthority ?? '' });
    case 'ferpa':
      return i18n.t('disclosures.basis.ferpa', { authority: d.ferpaAuthority ?? '' });
  }
}

function partyText(i18n: Translator, d: DisclosureRecordView): string {
  return i18n.t('disclosures.partyOf', {
    name: d.partyName,
    kind: codeLabel(i18n, 'disclosures.partyKind.', d.partyKind),
  });
}

/** One disclosure's facts, as both pages (and the complete record) show them. */
export function disclosureDetailRows(
  i18n: Translator,
  d: DisclosureRecordView,
): readonly (readonly [string, string])[] {
  const { t } = i18n;
  return [
    [t('disclosures.column.party'), partyText(i18n, d)],
    [t('disclosures.column.date'), i18n.formatDate(d.disclosedOn)],
    [t('disclosures.column.purpose'), d.purpose],
    [t('disclosures.column.what'), `${recordTypesText(i18n, d.recordTypes)}: ${d.description}`],
    ...(d.statementIds.length > 0
      ? ([
          [
            t('disclosures.column.statements'),
            t('disclosures.statements', { count: d.statementIds.length }),
          ],
        ] as const)
      : []),
    [t('disclosures.column.basis'), basisText(i18n, d)],
    [t('disclosures.column.citation'), d.citation],
  ];
}

function DisclosureEntries({
  i18n,
  disclosures,
}: {
  i18n: Translator;
  disclosures: readonly DisclosureRecordView[];
}) {
  return (
    <>
      {disclosures.map((d) => (
        <section key={d.id} id={`disclosure-${d.id}`} aria-labelledby={`disclosure-${d.id}-h`}>
          <h3 id={`disclosure-${d.id}-h`}>
            {i18n.t('disclosures.entryHeading', {
              name: d.partyName,
              date: i18n.formatDate(d.disclosedOn),
            })}
          </h3>
          <DetailsList rows={disclosureDetailRows(i18n, d)} />
        </section>
      ))}
    </>
  );
}

export function StudentDisclosuresPage(props: StudentDisclosuresPageProps) {
  const { page, student, list, choices, form, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('disclosures.student.title', { name });
  const failed = Boolean(refusal || form?.invalid.length || form?.general);
  return (
    <StudentSubPage
      page={page}
      studentId={student.id}
      name={name}
      title={title}
      current={t('disclosures.breadcrumb')}
      failed={failed}
      notice={notice && t(`disclosures.notice.${notice}`)}
    >
      <RefusalAlert
        i18n={i18n}
        refusal={refusal}
        heading="disclosures.refusedHeading"
        citation="disclosures.citation"
      />
      <p>{t('disclosures.student.intro')}</p>
      {props.mayReadRecordOfAccess && (
        <p>
          <a href={`/students/${student.id}/record-of-access`}>
            {t('disclosures.recordOfAccessLink')}
          </a>
        </p>
      )}
      <section aria-labelledby="disclosures-heading" className="continuum-section">
        <h2 id="disclosures-heading">{t('disclosures.student.listHeading')}</h2>
        {list.disclosures.length === 0 && <p>{t('disclosures.student.none')}</p>}
        <DisclosureEntries i18n={i18n} disclosures={list.disclosures} />
      </section>
      {list.mayRecord && (
        <RecordForm
          page={page}
          action={`/students/${student.id}/disclosures`}
          consents={list.consents}
          choices={choices}
          state={form}
        />
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('disclosures.backToStudent', { name })}</a>
      </p>
    </StudentSubPage>
  );
}

function RecordForm({
  page,
  action,
  consents,
  choices,
  state,
}: {
  page: PageContext;
  action: string;
  consents: readonly DisclosureConsentOption[];
  choices: DisclosureChoices;
  state: FormState<DisclosureField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const field = fieldProps(state, messages, i18n, (f) => `disclosures.label.${f}`);
  const forPartB = state?.values.forPartB === true || state?.values.forPartB === 'true';
  return (
    <FormSection
      id="record"
      heading={t('disclosures.record.heading')}
      intro={t('disclosures.record.intro')}
    >
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t('disclosures.record.submit')}
      >
        <TextField {...field('disclosedOn')} type="date" />
        <SelectField
          {...field('partyKind')}
          options={[
            { value: '', label: t('form.choose') },
            ...choices.partyKinds.map((k) => ({
              value: k,
              label: codeLabel(i18n, 'disclosures.partyKind.', k),
            })),
          ]}
        />
        <TextField {...field('partyName')} hint={t('disclosures.hint.partyName')} />
        <TextAreaField {...field('purpose')} hint={t('disclosures.hint.purpose')} />
        <CheckboxGroup
          {...field('recordTypes')}
          hint={t('disclosures.hint.recordTypes')}
          options={choices.recordTypes.map((type) => ({
            value: type,
            label: codeLabel(i18n, 'accessLog.recordType.', type),
          }))}
          checked={listValue(state, 'recordTypes')}
        />
        <TextAreaField {...field('description')} hint={t('disclosures.hint.description')} />
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('disclosures.label.basisLegend')}</legend>
          <p className="usa-hint">{t('disclosures.hint.basis')}</p>
          <SelectField
            {...field('consentId')}
            hint={t('disclosures.hint.consentId')}
            options={[
              { value: '', label: t('disclosures.noConsent') },
              ...consents.map((c) => ({
                value: c.id,
                label: t('disclosures.consentOption', {
                  name: c.recipientName,
                  kind: codeLabel(i18n, 'disclosures.partyKind.', c.recipientKind),
                  date: i18n.formatDate(c.requestedOn),
                  what: c.informationDisclosed,
                }),
              })),
            ]}
          />
          <CheckboxField
            id={`${messages.idPrefix}forPartB`}
            name="forPartB"
            label={t('disclosures.label.forPartB')}
            hint={t('disclosures.hint.forPartB')}
            checked={forPartB}
          />
          <TextField {...field('ferpaAuthority')} hint={t('disclosures.hint.ferpaAuthority')} />
        </fieldset>
      </PostForm>
    </FormSection>
  );
}

/** One entry of the record of access (see the server's `disclosures/schemas.ts`). */
export interface RecordOfAccessEntryView {
  kind: 'access' | 'disclosure';
  party: 'parent' | 'authorized-employee' | 'other';
  date: string;
  at: string | null;
  name: string;
  title: string | null;
  roles: string | null;
  purposeCode: string | null;
  recordType: string | null;
  disclosure: DisclosureRecordView | null;
  problems: readonly { field: string; message: string; citation: string }[];
}

export interface RecordOfAccessPageProps {
  page: PageContext;
  student: StudentDetailView;
  record: {
    citation: string;
    disclosures: readonly RecordOfAccessEntryView[];
    accesses: readonly RecordOfAccessEntryView[];
    nextBefore: number | null;
  };
}

/** Who had access: a staff member's name and position, or the parent. */
function positionText(i18n: Translator, e: RecordOfAccessEntryView): string {
  if (e.party === 'parent') return i18n.t('recordOfAccess.parent');
  const roles = e.roles ? rolesLabel(i18n, e.roles) : '';
  return [e.title, roles].filter(Boolean).join(' · ');
}

/** Everyone who reads the record of access also reads the disclosures page (its form, for the privacy officer). */
export function RecordOfAccessPage({ page, student, record }: RecordOfAccessPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('recordOfAccess.title', { name });
  const incomplete = record.disclosures.filter((e) => e.problems.length > 0);
  return (
    <Layout page={page} title={title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('recordOfAccess.breadcrumb')}
      />
      <h1>{title}</h1>
      <p>{t('recordOfAccess.intro')}</p>
      <p>{t('disclosures.citation', { citation: record.citation })}</p>
      {incomplete.length > 0 && (
        <Alert kind="warning" heading={t('recordOfAccess.incompleteHeading')}>
          <ul>
            {incomplete.flatMap((e) =>
              e.problems.map((p) => (
                <li key={`${e.disclosure?.id ?? e.name}-${p.field}`}>
                  {e.name}: {p.message}
                </li>
              )),
            )}
          </ul>
        </Alert>
      )}
      <section aria-labelledby="disclosed-heading" className="continuum-section">
        <h2 id="disclosed-heading">{t('recordOfAccess.disclosuresHeading')}</h2>
        <p>{t('recordOfAccess.disclosuresIntro')}</p>
        {record.disclosures.length === 0 ? (
          <p>{t('disclosures.student.none')}</p>
        ) : (
          <Table
            id="record-of-access-disclosures"
            caption={t('recordOfAccess.disclosuresCaption', {
              name,
              count: record.disclosures.length,
            })}
            headers={[
              t('disclosures.column.date'),
              t('disclosures.column.party'),
              t('disclosures.column.purpose'),
              t('disclosures.column.what'),
              t('disclosures.column.basis'),
            ]}
            rows={record.disclosures.flatMap((e) =>
              e.disclosure
                ? [
                    {
                      key: e.disclosure.id,
                      cells: [
                        i18n.formatDate(e.date),
                        partyText(i18n, e.disclosure),
                        e.disclosure.purpose,
                        `${recordTypesText(i18n, e.disclosure.recordTypes)}: ${e.disclosure.description}`,
                        basisText(i18n, e.disclosure),
                      ],
                    },
                  ]
                : [],
            )}
          />
        )}
        <p>
          <a href={`/students/${student.id}/disclosures`}>{t('recordOfAccess.disclosuresLink')}</a>
        </p>
      </section>
      <section aria-labelledby="accesses-heading" className="continuum-section">
        <h2 id="accesses-heading">{t('recordOfAccess.accessesHeading')}</h2>
        <p>{t('recordOfAccess.accessesIntro')}</p>
        {record.accesses.length === 0 ? (
          <p>{t('recordOfAccess.noAccesses')}</p>
        ) : (
          <Table
            id="record-of-access-accesses"
            caption={t('recordOfAccess.accessesCaption', { name, count: record.accesses.length })}
            headers={[
              t('accessLog.at'),
              t('recordOfAccess.who'),
              t('recordOfAccess.position'),
              t('accessLog.purpose'),
              t('accessLog.record'),
            ]}
            rows={record.accesses.map((e, i) => ({
              key: `${e.at ?? e.date}-${i}`,
              cells: [
                e.at ? i18n.formatDateTime(e.at) : i18n.formatDate(e.date),
                e.name,
                positionText(i18n, e),
                codeLabel(i18n, 'accessLog.purposeName.', e.purposeCode ?? ''),
                codeLabel(i18n, 'accessLog.recordType.', e.recordType ?? ''),
              ],
            }))}
          />
        )}
        {record.nextBefore != null && (
          <p>
            <a
              href={`/students/${student.id}/record-of-access?before=${record.nextBefore}#accesses-heading`}
            >
              {t('accessLog.older')}
            </a>
          </p>
        )}
      </section>
      <p>
        <a href={`/students/${student.id}`}>{t('disclosures.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}
