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
