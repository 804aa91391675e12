import {
  directoryEntryOf,
  type DirectoryEntryKind,
  type DirectoryEvent,
  type EnrolmentRequest,
} from './directory-events';
import {
  systemOn,
  type DirectoryData,
  type Helsefellesskap,
  type Municipality,
  type Organisation,
  type Party,
  type Person,
} from './directory.types';
import { UnknownDirectoryEntryError } from './unknown-directory-entry.error';
import { ORGANISATION_SERVICE_LEVEL, organisationOfHolder, type CaseHolder } from '../case/case-holder';

export type EnrolmentStatus = 'pending' | 'approved' | 'refused';

/** An enrolment request and what became of it. */
export interface EnrolmentRequestState extends EnrolmentRequest {
  readonly status: EnrolmentStatus;
  readonly requestedAt: string;
  readonly decidedAt?: string;
  readonly decidedBy?: string;
  readonly reason?: string;
}

/** Everything a process needs to resume the directory without reading its stream from the start. */
export interface DirectorySnapshot {
  /** The directory stream's version the snapshot holds (0: empty). */
  readonly version: number;
  readonly data: DirectoryData;
  readonly enrolmentRequests: readonly EnrolmentRequestState[];
  /** `kind:id` → the stream version of the entry's last change (its ETag). */
  readonly entryVersions?: readonly (readonly [string, number])[];
}

function indexBy<T>(items: readonly T[], key: (item: T) => string | number): Map<string, T> {
  return new Map(items.map((item) => [String(key(item)), item]));
}

/**
 * Who is who: looks up organisations, parties and people, and where an organisation sits. Built from a
 * snapshot and kept current by `apply`ing the directory stream's events in order, so lookups stay
 * synchronous while the directory changes underneath (decision 0019).
 */
export class Directory {
  private readonly helsefellesskap: Map<string, Helsefellesskap>;
  private readonly municipalities: Map<string, Municipality>;
  private readonly organisations: Map<string, Organisation>;
  private readonly parties: Map<string, Party>;
  private readonly people: Map<string, Person>;
  private readonly peopleByHpr = new Map<string, Person>();
  private readonly peopleByParty = new Map<string, Set<string>>();
  private readonly organisationsByOrgnr = new Map<string, Organisation>();
  private readonly enrolments: Map<string, EnrolmentRequestState>;
  private readonly entryVersions: Map<string, number>;
  private regionIds: readonly string[] = [];
  private workingGroups = new Map<string, Party>();
  private cachedData: DirectoryData | undefined;
  private streamVersion: number;

  constructor(data: DirectoryData, snapshot: Omit<DirectorySnapshot, 'data'> = { version: 0, enrolmentRequests: [] }) {
    this.helsefellesskap = indexBy(data.helsefellesskap, (h) => h.id);
    this.municipalities = indexBy(data.municipalities, (m) => m.number);
    this.organisations = indexBy(data.organisations, (o) => o.id);
    this.parties = indexBy(data.parties, (p) => p.id);
    this.people = indexBy(data.people, (p) => p.username);
    this.enrolments = indexBy(snapshot.enrolmentRequests, (r) => r.requestId);
    this.entryVersions = new Map(snapshot.entryVersions ?? []);
    for (const person of data.people) this.indexPerson(undefined, person);
    for (const organisation of data.organisations) this.indexOrganisation(undefined, organisation);
    this.streamVersion = snapshot.version;
    this.changed();
  }

  static empty(): Directory {
    return new Directory({ helsefellesskap: [], municipalities: [], organisations: [], parties: [], people: [] });
  }

  static fromSnapshot(snapshot: DirectorySnapshot): Directory {
    return new Directory(snapshot.data, snapshot);
  }

  /** The version of the directory stream this directory has applied (0: none). */
  get version(): number {
    return this.streamVersion;
  }

  /** Every entry as it stands, deactivated ones included; a new object after each change. */
  get data(): DirectoryData {
    this.cachedData ??= {
      helsefellesskap: [...this.helsefellesskap.values()],
      municipalities: [...this.municipalities.values()],
      organisations: [...this.organisations.values()],
      parties: [...this.parties.values()],
      people: [...this.people.values()],
    };
    return this.cachedData;
  }

