import type { Role } from '@lagspill/domain';

/** GET /api/cases/{id}/history: one event of a case as a caller may see it. */
export interface HistoryEntry {
  readonly type: string;
  readonly version: number;
  readonly at: string;
  readonly actor: { readonly name: string; readonly role: Role; readonly party: string | null };
  /** How many identity numbers were held back from this entry's text. */
  readonly piiRedacted?: number;
  readonly [field: string]: unknown;
}
