import { Heading, Link } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { completeLogin } from '../../auth/login-flow';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../hooks/use-page-title';

/** The identity provider sends the browser back here with a code; trade it once, then go on. */
export function CallbackPage() {
  usePageTitle('Logger inn');
  const { config, refresh } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(undefined);
  const started = useRef(false);

  useEffect(() => {
    if (!config || started.current) return;
    // A code is single-use: StrictMode's second effect run must not trade it again.
    started.current = true;
    completeLogin(config, window.location.search)
      .then(async (returnTo) => {
        await refresh();
        await navigate(returnTo, { replace: true });
      })
      .catch(setError);
  }, [config, refresh, navigate]);

  return (
    <div className="login">
      <Heading level={1} data-size="lg">
        Logger inn
      </Heading>
      {error ? (
        <>
          <ErrorAlert error={error} />
          <Link asChild>
            <RouterLink to="/logg-inn">Tilbake til innlogging</RouterLink>
          </Link>
        </>
      ) : (
        <Loading what="innlogging" />
      )}
    </div>
  );
}
