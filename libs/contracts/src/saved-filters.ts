import type { CaseStatus } from '@lagspill/domain';

/**
 * The filters of a case list, as `GET /api/cases` and `GET /api/cases/export.csv` take them in the query
 * (paging aside): what a saved filter keeps. `status` is a list here; the query takes it comma-separated.
 */
export interface CaseListFilters {
  readonly status?: readonly CaseStatus[];
  /** true: only cases not resolved or closed; false: only those. */
  readonly open?: boolean;
  /** Only the cases the caller follows, and those their party or organisation held before (`Følger`). */
  readonly following?: boolean;
  readonly category?: string;
  /** The party the case is with now («Hos»). */
  readonly party?: string;
  readonly helsefellesskap?: string;
  /** Text in the title or description; never an identity number in a saved filter. */
  readonly q?: string;
  /** A date or a date-time (docs/api.md, "Dates and times"). */
  readonly from?: string;
  readonly to?: string;
  readonly sort?: 'reported' | 'due';
}

/** `POST /api/saved-filters`: the current filters of a case list under a name of the person's own. */
export interface SaveFilterRequest {
  readonly name: string;
  readonly filters: CaseListFilters;
}

/** One of the caller's saved filters; nobody else ever sees it. */
export interface SavedFilterResponse {
  readonly id: string;
  readonly name: string;
  readonly filters: CaseListFilters;
  readonly createdAt: string;
}
