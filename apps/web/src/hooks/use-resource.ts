import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../auth/session';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
  /** Replace the data with an answer the page already has (the view a command returned). */
  readonly set: (data: T) => void;
}

interface Answer<T> {
  readonly path: string | null;
  readonly generation: number;
  readonly data?: T;
  readonly error?: unknown;
}

/**
 * GETs `path` (null: nothing yet) and again whenever it changes or `reload` is called. While a reload
 * runs the last answer for the same path stays on screen; an answer for another path never shows.
 */
export function useResource<T>(path: string | null): Resource<T> {
  const { api } = useSession();
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<Answer<T>>({ path: null, generation: -1 });

  useEffect(() => {
    if (path === null) return;
    const abort = new AbortController();
    api
      .get<T>(path, abort.signal)
      .then((data) => setAnswer({ path, generation, data }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted) {
          setAnswer((last) => ({ path, generation, error, ...(last.path === path ? { data: last.data } : {}) }));
        }
      });
    return () => abort.abort();
  }, [api, path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const set = useCallback((data: T) => setAnswer((last) => ({ ...last, data, error: undefined })), []);
  const current = answer.path === path;
  return {
    data: current ? answer.data : undefined,
    error: current ? answer.error : undefined,
    loading: path !== null && (!current || answer.generation !== generation),
    reload,
    set,
  };
}
