import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { DevUser, Role } from '../../api/types';
import { startLogin } from '../../auth/login-flow';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../hooks/use-page-title';
import { useResource } from '../../hooks/use-resource';
import { ROLE_LABELS } from '../../labels';
import { workplaceOf } from './demo-user';
import { newcomerUsername, slugOfName } from './newcomer';

const ROLE_ORDER: readonly Role[] = ['reporter', 'responder', 'coordinator', 'admin'];

export function LoginPage() {
  usePageTitle('Logg inn');
  const { config, configError, me, loading } = useSession();
  const location = useLocation();
  const returnTo = (location.state as { returnTo?: string } | null)?.returnTo ?? '/';
  const [error, setError] = useState<unknown>(undefined);

  if (me) return <Navigate to={returnTo} replace />;
  const login = (loginHint?: string) => {
    if (!config) return;
    startLogin(config, { ...(loginHint ? { loginHint } : {}), returnTo }).catch(setError);
  };

  return (
    <div className="login">
      <Heading level={1} data-size="xl">
        Lagspill
      </Heading>
      <Paragraph>Meld og følg opp feil i legemiddelkjeden: pasientens legemiddelliste og e-multidose.</Paragraph>
      <ErrorAlert error={error ?? configError} />
      {configError ? null : loading || !config ? (
        <Loading what="innlogging" />
      ) : config.devLogin ? (
        <>
          <DemoUsers onPick={login} />
          <NewcomerLogin onLogin={login} />
        </>
      ) : (
        <Button onClick={() => login()}>Logg inn med HelseID</Button>
      )}
    </div>
  );
}

/** Dev login: the demo directory, one button per person, grouped by role. */
function DemoUsers({ onPick }: { readonly onPick: (username: string) => void }) {
  const users = useResource<DevUser[]>('/api/dev/users');
  if (users.error) return <ErrorAlert error={users.error} />;
  if (!users.data) return <Loading what="demobrukere" />;
  return (
    <>
      <Paragraph data-size="sm">
        Utviklingsmodus: velg en demobruker. Innloggingen går gjennom den innebygde OpenID-tilbyderen.
      </Paragraph>
      {ROLE_ORDER.map((role) => {
        const people = users.data?.filter((user) => user.role === role) ?? [];
        if (people.length === 0) return null;
        return (
          <section key={role} aria-labelledby={`rolle-${role}`} className="login__group">
            <Heading level={2} data-size="sm" id={`rolle-${role}`}>
              {ROLE_LABELS[role]}
            </Heading>
            <ul className="login__users">
              {people.map((user) => (
                <li key={user.username}>
                  <Card data-color="neutral" className="login__user">
                    <Paragraph>
                      <strong>{user.name}</strong>
                      <br />
                      <span className="muted">{workplaceOf(user)}</span>
                    </Paragraph>
                    <Button
                      variant="secondary"
                      data-size="sm"
                      onClick={() => onPick(user.username)}
                      aria-label={`Logg inn som ${user.name}`}
                      data-username={user.username}
                    >
                      Logg inn
                    </Button>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/**
 * Dev login as someone the identity provider knows and the directory does not: `ny.<name>`, to try asking
 * for access the way a clinician new to Lagspill would.
 */
function NewcomerLogin({ onLogin }: { readonly onLogin: (username: string) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <section aria-labelledby="ny-bruker" className="login__group">
      <Heading level={2} data-size="sm" id="ny-bruker">
        Ny bruker (ikke i katalogen)
      </Heading>
      <form
        className="stack stack--tight"
        onSubmit={(event) => {
          event.preventDefault();
          if (slugOfName(name) === '') {
            setError('Skriv et navn med minst én bokstav eller ett tall.');
            return;
          }
          onLogin(newcomerUsername(name));
        }}
        noValidate
      >
        <Textfield
          id="ny-bruker-navn"
          label="Navn"
          description={
            slugOfName(name)
              ? `Logger inn som ${newcomerUsername(name)}, som ikke står i katalogen.`
              : 'Logger inn som ny.<navn>, som ikke står i katalogen, og kan be om tilgang.'
          }
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
          error={error}
        />
        <div className="actions">
          <Button type="submit" variant="secondary" data-size="sm">
            Logg inn som ny bruker
          </Button>
        </div>
      </form>
    </section>
  );
}
