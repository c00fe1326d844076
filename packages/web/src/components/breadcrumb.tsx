import type { Translator } from '../i18n/i18n.ts';

/** USWDS breadcrumb: the way back up, then the current page (marked for screen readers). */
export function Breadcrumb({
  label,
  links,
  current,
}: {
  label: string;
  links: readonly { href: string; text: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="usa-breadcrumb">
      <ol className="usa-breadcrumb__list">
        {links.map((link) => (
          <li key={link.href} className="usa-breadcrumb__list-item">
            <a href={link.href} className="usa-breadcrumb__link">
              {link.text}
            </a>
          </li>
        ))}
        <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}

/** The breadcrumb of a page about one student: Students, the student, the pages between. */
export function StudentBreadcrumb({
  i18n,
  studentId,
  name,
  links = [],
  current,
}: {
  i18n: Translator;
  studentId: string;
  /** The student's name as the page shows it. */
  name: string;
  links?: readonly { href: string; text: string }[];
  current: string;
}) {
  return (
    <Breadcrumb
      label={i18n.t('common.breadcrumb')}
      links={[
        { href: '/students', text: i18n.t('nav.students') },
        { href: `/students/${studentId}`, text: name },
        ...links,
      ]}
      current={current}
    />
  );
}
