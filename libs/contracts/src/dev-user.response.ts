import type { OrganisationType, Role } from '@lagspill/domain';

/** A demo user one can log in as. */
export interface DevUserResponse {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation?: { readonly id: string; readonly name: string; readonly type: OrganisationType };
  /** A party id. */
  readonly party?: string;
  /** The party's name, for the login page (which has no token to look parties up with). */
  readonly partyName?: string;
}