  snapshot(): DirectorySnapshot {
    return {
      version: this.streamVersion,
      data: this.data,
      enrolmentRequests: [...this.enrolments.values()],
      entryVersions: [...this.entryVersions],
    };
  }

  /**
   * The stream version of the entry's last change: what a client read, to say in `If-Match` which state
   * its change is based on. 0 for an entry no event has changed (a directory built from data, in tests).
   */
  versionOf(kind: DirectoryEntryKind, id: string): number {
    return this.entryVersions.get(`${kind}:${id}`) ?? 0;
  }

  organisation(id: string): Organisation {
    return found(this.organisations.get(id), 'organisation', id);
  }

  findOrganisation(id: string): Organisation | undefined {
    return this.organisations.get(id);
  }

  findOrganisationByOrgnr(orgnr: string): Organisation | undefined {
    return this.organisationsByOrgnr.get(orgnr);
  }

  party(id: string): Party {
    return found(this.parties.get(id), 'party', id);
  }

  hasParty(id: string): boolean {
    return this.parties.has(id);
  }

  /**
   * Who a case may be with (see case-holder.ts): a party, or an organisation as `organisation:<id>`,
   * deactivated ones included (a past holder keeps its name). Undefined when neither exists.
   */
  findHolder(id: string): CaseHolder | undefined {
    const organisationId = organisationOfHolder(id);
    if (organisationId === undefined) return this.parties.get(id);
    const organisation = this.organisations.get(organisationId);
    if (!organisation) return undefined;
    const region = this.regionOfKnown(organisationId);
    return {
      id,
      kind: 'organisation',
      name: organisation.name,
      products: [],
      ...(region === undefined ? {} : { region }),
      contactEmails: organisation.contactEmails ?? [],
      serviceLevel: ORGANISATION_SERVICE_LEVEL,
      ...(organisation.deactivatedAt === undefined ? {} : { deactivatedAt: organisation.deactivatedAt }),
    };
  }

  holder(id: string): CaseHolder {
    return found(this.findHolder(id), 'party', id);
  }

  /** The active people who act for a holder: a party's (see peopleOf), or an organisation's reporters. */
  peopleOfHolder(holder: string): readonly Person[] {
    const organisationId = organisationOfHolder(holder);
    if (organisationId === undefined) return this.peopleOf(holder);
    return this.data.people.filter(
      (p) => p.organisation === organisationId && p.role === 'reporter' && p.deactivatedAt === undefined,
    );
  }

  findPerson(username: string): Person | undefined {
    return this.people.get(username);
  }

  findPersonByHpr(hprNumber: string): Person | undefined {
    return this.peopleByHpr.get(hprNumber);
  }

  findHelsefellesskap(id: string): Helsefellesskap | undefined {
    return this.helsefellesskap.get(id);
  }

  findMunicipality(number: string): Municipality | undefined {
    return this.municipalities.get(number);
  }

  allParties(): readonly Party[] {
    return [...this.parties.values()];
  }

  allPeople(): readonly Person[] {
    return this.data.people;
  }

  /** The active people who act for a party (its responders, or a working group's coordinators). */
  peopleOf(partyId: string): readonly Person[] {
    const usernames = this.peopleByParty.get(partyId) ?? [];
    return [...usernames].flatMap((username) => {
      const person = this.people.get(username);
      return person && person.deactivatedAt === undefined ? [person] : [];
    });
  }

  enrolmentRequest(requestId: string): EnrolmentRequestState | undefined {
    return this.enrolments.get(requestId);
  }

