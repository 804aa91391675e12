import type { DevUserResponse } from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Directory, UnknownDirectoryEntryError } from '@lagspill/domain';
import { DevIdentityProvider } from './dev-identity-provider';
import type { TokenResponse } from './token.response';

/** Log in as any demo user: lists them and has the dev provider issue tokens for them. */
@Injectable()
export class DevLoginService {
  constructor(
    @Inject(Directory) private readonly directory: Directory,
    @Inject(DevIdentityProvider) private readonly provider: DevIdentityProvider,
  ) {}

  users(): DevUserResponse[] {
    return this.directory.allPeople().map((person) => {
      const organisation =
        person.organisation === undefined ? undefined : this.directory.organisation(person.organisation);
      return {
        username: person.username,
        name: person.name,
        role: person.role,
        ...(organisation
          ? { organisation: { id: organisation.id, name: organisation.name, type: organisation.type } }
          : {}),
        ...(person.party === undefined
          ? {}
          : {
              party: person.party,
              ...(this.directory.hasParty(person.party) ? { partyName: this.directory.party(person.party).name } : {}),
            }),
      };
    });
  }

  async tokenFor(username: string, newcomer: NewcomerClaims = {}): Promise<TokenResponse> {
    const person = this.directory.findPerson(username);
    if (person) return this.provider.issueToken(person.username, person.name, newcomer);
    if (!isNewcomer(username)) throw new UnknownDirectoryEntryError('person', username);
    return this.provider.issueToken(username, newcomer.name ?? username.slice(NEWCOMER_PREFIX.length), newcomer);
  }
}

/**
 * In dev, `ny.<name>` logs in as someone the identity provider knows and the directory does not (yet):
 * how enrolment is tried without HelseID. Other unknown usernames are refused as before.
 */
export const NEWCOMER_PREFIX = 'ny.';

export function isNewcomer(username: string): boolean {
  return username.startsWith(NEWCOMER_PREFIX) && username.length > NEWCOMER_PREFIX.length;
}

/** Claims the dev provider puts in a token, as HelseID would. */
export interface NewcomerClaims {
  readonly name?: string;
  readonly hprNumber?: string;
  readonly email?: string;
  /** The organisation number HelseID sends for the client's organisation. */
  readonly orgnr?: string;
}
