import type { OrganisationType, Role } from '@lagspill/domain';

/** A demo user one can log in as. */
export interface DevUserResponse {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation?: { readonly id: string; readonly name: string; readonly type: OrganisationType };
  /** A party id. */
  readonly party?: string;
}
