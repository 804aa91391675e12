import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@lagspill/auth';
import type {
  DirectoryHistoryEntry,
  DirectoryPage,
  OrganisationEntry,
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
  /** Each list sorted by name once per version of the directory, not at every search. */
  private sorted: { version: number; organisations: readonly Organisation[]; people: readonly Person[] } | undefined;

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
    const matches = this.byName().organisations.filter(
      (o) =>
        (!q || o.name.toLowerCase().includes(q) || o.orgnr === q || String(o.herId) === q || o.id === q) &&
        (!search.type || o.type === search.type) &&
        (!search.region || regionOfOrganisation(this.directory, o.id) === search.region) &&
        (!search.belongsTo || o.system.vendor === search.belongsTo),
    );
    return page(matches, search, (o) => this.organisationEntry(o));
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
      [...matches].sort((a, b) => NORWEGIAN.compare(a.name, b.name)),
      search,
      (p) => p,
    );
  }

  party(id: string): PartyEntry {
    if (!this.directory.hasParty(id)) throw new DirectoryEntryNotFoundError('id', `party ${id}`);
    return this.directory.party(id);
  }

  people(caller: Caller, search: DirectorySearch): DirectoryPage<PersonEntry> {
    const q = search.q?.trim().toLowerCase();
    const matches = this.byName().people.filter(
      (p) =>
        this.sees(caller, p) &&
        (!q || p.name.toLowerCase().includes(q) || p.username.toLowerCase() === q || p.hprNumber === q) &&
        (!search.role || p.role === search.role) &&
        (!search.belongsTo || p.organisation === search.belongsTo || p.party === search.belongsTo) &&
        (!search.region ||
          (p.organisation !== undefined && regionOfOrganisation(this.directory, p.organisation) === search.region)),
    );
    return page(matches, search, (p) => p);
  }

  person(caller: Caller, username: string): PersonEntry {
    const person = this.directory.findPerson(username);
    if (!person || !this.sees(caller, person)) throw new DirectoryEntryNotFoundError('username', `person ${username}`);
    return person;
  }

  /** An entry's changes, oldest first; the entry must exist and be visible to the caller. */
  async historyOf(caller: Caller, kind: DirectoryEntryKind, id: string): Promise<DirectoryHistoryEntry[]> {
    if (kind === 'organisation') this.organisation(id);
    else if (kind === 'party') this.party(id);
    else if (kind === 'person') this.person(caller, id);
    return this.history.of(this.store.sql, kind, id);
  }

  private byName(): NonNullable<DirectoryQueries['sorted']> {
    if (this.sorted?.version !== this.directory.version) {
      const { organisations, people } = this.directory.data;
      this.sorted = {
        version: this.directory.version,
        organisations: [...organisations].sort((a, b) => NORWEGIAN.compare(a.name, b.name)),
        people: [...people].sort((a, b) => NORWEGIAN.compare(a.name, b.name)),
      };
    }
    return this.sorted;
  }

  private sees(caller: Caller, person: Person): boolean {
    if (caller.role === 'admin') return true;
    return (
      (person.organisation !== undefined &&
        regionOfOrganisation(this.directory, person.organisation) === caller.region) ||
      (person.party !== undefined && person.party === caller.party?.id)
    );
  }

  private organisationEntry(organisation: Organisation): OrganisationEntry {
    const municipality = this.directory.findMunicipality(organisation.municipality);
    const helsefellesskap = municipality && this.directory.findHelsefellesskap(municipality.helsefellesskap);
    return {
      ...organisation,
      ...(municipality ? { municipalityName: municipality.name } : {}),
      ...(helsefellesskap ? { helsefellesskap: helsefellesskap.id, region: helsefellesskap.region } : {}),
    };
  }
}

const NORWEGIAN = new Intl.Collator('nb');

function page<T, R>(items: readonly T[], search: DirectorySearch, view: (item: T) => R): DirectoryPage<R> {
  return { items: items.slice(search.offset, search.offset + search.limit).map(view), total: items.length };
}
