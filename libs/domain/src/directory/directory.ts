import type { DirectoryData, Helsefellesskap, Municipality, Organisation, Party, Person } from './directory.types';
import { UnknownDirectoryEntryError } from './unknown-directory-entry.error';

function indexBy<T>(items: readonly T[], key: (item: T) => string | number): Map<string, T> {
  return new Map(items.map((item) => [String(key(item)), item]));
}

/** Who is who: looks up organisations, parties and people, and where an organisation sits. */
export class Directory {
  private readonly helsefellesskap: Map<string, Helsefellesskap>;
  private readonly municipalities: Map<string, Municipality>;
  private readonly organisations: Map<string, Organisation>;
  private readonly parties: Map<string, Party>;
  private readonly people: Map<string, Person>;
  private readonly regionIds: readonly string[];

  constructor(readonly data: DirectoryData) {
    this.helsefellesskap = indexBy(data.helsefellesskap, (h) => h.id);
    this.municipalities = indexBy(data.municipalities, (m) => m.number);
    this.organisations = indexBy(data.organisations, (o) => o.id);
    this.parties = indexBy(data.parties, (p) => p.id);
    this.people = indexBy(data.people, (p) => p.username);
    this.regionIds = [
      ...new Set([
        ...data.helsefellesskap.map((h) => h.region),
        ...data.parties.flatMap((p) => (p.region === undefined ? [] : [p.region])),
      ]),
    ];
  }

  organisation(id: string): Organisation {
    return found(this.organisations.get(id), 'organisation', id);
  }

  party(id: string): Party {
    return found(this.parties.get(id), 'party', id);
  }

  hasParty(id: string): boolean {
    return this.parties.has(id);
  }

  findPerson(username: string): Person | undefined {
    return this.people.get(username);
  }

  allParties(): readonly Party[] {
    return this.data.parties;
  }

  allPeople(): readonly Person[] {
    return this.data.people;
  }

  /** The organisation's kommune, helsefellesskap and region. */
  locate(organisationId: string): { municipality: Municipality; helsefellesskap: Helsefellesskap } {
    const organisation = this.organisation(organisationId);
    const municipality = found(
      this.municipalities.get(organisation.municipality),
      'municipality',
      organisation.municipality,
    );
    const helsefellesskap = found(
      this.helsefellesskap.get(municipality.helsefellesskap),
      'helsefellesskap',
      municipality.helsefellesskap,
    );
    return { municipality, helsefellesskap };
  }

  /** The regions the directory knows: those of its helsefellesskap and of its regional parties. */
  regions(): readonly string[] {
    return this.regionIds;
  }

  hasRegion(id: string): boolean {
    return this.regionIds.includes(id);
  }

  /** The region the organisation's kommune belongs to. */
  regionOf(organisationId: string): string {
    return this.locate(organisationId).helsefellesskap.region;
  }

  /**
   * Whether the party may act for cases of `region` (null: the national defaults): a national party
   * (no region) serves every region, a regional one only its own, and no national table may name one.
   */
  servesRegion(partyId: string, region: string | null): boolean {
    const party = this.parties.get(partyId);
    return party !== undefined && (party.region === undefined || party.region === region);
  }

  /** The working group of a region (every region has one). */
  workingGroupOf(region: string): Party {
    const group = this.data.parties.find((p) => p.kind === 'working-group' && p.region === region);
    return found(group, 'party', `working group of ${region}`);
  }
}

function found<T>(value: T | undefined, entry: UnknownDirectoryEntryError['entry'], id: string): T {
  if (value === undefined) throw new UnknownDirectoryEntryError(entry, id);
  return value;
}
