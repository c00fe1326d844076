import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import { CsrfField, TextField } from '../components/form.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { IepDetailView, IepListView, IepVersionFullView } from './iep-types.ts';
import { IepContentSections } from './iep-content-view.tsx';
import type { DistributionSection } from './iep-distribution.tsx';
import { ImplementersSection } from './iep-distribution.tsx';

/** What a page says after a successful step (`?done=`). */
export const iepNotices = [
  'started',
  'saved',
  'finalized',
  'amended',
  'services-arranged',
  'placement-offered',
] as const;
export type IepNotice = (typeof iepNotices)[number];

/** A refusal or conflict shown above the page: the message and each field's problem. */
export interface IepProblem {
  heading: string;
  message: string;
  fields: { path: string; message: string }[];
}

function Problem({ problem }: { problem: IepProblem | undefined }) {
  if (!problem) return null;
  return (
    <div className="continuum-error-summary" tabIndex={-1} autoFocus>
      <Alert kind="error" heading={problem.heading}>
        <p>{problem.message}</p>
        {problem.fields.length > 0 && (
          <ul>
            {problem.fields.map((f) => (
              <li key={`${f.path}:${f.message}`}>{f.message}</li>
            ))}
          </ul>
        )}
      </Alert>
    </div>
  );
}

const iepsHref = (studentId: string) => `/students/${studentId}/ieps`;

