import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@lagspill/auth';
import type {
  DirectoryHistoryEntry,
  DirectoryPage,
  OrganisationEntry,
  OrganisationHit,
  PartyEntry,
  PersonEntry,
  RegionTree,
} from '@lagspill/contracts';
import {
  Directory,
  DirectoryEntryNotFoundError,
  REGION_NAMES,
  regionOfOrganisation,
  type DirectoryEntryKind,
  type Municipality,
  type Organisation,
  type Party,
  type Person,
} from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { DirectoryHistoryRepository } from '../history/directory-history.repository';

export interface DirectorySearch {
  /** Matches names (any part, any case), an orgnr, a HER-id, a username or an HPR number. */
  readonly q?: string;
  readonly type?: string;
  readonly region?: string;
  readonly role?: string;
  readonly belongsTo?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Reads of the directory for its administration pages. Everything is read from the in-memory directory
 * but an entry's history. A coordinator sees every organisation and party, but only the people of their
 * region's organisations and of their own working group.
 */
@Injectable()
export class DirectoryQueries {
  private lists: Listed | undefined;

  constructor(
    @Inject(Directory) private readonly directory: Directory,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(DirectoryHistoryRepository) private readonly history: DirectoryHistoryRepository,
  ) {}

  regions(): RegionTree[] {
    const { helsefellesskap, municipalities } = this.directory.data;
    return Object.entries(REGION_NAMES).map(([id, name]) => ({
      id,
      name,
      helsefellesskap: helsefellesskap
        .filter((h) => h.region === id)
        .map((h) => ({ ...h, municipalities: municipalities.filter((m) => m.helsefellesskap === h.id) })),
    }));
  }

  municipality(number: string): Municipality {
    const municipality = this.directory.findMunicipality(number);
    if (!municipality) throw new DirectoryEntryNotFoundError('number', `kommune ${number}`);
    return municipality;
  }

  organisations(search: DirectorySearch): DirectoryPage<OrganisationEntry> {
    const q = search.q?.trim().toLowerCase();
    const matches = this.listed().organisations.filter(
      ({ entry: o, key, region }) =>
        (!q || matchesOrganisation(o, key, q)) &&
        (!search.type || o.type === search.type) &&
        (!search.region || region === search.region) &&
        (!search.belongsTo || o.system.vendor === search.belongsTo),
    );
    return page(matches, search, ({ entry }) => this.organisationEntry(entry));
  }

  /**
   * The active organisations `q` finds: the one whose whole id, orgnr or HER-id it is first, then those
   * whose name holds it, by name. What a reporter picks as the one a report concerns.
   */
  lookup(q: string, limit: number): OrganisationHit[] {
    const wanted = q.trim().toLowerCase();
    const active = this.listed().organisations.filter(
      ({ entry: o, key }) => o.deactivatedAt === undefined && matchesOrganisation(o, key, wanted),
    );
    const exact = active.filter(({ key }) => !key.includes(wanted));
    const named = active.filter(({ key }) => key.includes(wanted));
    return [...exact, ...named].slice(0, limit).map(({ entry: o }) => this.organisationHit(o));
  }

  private organisationHit(o: Organisation): OrganisationHit {
    const municipality = this.directory.findMunicipality(o.municipality);
    return {
      id: o.id,
      name: o.name,
      type: o.type,
      orgnr: o.orgnr,
      herId: o.herId,
      ...(municipality ? { municipalityName: municipality.name } : {}),
    };
  }

  organisation(id: string): OrganisationEntry {
    const organisation = this.directory.findOrganisation(id);
    if (!organisation) throw new DirectoryEntryNotFoundError('id', `organisation ${id}`);
    return this.organisationEntry(organisation);
  }

  parties(search: DirectorySearch): DirectoryPage<PartyEntry> {
    const q = search.q?.trim().toLowerCase();
    const matches = this.directory
      .allParties()
      .filter(
        (p) => (!q || p.name.toLowerCase().includes(q) || p.id === q) && (!search.type || p.kind === search.type),
      );
    return page(
      sortedByName(matches, (p) => p),
      search,
      (p) => this.partyEntry(p),
    );
  }

  party(id: string): PartyEntry {
    if (!this.directory.hasParty(id)) throw new DirectoryEntryNotFoundError('id', `party ${id}`);
    return this.partyEntry(this.directory.party(id));
  }

