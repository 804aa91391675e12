import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClient, isDeniedCode, type DeniedCode } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { Me, WebConfig } from '../api/types';
import { forgetToken, storedToken } from './login-flow';

export interface Session {
  readonly config: WebConfig | null;
  /** Why the login configuration could not be read, if it could not. */
  readonly configError: unknown;
  /** Who is logged in; null when nobody is (or the token ran out). */
  readonly me: Me | null;
  /**
   * Logged in, but refused by the directory: UNKNOWN_USER (not in it yet: may ask for access) or
   * DEACTIVATED_USER. `me` is null then.
   */
  readonly denied: DeniedCode | null;
  readonly loading: boolean;
  readonly api: ApiClient;
  /** After a successful login: read the new token and who it belongs to. */
  readonly refresh: () => Promise<void>;
  readonly logout: () => void;
}

const SessionContext = createContext<Session | null>(null);

interface Caller {
  readonly me: Me | null;
  readonly denied: DeniedCode | null;
}

const NOBODY: Caller = { me: null, denied: null };

/**
 * The caller behind this tab's token: nobody without one (or when the server no longer accepts it), and
 * why not when the token is good but the directory refuses its owner.
 */
async function whoAmI(api: ApiClient): Promise<Caller> {
  if (!storedToken()) return NOBODY;
  try {
    return { me: await api.get<Me>('/api/me'), denied: null };
  } catch (error) {
    const code = error instanceof ApiError && error.status === 403 ? error.problem.code : undefined;
    return isDeniedCode(code) ? { me: null, denied: code } : NOBODY;
  }
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [config, setConfig] = useState<WebConfig | null>(null);
  const [configError, setConfigError] = useState<unknown>(undefined);
  const [caller, setCaller] = useState<Caller>(NOBODY);
  const [loading, setLoading] = useState(true);
  // A token the server stopped accepting: log in again and come back to the same page.
  const expired = useCallback(() => {
    forgetToken();
    setCaller(NOBODY);
  }, []);
  // Deactivated mid-session (or never enrolled): every page gives way to the page that says so.
  const denied = useCallback((code: DeniedCode) => setCaller({ me: null, denied: code }), []);
  // Logging out reloads the site, so nothing of this person's data stays in memory for the next one.
  const logout = useCallback(() => {
    forgetToken();
    window.location.assign('/logg-inn');
  }, []);
  const api = useMemo(
    () => new ApiClient(() => storedToken()?.accessToken ?? null, expired, denied),
    [expired, denied],
  );
  const refresh = useCallback(async () => setCaller(await whoAmI(api)), [api]);

  useEffect(() => {
    let live = true;
    api
      .get<WebConfig>('/api/web-config')
      .then(async (loaded) => {
        const found = await whoAmI(api);
        if (!live) return;
        setConfig(loaded);
        setCaller(found);
      })
      .catch((error: unknown) => live && setConfigError(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [api]);

  const { me } = caller;
  const session = useMemo<Session>(
    () => ({ config, configError, me, denied: caller.denied, loading, api, refresh, logout }),
    [config, configError, me, caller.denied, loading, api, refresh, logout],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
