import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { NavLink, Outlet } from 'react-router';
import type { Role } from '../api/types';
import { useSession } from '../auth/session';
import { ROLE_LABELS } from '../labels';

interface NavItem {
  readonly to: string;
  readonly text: string;
  readonly roles: readonly Role[];
  /** Also current on the pages under it (the directory's sub-pages). */
  readonly section?: boolean;
}

const NAV: readonly NavItem[] = [
  { to: '/meld', text: 'Meld feil', roles: ['reporter'] },
  { to: '/saker', text: 'Våre saker', roles: ['reporter'] },
  // A reporter's: cases routed to its organisation (issue 17).
  { to: '/innboks', text: 'Innboks', roles: ['responder', 'coordinator', 'reporter'] },
  { to: '/saker', text: 'Saker', roles: ['coordinator', 'admin'] },
  // Cases one follows, and those one's party or organisation held before (issue 17).
  { to: '/folger', text: 'Følger', roles: ['reporter', 'responder', 'coordinator', 'admin'] },
  { to: '/oversikt', text: 'Oversikt', roles: ['coordinator', 'admin', 'responder'] },
  { to: '/klynger', text: 'Klynger', roles: ['coordinator', 'admin'] },
  { to: '/ruting', text: 'Fordelingsregler', roles: ['coordinator', 'admin'] },
  { to: '/webhooker', text: 'Webhooker', roles: ['responder', 'coordinator', 'admin'] },
  { to: '/katalog', text: 'Katalog', roles: ['coordinator', 'admin'], section: true },
  { to: '/varsler', text: 'Varsler', roles: ['reporter', 'responder', 'coordinator', 'admin'] },
];

export function AppShell() {
  const { me, denied, logout } = useSession();
  const items = NAV.filter((item) => me && item.roles.includes(me.role));
  return (
    <>
      <SkipLink href="#hovedinnhold">Hopp til hovedinnhold</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="app-brand">
            Lagspill
          </NavLink>
          {me && (
            <nav aria-label="Hovedmeny" className="app-nav">
              <ul>
                {items.map((item) => (
                  <li key={item.text}>
                    <NavLink to={item.to} end={!item.section}>
                      {item.text}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {me && (
            <div className="app-user">
              <Paragraph data-size="sm">
                <strong>{me.name}</strong>
                <br />
                {ROLE_LABELS[me.role]}
                {me.organisationName ? `, ${me.organisationName}` : me.partyName ? `, ${me.partyName}` : ''}
              </Paragraph>
              <Button variant="tertiary" data-size="sm" onClick={logout}>
                Logg ut
              </Button>
            </div>
          )}
          {!me && denied && (
            <div className="app-user">
              <Button variant="tertiary" data-size="sm" onClick={logout}>
                Logg ut
              </Button>
            </div>
          )}
        </div>
      </header>
      <main id="hovedinnhold" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
