import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from '../api/api-client';
import type { Me, WebConfig } from '../api/types';
import { forgetToken, storedToken } from './login-flow';

export interface Session {
  readonly config: WebConfig | null;
  /** Why the login configuration could not be read, if it could not. */
  readonly configError: unknown;
  /** Who is logged in; null when nobody is (or the token ran out). */
  readonly me: Me | null;
  readonly loading: boolean;
  readonly api: ApiClient;
  /** After a successful login: read the new token and who it belongs to. */
  readonly refresh: () => Promise<void>;
  readonly logout: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** The caller behind this tab's token, or null without one (or when the server no longer accepts it). */
async function whoAmI(api: ApiClient): Promise<Me | null> {
  if (!storedToken()) return null;
  return api.get<Me>('/api/me').catch(() => null);
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [config, setConfig] = useState<WebConfig | null>(null);
  const [configError, setConfigError] = useState<unknown>(undefined);
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  // A token the server stopped accepting: log in again and come back to the same page.
  const expired = useCallback(() => {
    forgetToken();
    setMe(null);
  }, []);
  // Logging out reloads the site, so nothing of this person's data stays in memory for the next one.
  const logout = useCallback(() => {
    forgetToken();
    window.location.assign('/logg-inn');
  }, []);
  const api = useMemo(() => new ApiClient(() => storedToken()?.accessToken ?? null, expired), [expired]);
  const refresh = useCallback(async () => setMe(await whoAmI(api)), [api]);

  useEffect(() => {
    let live = true;
    api
      .get<WebConfig>('/api/web-config')
      .then(async (loaded) => {
        const caller = await whoAmI(api);
        if (!live) return;
        setConfig(loaded);
        setMe(caller);
      })
      .catch((error: unknown) => live && setConfigError(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [api]);

  const session = useMemo<Session>(
    () => ({ config, configError, me, loading, api, refresh, logout }),
    [config, configError, me, loading, api, refresh, logout],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
