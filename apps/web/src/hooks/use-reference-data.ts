import { useMemo } from 'react';
import type { Category, Party } from '../api/types';
import { useCached } from './use-cached';

/** The responding parties by id (GET /api/parties). */
export function useParties(): ReadonlyMap<string, Party> {
  const parties = useCached<Party[]>('/api/parties').value;
  return useMemo(() => new Map((parties ?? []).map((party) => [party.id, party])), [parties]);
}

/** The taxonomy (GET /api/taxonomy), with a lookup of category and subcategory labels. */
export function useTaxonomy() {
  const { value: categories, error } = useCached<Category[]>('/api/taxonomy');
  return useMemo(() => {
    const list = categories ?? [];
    const byCode = new Map(list.map((c) => [c.code, c]));
    return {
      categories: list,
      loaded: categories !== undefined,
      error,
      categoryLabel: (code: string) => byCode.get(code)?.label ?? code,
      subcategoryLabel: (category: string, code: string) =>
        byCode.get(category)?.subcategories.find((s) => s.code === code)?.label ?? code,
    };
  }, [categories, error]);
}
