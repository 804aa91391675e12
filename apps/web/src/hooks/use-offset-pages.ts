import { useState } from 'react';
import { useSession } from '../auth/session';
import { useResource } from './use-resource';

interface OffsetPage<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface OffsetPages<T> {
  /** The first page and every page fetched since with `loadMore`. */
  readonly items: readonly T[];
  /** How many match in all. */
  readonly total: number;
  readonly loaded: boolean;
  readonly loading: boolean;
  readonly error: unknown;
  readonly hasMore: boolean;
  readonly loadMore: () => Promise<void>;
  readonly reload: () => void;
}

/**
 * A list the API pages with `limit` and `offset` and counts in `total` ("Vis flere"). `path` already has a
 * query string; pages fetched for one path are dropped when the path changes.
 */
export function useOffsetPages<T>(path: string): OffsetPages<T> {
  const { api } = useSession();
  const first = useResource<OffsetPage<T>>(path);
  const [more, setMore] = useState<{ path: string; items: readonly T[] } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(undefined);
  const extra = more?.path === path ? more.items : [];
  const items = [...(first.data?.items ?? []), ...extra];
  const total = first.data?.total ?? 0;
  const loadMore = async () => {
    try {
      const page = await api.get<OffsetPage<T>>(`${path}&offset=${items.length}`);
      setMore({ path, items: [...extra, ...page.items] });
      setMoreError(undefined);
    } catch (error) {
      setMoreError(error);
    }
  };
  return {
    items,
    total,
    loaded: first.data !== undefined,
    loading: first.loading,
    error: first.error ?? moreError,
    hasMore: first.data !== undefined && items.length < total,
    loadMore,
    reload: () => {
      setMore(null);
      first.reload();
    },
  };
}