  enrolmentRequests(): readonly EnrolmentRequestState[] {
    return [...this.enrolments.values()];
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

  /** The region of an organisation whose kommune may be missing from the directory. */
  private regionOfKnown(organisationId: string): string | undefined {
    const municipality = this.municipalities.get(this.organisations.get(organisationId)?.municipality ?? '');
    return municipality && this.helsefellesskap.get(municipality.helsefellesskap)?.region;
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
    if (party) return party.region === undefined || party.region === region;
    // An organisation a case is with acts in its own region only (case-holder.ts).
    const organisationId = organisationOfHolder(partyId);
    return organisationId !== undefined && region !== null && this.regionOfKnown(organisationId) === region;
  }

  /** The working group of a region (every region has one). */
  workingGroupOf(region: string): Party {
    return found(this.workingGroups.get(region), 'party', `working group of ${region}`);
  }

  /**
   * Folds the stream's next event in. Events come from the decider, which checked them against this very
   * state, so `apply` trusts them; an event at a version already applied is ignored (a redelivery).
   */
  apply(event: DirectoryEvent, version: number): void {
    if (version <= this.streamVersion) return;
    if (version !== this.streamVersion + 1) {
      throw new Error(`Directory at version ${this.streamVersion} was given the event of version ${version}`);
    }
    this.fold(event);
    const entry = directoryEntryOf(event);
    this.entryVersions.set(`${entry.kind}:${entry.id}`, version);
    this.streamVersion = version;
    this.changed();
  }

  private fold(event: DirectoryEvent): void {
    const { at } = event.data;
    switch (event.type) {
      case 'directory.helsefellesskap-registered':
        this.helsefellesskap.set(event.data.helsefellesskap.id, event.data.helsefellesskap);
        return;
      case 'directory.municipality-registered':
        this.municipalities.set(event.data.municipality.number, event.data.municipality);
        return;
      case 'directory.municipality-moved':
        return update(this.municipalities, event.data.number, (m) => ({
          ...m,
          helsefellesskap: event.data.helsefellesskap,
        }));
      case 'directory.organisation-registered':
        return this.putOrganisation(event.data.organisation);
      case 'directory.organisation-renamed':
        return this.updateOrganisation(event.data.organisationId, (o) => ({ ...o, name: event.data.name }));
      case 'directory.organisation-system-changed': {
        const { system, from } = event.data;
        return this.updateOrganisation(event.data.organisationId, (o) =>
          // A switch dated after the day it was recorded waits; one dated that day or before is in use. A
          // switch already waiting whose day has come is in use by then, whatever waits next.
          from > at.slice(0, 10)
            ? { ...o, system: systemOn(o, at), scheduledSystem: { system, from } }
            : without({ ...o, system }, 'scheduledSystem'),
        );
      }
      case 'directory.organisation-moved':
        return this.updateOrganisation(event.data.organisationId, (o) => ({
          ...o,
          municipality: event.data.municipality,
        }));
      case 'directory.organisation-contacts-changed':
        return this.updateOrganisation(event.data.organisationId, (o) => ({
          ...o,
          contactEmails: event.data.contactEmails,
        }));
      case 'directory.organisation-details-changed':
        return this.updateOrganisation(event.data.organisationId, (o) => withDetails(o, event.data.details));
      case 'directory.organisation-deactivated':
        return this.updateOrganisation(event.data.organisationId, (o) => ({ ...o, deactivatedAt: at }));
      case 'directory.organisation-reactivated':
        return this.updateOrganisation(event.data.organisationId, (o) => without(o, 'deactivatedAt'));
      case 'directory.party-registered':
        this.parties.set(event.data.party.id, event.data.party);
        return;
      case 'directory.party-renamed':
        return update(this.parties, event.data.partyId, (p) => ({ ...p, name: event.data.name }));
      case 'directory.party-contacts-changed':
        return update(this.parties, event.data.partyId, (p) => ({ ...p, contactEmails: event.data.contactEmails }));
      case 'directory.party-service-level-changed':
        return update(this.parties, event.data.partyId, (p) => ({ ...p, serviceLevel: event.data.serviceLevel }));
      case 'directory.party-products-changed':
        return update(this.parties, event.data.partyId, (p) => ({ ...p, products: event.data.products }));
      case 'directory.party-region-changed': {
        const { region } = event.data;
        return update(this.parties, event.data.partyId, (p) =>
          region === null ? without(p, 'region') : { ...p, region },
        );
      }
      case 'directory.party-deactivated':
        return update(this.parties, event.data.partyId, (p) => ({ ...p, deactivatedAt: at }));
      case 'directory.party-reactivated':
        return update(this.parties, event.data.partyId, (p) => without(p, 'deactivatedAt'));
      case 'directory.person-enrolled':
        return this.putPerson(event.data.person);
      case 'directory.person-details-changed':
        return this.updatePerson(event.data.username, (p) => withDetails(p, event.data.details));
      case 'directory.person-affiliation-changed': {
        const { role, organisation, party } = event.data.affiliation;
        return this.updatePerson(event.data.username, (p) => ({
          ...without(without(p, 'organisation'), 'party'),
          role,
          ...(organisation === undefined ? {} : { organisation }),
          ...(party === undefined ? {} : { party }),
        }));
      }
      case 'directory.person-deactivated':
        return this.updatePerson(event.data.username, (p) => ({ ...p, deactivatedAt: at }));
      case 'directory.person-reactivated':
        return this.updatePerson(event.data.username, (p) => without(p, 'deactivatedAt'));
      case 'directory.enrolment-requested':
        this.enrolments.set(event.data.request.requestId, {
          ...event.data.request,
          status: 'pending',
          requestedAt: at,
        });
        return;
      case 'directory.enrolment-approved':
      case 'directory.enrolment-refused':
        return update(this.enrolments, event.data.requestId, (r) => ({
          ...r,
          status: event.type === 'directory.enrolment-approved' ? ('approved' as const) : ('refused' as const),
          decidedAt: at,
          decidedBy: event.data.by.username,
          ...('reason' in event.data ? { reason: event.data.reason } : {}),
        }));
    }
  }

  private putOrganisation(organisation: Organisation): void {
    this.indexOrganisation(this.organisations.get(organisation.id), organisation);
    this.organisations.set(organisation.id, organisation);
  }

  private updateOrganisation(id: string, change: (organisation: Organisation) => Organisation): void {
    const before = this.organisations.get(id);
    if (before) this.putOrganisation(change(before));
  }

  private putPerson(person: Person): void {
    this.indexPerson(this.people.get(person.username), person);
    this.people.set(person.username, person);
  }

  private updatePerson(username: string, change: (person: Person) => Person): void {
    const before = this.people.get(username);
    if (before) this.putPerson(change(before));
  }

  private indexPerson(before: Person | undefined, after: Person): void {
    if (before?.hprNumber !== undefined) this.peopleByHpr.delete(before.hprNumber);
    if (after.hprNumber !== undefined) this.peopleByHpr.set(after.hprNumber, after);
    if (before?.party !== undefined) this.peopleByParty.get(before.party)?.delete(before.username);
    if (after.party !== undefined) {
      const members = this.peopleByParty.get(after.party) ?? new Set<string>();
      this.peopleByParty.set(after.party, members.add(after.username));
    }
  }

  private indexOrganisation(before: Organisation | undefined, after: Organisation): void {
    if (before) this.organisationsByOrgnr.delete(before.orgnr);
    this.organisationsByOrgnr.set(after.orgnr, after);
  }

  private changed(): void {
    this.cachedData = undefined;
    const parties = [...this.parties.values()];
    this.regionIds = [
      ...new Set([
        ...[...this.helsefellesskap.values()].map((h) => h.region),
        ...parties.flatMap((p) => (p.region === undefined ? [] : [p.region])),
      ]),
    ];
    this.workingGroups = new Map(
      parties.flatMap((p) => (p.kind === 'working-group' && p.region !== undefined ? [[p.region, p] as const] : [])),
    );
  }
}

function found<T>(value: T | undefined, entry: UnknownDirectoryEntryError['entry'], id: string): T {
  if (value === undefined) throw new UnknownDirectoryEntryError(entry, id);
  return value;
}

function update<T>(map: Map<string, T>, key: string, change: (value: T) => T): void {
  const before = map.get(key);
  if (before !== undefined) map.set(key, change(before));
}

function without<T extends object, K extends keyof T>(value: T, key: K): T {
  const { [key]: _dropped, ...rest } = value;
  return rest as T;
}

/** Sets each detail given; null removes an optional one. */
function withDetails<T extends object>(value: T, details: object): T {
  let result = { ...value } as Record<string, unknown>;
  for (const [key, detail] of Object.entries(details)) {
    if (detail === null) result = without(result, key);
    else if (detail !== undefined) result[key] = detail;
  }
  return result as T;
}
