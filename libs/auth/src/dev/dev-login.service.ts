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
        ...(person.party === undefined ? {} : { party: person.party }),
      };
    });
  }

  async tokenFor(username: string): Promise<TokenResponse> {
    const person = this.directory.findPerson(username);
    if (!person) throw new UnknownDirectoryEntryError('person', username);
    return this.provider.issueToken(person.username, person.name);
  }
}
