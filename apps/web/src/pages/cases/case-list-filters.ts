import type { CaseListFilters, CaseStatus } from '../../api/types';

/** Every filter of GET /api/cases a list's address may hold (docs/api.md, Cases), paging aside. */
export const FILTER_NAMES = [
  'status',
  'open',
  'following',
  'category',
  'party',
  'helsefellesskap',
  'q',
  'from',
  'to',
  'sort',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
/** Filter values as the address and the API's query hold them: text, '' or absent when not set. */
export type FilterValues = Readonly<Partial<Record<FilterName, string>>>;

/**
 * inbox: the cases with a party now, soonest due first; following: those the caller follows or their party
 * held before (`Følger`), newest first; all: every case one may see, newest first.
 */
export type CaseListMode = 'inbox' | 'following' | 'all';

/**
 * The filters a list asks for: those in its address, and for an inbox what makes it one unless the address
 * says otherwise (the caller's own party, soonest due first, and without a status every open case).
 */
export function listFilters(address: FilterValues, mode: CaseListMode, ownParty: string | undefined): FilterValues {
  const given = Object.fromEntries(FILTER_NAMES.flatMap((name) => (address[name] ? [[name, address[name]]] : [])));
  if (mode === 'all') return given;
  if (mode === 'following') return { ...given, following: 'true' };
  return {
    ...given,
    ...(given.party || !ownParty ? {} : { party: ownParty }),
    ...(given.sort ? {} : { sort: 'due' }),
    ...(given.open || given.status ? {} : { open: 'true' }),
  };
}

/** The filters as a saved filter keeps them: statuses as a list, `open` as a boolean. */
export function toSavedFilters(values: FilterValues): CaseListFilters {
  const { status, open, following, sort, ...rest } = values;
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value)),
    ...(status ? { status: status.split(',') as CaseStatus[] } : {}),
    ...(open === 'true' || open === 'false' ? { open: open === 'true' } : {}),
    ...(following === 'true' ? { following: true } : {}),
    ...(sort === 'reported' || sort === 'due' ? { sort } : {}),
  };
}

/** The address of a list showing a saved filter: every filter it has, and no other. */
export function addressOf(filters: CaseListFilters): Record<string, string> {
  const address: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value === undefined) continue;
    address[name] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return address;
}
