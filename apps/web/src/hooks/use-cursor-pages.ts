import { useState } from 'react';
import { useSession } from '../auth/session';
import { useResource } from './use-resource';

interface CursorPage<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface CursorPages<T> {
  /** The first page and every page fetched since with `loadMore`. */
  readonly items: readonly T[];
  /** The first page has come. */
  readonly loaded: boolean;
  readonly loading: boolean;
  readonly error: unknown;
  readonly hasMore: boolean;
  readonly loadMore: () => Promise<void>;
}

/**
 * A list the API pages with `nextCursor` ("Vis flere"). `path` already has a query string; pages
 * fetched for one path are dropped when the path changes (another filter starts from its own first page).
 */
export function useCursorPages<T>(path: string): CursorPages<T> {
  const { api } = useSession();
  const first = useResource<CursorPage<T>>(path);
  const [loaded, setLoaded] = useState<{ path: string; items: readonly T[]; nextCursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(undefined);
  const more = loaded?.path === path ? loaded : null;
  const cursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await api.get<CursorPage<T>>(`${path}&cursor=${encodeURIComponent(cursor)}`);
      setLoaded({ path, items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
      setMoreError(undefined);
    } catch (error) {
      setMoreError(error);
    }
  };
  return {
    items: [...(first.data?.items ?? []), ...(more?.items ?? [])],
    loaded: first.data !== undefined,
    loading: first.loading,
    error: first.error ?? moreError,
    hasMore: cursor !== null,
    loadMore,
  };
}
