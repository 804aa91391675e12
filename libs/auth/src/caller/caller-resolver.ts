import { Inject, Injectable } from '@nestjs/common';
import { Directory, type Person } from '@lagspill/domain';
import type { VerifiedToken } from '../tokens/verified-token';
import type { Caller } from './caller';
import { UnknownUserError } from './unknown-user.error';

/** Turns a verified token into a `Caller` from the directory. */
@Injectable()
export class CallerResolver {
  constructor(@Inject(Directory) private readonly directory: Directory) {}

  resolve(token: VerifiedToken): Caller {
    // HelseID's `sub` is a pseudonym per client; the HPR number is what a directory can know in advance.
    const person =
      (token.hprNumber === undefined ? undefined : this.directory.findPerson(token.hprNumber)) ??
      this.directory.findPerson(token.subject);
    if (!person) throw new UnknownUserError(token.subject);
    return this.toCaller(person);
  }

  toCaller(person: Person): Caller {
    const organisation =
      person.organisation === undefined ? undefined : this.directory.organisation(person.organisation);
    const party = person.party === undefined ? undefined : this.directory.party(person.party);
    const region = organisation ? this.directory.locate(organisation.id).helsefellesskap.region : party?.region;
    return { username: person.username, name: person.name, role: person.role, organisation, party, region };
  }
}
