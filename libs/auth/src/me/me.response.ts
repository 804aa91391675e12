import type { Role } from '@lagspill/domain';

/** Who the caller is, by ids: what a client needs to shape its UI. */
export interface MeResponse {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly organisation?: string;
  readonly party?: string;
  readonly region?: string;
}
