import type { ActorRef, Directory, Organisation } from '@lagspill/domain';
import { actorOf } from '../actor-of';
import { SeededRandom } from './seeded-random';

// Common Norwegian names, and some North Sámi ones (the demo covers Finnmark).
// prettier-ignore
const FIRST_NAMES = [
  'Kari', 'Ola', 'Ingrid', 'Per', 'Silje', 'Kristian', 'Ragnhild', 'Øystein', 'Astrid', 'Magnus', 'Ida', 'Håkon',
  'Tone', 'Eirik', 'Synnøve', 'Jørgen', 'Camilla', 'Bjørn', 'Heidi', 'Sindre', 'Marit', 'Anne', 'Knut', 'Liv',
  'Torbjørn', 'Elin', 'Sigrid', 'Mathias', 'Guro', 'Vegard', 'Berit', 'Máret', 'Ánte', 'Elle', 'Nils',
];
// prettier-ignore
const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Nilsen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen',
  'Haugen', 'Hagen', 'Jakobsen', 'Mikkelsen', 'Strøm', 'Isaksen', 'Eira', 'Sara', 'Somby', 'Hætta', 'Moe',
  'Simonsen', 'Øien', 'Amundsen', 'Lund', 'Aas', 'Hanssen', 'Nergård',
];

/** Someone who reports for an organisation. */
export type Reporter = ActorRef & { readonly organisation: string };

export interface OrganisationReporters {
  readonly demoUsers: readonly Reporter[];
  readonly colleagues: readonly Reporter[];
}

/** Invented colleagues per organisation and party, besides the demo users. */
const COLLEAGUES = 3;

/**
 * Who writes and answers the reports of a demo year. The demo users take part (so their logins show a
 * busy year); everyone else is an invented colleague with a Norwegian name, recorded in the events as a
 * reporter of their organisation or a responder of their party, as the decider requires.
 */
export class DemoYearCast {
  private readonly reporters = new Map<string, OrganisationReporters>();
  private readonly responders = new Map<string, readonly ActorRef[]>();

  constructor(
    private readonly directory: Directory,
    private readonly seed: string,
  ) {}

  /** The people who report for an organisation: its demo users, and invented colleagues. */
  reportersOf(organisation: Organisation): OrganisationReporters {
    let found = this.reporters.get(organisation.id);
    if (!found) {
      const demoUsers = this.directory
        .allPeople()
        .filter((p) => p.role === 'reporter' && p.organisation === organisation.id)
        .map((p) => ({ ...actorOf(p), organisation: organisation.id }));
      const colleagues = this.invent(`org:${organisation.id}`, organisation.id, (person) => ({
        ...person,
        role: 'reporter' as const,
        organisation: organisation.id,
      }));
      found = { demoUsers, colleagues };
      this.reporters.set(organisation.id, found);
    }
    return found;
  }

  /** The people who answer for a party: its responders, or for a working group its coordinators. */
  respondersOf(partyId: string): readonly ActorRef[] {
    let found = this.responders.get(partyId);
    if (!found) {
      const role = this.directory.party(partyId).kind === 'working-group' ? 'coordinator' : 'responder';
      const own = this.directory
        .allPeople()
        .filter((p) => p.role === role && p.party === partyId)
        .map(actorOf);
      found = [...own, ...this.invent(`party:${partyId}`, partyId, (person) => ({ ...person, role, party: partyId }))];
      this.responders.set(partyId, found);
    }
    return found;
  }

  private invent<T extends ActorRef>(
    key: string,
    domain: string,
    make: (person: Pick<ActorRef, 'username' | 'name'>) => T,
  ): T[] {
    const random = SeededRandom.derive(this.seed, 'cast', key);
    const names = new Set<string>();
    while (names.size < COLLEAGUES) names.add(`${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`);
    return [...names].map((name) => make({ username: `${ascii(name).replace(' ', '.')}@${domain}`, name }));
  }
}

function ascii(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z ]/g, '');
}