  people(caller: Caller, search: DirectorySearch): DirectoryPage<PersonEntry> {
    const q = search.q?.trim().toLowerCase();
    const matches = this.listed().people.filter(
      ({ entry: p, key, region }) =>
        (caller.role === 'admin' ||
          region === caller.region ||
          (p.party !== undefined && p.party === caller.party?.id)) &&
        (!q || key.includes(q) || p.username.toLowerCase() === q || p.hprNumber === q) &&
        (!search.role || p.role === search.role) &&
        (!search.belongsTo || p.organisation === search.belongsTo || p.party === search.belongsTo) &&
        (!search.region || region === search.region),
    );
    return page(matches, search, ({ entry }) => this.personEntry(entry));
  }

  person(caller: Caller, username: string): PersonEntry {
    const person = this.directory.findPerson(username);
    if (!person || !this.sees(caller, person)) throw new DirectoryEntryNotFoundError('username', `person ${username}`);
    return this.personEntry(person);
  }

  /** An entry's changes, oldest first; the entry must exist and be visible to the caller. */
  async historyOf(caller: Caller, kind: DirectoryEntryKind, id: string): Promise<DirectoryHistoryEntry[]> {
    if (kind === 'organisation') this.organisation(id);
    else if (kind === 'party') this.party(id);
    else if (kind === 'person') this.person(caller, id);
    return this.history.of(this.store.sql, kind, id);
  }

  /** Organisations and people sorted by name, with their search key and region, once per directory version. */
  private listed(): Listed {
    if (this.lists?.version !== this.directory.version) {
      const { organisations, people } = this.directory.data;
      const region = (organisationId: string | undefined) =>
        organisationId === undefined ? undefined : regionOfOrganisation(this.directory, organisationId);
      this.lists = {
        version: this.directory.version,
        organisations: sortedByName(organisations, (o) => ({
          entry: o,
          key: o.name.toLowerCase(),
          region: region(o.id),
        })),
        people: sortedByName(people, (p) => ({ entry: p, key: p.name.toLowerCase(), region: region(p.organisation) })),
      };
    }
    return this.lists;
  }

  /** An admin sees everyone; a coordinator their region's organisations' people and their own group's. */
  private sees(caller: Caller, person: Person, region = this.regionOfPerson(person)): boolean {
    return (
      caller.role === 'admin' ||
      (region !== undefined && region === caller.region) ||
      (person.party !== undefined && person.party === caller.party?.id)
    );
  }

  private regionOfPerson(person: Person): string | undefined {
    return person.organisation === undefined ? undefined : regionOfOrganisation(this.directory, person.organisation);
  }

  private organisationEntry(organisation: Organisation): OrganisationEntry {
    const municipality = this.directory.findMunicipality(organisation.municipality);
    const helsefellesskap = municipality && this.directory.findHelsefellesskap(municipality.helsefellesskap);
    return {
      ...organisation,
      ...(municipality ? { municipalityName: municipality.name } : {}),
      ...(helsefellesskap ? { helsefellesskap: helsefellesskap.id, region: helsefellesskap.region } : {}),
      version: this.directory.versionOf('organisation', organisation.id),
    };
  }

  private partyEntry(party: Party): PartyEntry {
    return { ...party, version: this.directory.versionOf('party', party.id) };
  }

  private personEntry(person: Person): PersonEntry {
    return { ...person, version: this.directory.versionOf('person', person.username) };
  }
}

/** Part of its name (`key`, lower case), or its whole orgnr, HER-id or id. */
function matchesOrganisation(o: Organisation, key: string, q: string): boolean {
  return key.includes(q) || o.orgnr === q || String(o.herId) === q || o.id === q;
}

/** An entry as the lists search it: its name in lower case, and the region it belongs to. */
interface ListedEntry<T> {
  readonly entry: T;
  readonly key: string;
  readonly region: string | undefined;
}

interface Listed {
  readonly version: number;
  readonly organisations: readonly ListedEntry<Organisation>[];
  readonly people: readonly ListedEntry<Person>[];
}

/**
 * Sorted by name in Norwegian order (… z, æ, ø, å). A sort key per entry compared as plain strings: a
 * collator's compare on 60,000 names is ten times slower, and the lists are sorted again after each change.
 */
function sortedByName<T extends { readonly name: string }, R>(items: readonly T[], view: (item: T) => R): R[] {
  return items
    .map((item) => ({ sortKey: norwegianSortKey(item.name), item: view(item) }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .map(({ item }) => item);
}

// æ, ø and å after z; other letters with accents as their base letter (é as e).
const AFTER_Z: Readonly<Record<string, string>> = { æ: '{', ø: '|', å: '}', ä: '{', ö: '|' };

function norwegianSortKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåäö]/g, (letter) => AFTER_Z[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

function page<T, R>(items: readonly T[], search: DirectorySearch, view: (item: T) => R): DirectoryPage<R> {
  return { items: items.slice(search.offset, search.offset + search.limit).map(view), total: items.length };
}
