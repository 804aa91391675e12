import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { useSession } from '../auth/session';

const cache = new WeakMap<ApiClient, Map<string, Promise<unknown>>>();

/**
 * Reference data that every page shows (parties, taxonomy): fetched once per session and shared, so a
 * list of fifty cases does not ask fifty times. A failed fetch is forgotten and tried again next time.
 */
export function useCached<T>(path: string): { readonly value: T | undefined; readonly error: unknown } {
  const { api } = useSession();
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    const forApi = cache.get(api) ?? new Map<string, Promise<unknown>>();
    cache.set(api, forApi);
    let pending = forApi.get(path) as Promise<T> | undefined;
    if (!pending) {
      pending = api.get<T>(path);
      forApi.set(path, pending);
      pending.catch(() => forApi.delete(path));
    }
    pending.then((result) => live && setValue(result)).catch((cause: unknown) => live && setError(cause));
    return () => {
      live = false;
    };
  }, [api, path]);
  return { value, error };
}
