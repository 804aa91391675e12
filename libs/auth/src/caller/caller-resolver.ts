import { Inject, Injectable } from '@nestjs/common';
import { Directory, type Person } from '@lagspill/domain';
import type { VerifiedToken } from '../tokens/verified-token';
import type { Caller } from './caller';
import { DeactivatedUserError } from './deactivated-user.error';
import { UnknownUserError } from './unknown-user.error';

/** Turns a verified token into a `Caller` from the directory, as it stands at this request. */
@Injectable()
export class CallerResolver {
  constructor(@Inject(Directory) private readonly directory: Directory) {}

  resolve(token: VerifiedToken): Caller {
    const person = this.find(token);
    if (!person) throw new UnknownUserError(token.subject);
    return this.toCaller(person);
  }

  /**
   * The person a token is for: by the HPR number claim (HelseID's `sub` is a pseudonym per client, the
   * HPR number is what a directory can know in advance), then by `sub`, then a system client by its
   * client id.
   */
  find(token: VerifiedToken): Person | undefined {
    const { hprNumber, subject, clientId } = token;
    const byClient = () => {
      const client = clientId === undefined ? undefined : this.directory.findPerson(clientId);
      return client?.role === 'system' ? client : undefined;
    };
    return (
      (hprNumber === undefined ? undefined : this.directory.findPersonByHpr(hprNumber)) ??
      this.directory.findPerson(subject) ??
      byClient()
    );
  }

  toCaller(person: Person): Caller {
    const organisation =
      person.organisation === undefined ? undefined : this.directory.organisation(person.organisation);
    const party = person.party === undefined ? undefined : this.directory.party(person.party);
    const deactivated = [person, organisation, party].find((entry) => entry?.deactivatedAt !== undefined);
    if (deactivated)
      throw new DeactivatedUserError(
        person.username,
        deactivated === person ? 'person' : deactivated === organisation ? 'organisation' : 'party',
      );
    const region = organisation ? this.directory.locate(organisation.id).helsefellesskap.region : party?.region;
    return { username: person.username, name: person.name, role: person.role, organisation, party, region };
  }
}
