import { NavLink, Outlet } from 'react-router';

const SECTIONS: readonly { readonly to: string; readonly text: string }[] = [
  { to: 'virksomheter', text: 'Virksomheter' },
  { to: 'parter', text: 'Parter' },
  { to: 'personer', text: 'Personer' },
  { to: 'regioner', text: 'Regioner' },
  { to: 'import', text: 'Import' },
  { to: 'tilgang', text: 'Tilgang' },
];

/**
 * The directory's administration: who is who in Lagspill. Coordinators keep their region's organisations
 * and people; admins everything. Each sub-page has its own h1, after the section's menu.
 */
export function DirectoryLayout() {
  return (
    <div className="stack">
      <nav aria-label="Katalog" className="sub-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={`/katalog/${section.to}`}>{section.text}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