export function IepListPage({
  page,
  student,
  list,
}: {
  page: PageContext;
  student: StudentSummaryView;
  list: IepListView;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('iep.listTitle');
  return (
    <Layout page={page} title={`${title}: ${name}`}>
      <StudentBreadcrumb i18n={i18n} studentId={student.id} name={name} current={title} />
      <h1>
        {title}: {name}
      </h1>
      {list.items.length === 0 ? (
        <p>{t('iep.listEmpty')}</p>
      ) : (
        <Table
          caption={t('iep.listCaption')}
          headers={[
            t('iep.col.iep'),
            t('iep.col.committee'),
            t('iep.col.status'),
            t('iep.col.version'),
            t('iep.col.annualReview'),
          ]}
          rows={list.items.map((item) => ({
            key: item.id,
            cells: [
              <a key="link" href={`${iepsHref(student.id)}/${item.id}`}>
                {t('iep.open', { date: i18n.formatDateTime(item.createdAt) })}
              </a>,
              t(`iep.committee.${item.committee}`),
              item.latestStatus ? t(`iep.status.${item.latestStatus}`) : '',
              String(item.latestNumber ?? ''),
              item.annualReviewDate ? i18n.formatDate(item.annualReviewDate) : t('iep.notAnswered'),
            ],
          }))}
        />
      )}
      {list.canManage && (
        <form method="post" action={iepsHref(student.id)} className="continuum-section">
          <CsrfField token={page.csrfToken} />
          <p className="usa-hint">{t('iep.startHint')}</p>
          <button type="submit" className="usa-button">
            {t('iep.start')}
          </button>
        </form>
      )}
    </Layout>
  );
}

function StepForm({
  page,
  action,
  id,
  label,
  hint,
}: {
  page: PageContext;
  action: string;
  id: string;
  label: string;
  hint: string;
}) {
  const { t } = page.i18n;
  return (
    <form method="post" action={action} className="usa-form continuum-section">
      <h3>{label}</h3>
      <CsrfField token={page.csrfToken} />
      <TextField id={id} name="on" type="date" label={t('iep.on')} hint={hint} required />
      <button type="submit" className="usa-button usa-button--outline">
        {t('iep.record')}
      </button>
    </form>
  );
}

/** One IEP: the version in effect (read-only, with its PDF), the open draft, the history, the steps. */
export function IepPage({
  page,
  student,
  iep,
  notice,
  problem,
  distribution,
}: {
  page: PageContext;
  student: StudentSummaryView;
  iep: IepDetailView;
  notice?: IepNotice | undefined;
  problem?: IepProblem | undefined;
  /** Its implementers and reviews, once the IEP has been final (PREK, Accessibility and Storage). */
  distribution?: DistributionSection | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const base = `${iepsHref(student.id)}/${iep.id}`;
  const current = iep.current;
  const title = `${t('iep.title')} (${t(`iep.committee.${iep.committee}`)})`;
  return (
    <Layout page={page} title={`${title}: ${name}`}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: iepsHref(student.id), text: t('iep.listTitle') }]}
        current={title}
      />
      <h1>
        {title}: {name}
      </h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`iep.done.${notice}` as MessageId)}</p>
        </Alert>
      )}
      <Problem problem={problem} />
      {iep.draft && (
        <Alert kind="info">
          <p>
            {t('iep.draftOpen', {
              number: iep.draft.number,
              name: iep.draft.savedBy,
              at: i18n.formatDateTime(iep.draft.savedAt),
            })}{' '}
            {iep.canManage && <a href={`${base}/draft`}>{t('iep.editDraft')}</a>}
            {!iep.canManage && (
              <a href={`${base}/versions/${iep.draft.id}`}>
                {t('iep.viewVersion', { number: iep.draft.number })}
              </a>
            )}
          </p>
        </Alert>
      )}
      {current ? (
        <>
          <h2>{t('iep.currentHeading', { number: current.number })}</h2>
          <p>{t('iep.finalNotice')}</p>
          {current.documentId && (
            <p>
              <a href={`/students/${student.id}/documents/${current.documentId}`}>
                {t('iep.pdf', { number: current.number })}
              </a>
            </p>
          )}
          {iep.events.length > 0 && (
            <section className="continuum-section" aria-labelledby="iep-events">
              <h2 id="iep-events">{t('iep.eventsHeading')}</h2>
              <ul>
                {iep.events.map((e) => (
                  <li key={`${e.type}-${e.on}`}>
                    {t(`iep.event.${e.type}` as MessageId, { date: i18n.formatDate(e.on) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {iep.canManage && (
            <>
              {!iep.draft && (
                <form method="post" action={`${base}/amendments`} className="continuum-section">
                  <CsrfField token={page.csrfToken} />
                  <p className="usa-hint">{t('iep.amendHint')}</p>
                  <button type="submit" className="usa-button">
                    {t('iep.amend')}
                  </button>
                </form>
              )}
              <StepForm
                page={page}
                action={`${base}/services-arranged`}
                id="services-arranged-on"
                label={t('iep.servicesArranged')}
                hint={t('iep.servicesArrangedHint')}
              />
              <StepForm
                page={page}
                action={`${base}/placement-offered`}
                id="placement-offered-on"
                label={t('iep.placementOffered')}
                hint={t('iep.placementOfferedHint')}
              />
            </>
          )}
          {distribution && <ImplementersSection page={page} section={distribution} />}
          <IepContentSections i18n={i18n} version={current} />
        </>
      ) : (
        <>
          <p>{t('iep.noFinal')}</p>
          {distribution && <ImplementersSection page={page} section={distribution} />}
        </>
      )}
      <section className="continuum-section" aria-labelledby="iep-versions">
        <h2 id="iep-versions">{t('iep.versionsHeading')}</h2>
        <Table
          caption={t('iep.versionsCaption')}
          headers={[
            t('iep.col.version'),
            t('iep.col.status'),
            t('iep.col.savedBy'),
            t('iep.col.savedAt'),
            t('iep.col.finalized'),
            t('iep.col.document'),
          ]}
          rows={iep.versions.map((v) => ({
            key: v.id,
            cells: [
              <a key="v" href={`${base}/versions/${v.id}`}>
                {t('iep.viewVersion', { number: v.number })}
              </a>,
              t(`iep.status.${v.status}`),
              v.savedBy,
              i18n.formatDateTime(v.savedAt),
              v.finalizedAt ? i18n.formatDateTime(v.finalizedAt) : '',
              v.documentId ? (
                <a key="d" href={`/students/${student.id}/documents/${v.documentId}`}>
                  {t('iep.pdf', { number: v.number })}
                </a>
              ) : (
                ''
              ),
            ],
          }))}
        />
      </section>
    </Layout>
  );
}

/** One version, read-only (a superseded one stays readable as it was). */
export function IepVersionPage({
  page,
  student,
  version,
}: {
  page: PageContext;
  student: StudentSummaryView;
  version: IepVersionFullView;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t(version.status === 'draft' ? 'iep.draftTitle' : 'iep.versionTitle', {
    number: version.number,
  });
  const iepHref = `${iepsHref(student.id)}/${version.iepId}`;
  return (
    <Layout page={page} title={`${title}: ${name}`}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[
          { href: iepsHref(student.id), text: t('iep.listTitle') },
          { href: iepHref, text: t('iep.title') },
        ]}
        current={title}
      />
      <h1>
        {title}: {name}
      </h1>
      <p>
        {t(`iep.status.${version.status}`)}.{' '}
        {t('iep.conflictSavedBy', {
          name: version.savedBy,
          at: i18n.formatDateTime(version.savedAt),
        })}
      </p>
      {version.documentId && (
        <p>
          <a href={`/students/${student.id}/documents/${version.documentId}`}>
            {t('iep.pdf', { number: version.number })}
          </a>
        </p>
      )}
      <IepContentSections i18n={i18n} version={version} />
      <p>
        <a href={iepHref}>{t('iep.backToIep')}</a>
      </p>
    </Layout>
  );
}
