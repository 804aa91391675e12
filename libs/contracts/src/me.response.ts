import type { OrganisationType, Role } from '@lagspill/domain';

/** GET /api/me: who the caller is, by ids and by name: what a client needs to shape its UI. */
export interface MeResponse {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation?: string;
  readonly organisationName?: string;
  readonly organisationType?: OrganisationType;
  /** The organisation's record system as the directory knows it, shaped like a report's `system`. */
  readonly system?: { readonly vendor: string; readonly product: string; readonly version?: string };
  readonly party?: string;
  readonly partyName?: string;
  readonly region?: string;
}
