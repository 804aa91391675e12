import { useSession } from '../auth/session';
import type { CaseListFilters, SavedFilter, SaveFilterRequest } from '../api/types';
import { useResource } from './use-resource';

export interface SavedFilters {
  /** The person's saved filters, by name; empty until they have come. */
  readonly filters: readonly SavedFilter[];
  readonly error: unknown;
  readonly save: (name: string, filters: CaseListFilters) => Promise<SavedFilter>;
  readonly remove: (id: string) => Promise<void>;
}

/** The caller's own saved case-list filters (GET/POST/DELETE /api/saved-filters); a system client has none. */
export function useSavedFilters(): SavedFilters {
  const { api, me } = useSession();
  const list = useResource<SavedFilter[]>(me && me.role !== 'system' ? '/api/saved-filters' : null);
  return {
    filters: list.data ?? [],
    error: list.error,
    save: async (name, filters) => {
      const body: SaveFilterRequest = { name, filters };
      const saved = await api.request<SavedFilter>('/api/saved-filters', { method: 'POST', body });
      list.reload();
      return saved.body;
    },
    remove: async (id) => {
      await api.request<void>(`/api/saved-filters/${encodeURIComponent(id)}`, { method: 'DELETE' });
      list.reload();
    },
  };
}
