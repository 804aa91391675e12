import type { Organisation, Party, Role } from '@lagspill/domain';

/** Who is calling, as Lagspill's directory knows them; attached to every authenticated /api request. */
export interface Caller {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  /** Reporters and systems: the organisation they act for. */
  readonly organisation?: Organisation;
  /** Responders and coordinators: the party they act for. */
  readonly party?: Party;
  /** The organisation's region, or for a coordinator the working group's. */
  readonly region?: string;
}
