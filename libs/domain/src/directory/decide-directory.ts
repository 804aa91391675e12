import type { ActorRef } from '../case/case-events';
import type { Directory } from './directory';
import type {
  DirectoryChange,
  DirectoryEvent,
  EnrolmentRequest,
  NewOrganisation,
  NewParty,
  NewPerson,
} from './directory-events';
import {
  checkHelsefellesskap,
  checkMunicipality,
  checkOrganisation,
  checkParty,
  checkPerson,
  checkScheduledSystem,
  DirectoryChangeRejectedError,
  ProblemList,
} from './directory-rules';
import {
  pendingSystem,
  systemOn,
  type Helsefellesskap,
  type Municipality,
  type ScheduledSystem,
} from './directory.types';

/** A change to an entry: each field given is set, null removes an optional one, absent ones stay. */
export type Changes<T> = { readonly [K in keyof T]?: undefined extends T[K] ? T[K] | null : T[K] };

export type OrganisationChanges = Changes<Omit<NewOrganisation, 'id'>> & {
  /** A switch of system from a later day; null cancels the one ahead. A new `system` takes effect today. */
  readonly scheduledSystem?: ScheduledSystem | null;
};
export type PartyChanges = Changes<Omit<NewParty, 'id'>>;
export type PersonChanges = Changes<Omit<NewPerson, 'username'>>;

export type DirectoryEntryRef =
  | { readonly entry: 'organisation'; readonly id: string }
  | { readonly entry: 'party'; readonly id: string }
  | { readonly entry: 'person'; readonly id: string };

export type DirectoryCommand =
  | { readonly type: 'register-helsefellesskap'; readonly helsefellesskap: Helsefellesskap }
  | { readonly type: 'register-municipality'; readonly municipality: Municipality }
  | { readonly type: 'move-municipality'; readonly number: string; readonly helsefellesskap: string }
  | { readonly type: 'register-organisation'; readonly organisation: NewOrganisation }
  | { readonly type: 'change-organisation'; readonly id: string; readonly changes: OrganisationChanges }
  | { readonly type: 'register-party'; readonly party: NewParty }
  | { readonly type: 'change-party'; readonly id: string; readonly changes: PartyChanges }
  | { readonly type: 'enrol-person'; readonly person: NewPerson }
  | { readonly type: 'change-person'; readonly username: string; readonly changes: PersonChanges }
  | { readonly type: 'deactivate' | 'reactivate'; readonly target: DirectoryEntryRef }
  | { readonly type: 'request-enrolment'; readonly request: EnrolmentRequest }
  | { readonly type: 'approve-enrolment'; readonly requestId: string }
  | { readonly type: 'refuse-enrolment'; readonly requestId: string; readonly reason: string };

/** An entry the command names that the directory does not hold. */
export class DirectoryEntryNotFoundError extends DirectoryChangeRejectedError {
  constructor(field: string, what: string) {
    super([{ field, message: `${what} is not in the directory` }], 'not-found');
  }
}

/**
 * The directory's decider: the events a command adds, checked against the directory as it stands, or a
 * DirectoryChangeRejectedError listing every broken rule. A change that changes nothing adds no event.
 */
export function decideDirectory(
  directory: Directory,
  command: DirectoryCommand,
  by: ActorRef,
  at: string,
): DirectoryEvent[] {
  const change: DirectoryChange = { by, at };
  const list = new ProblemList();
  switch (command.type) {
    case 'register-helsefellesskap': {
      const entry = command.helsefellesskap;
      checkHelsefellesskap(list, entry);
      notTaken(list, 'id', directory.findHelsefellesskap(entry.id), `helsefellesskap ${entry.id}`);
      list.throwIfAny(conflictKind(list));
      return [{ type: 'directory.helsefellesskap-registered', data: { ...change, helsefellesskap: entry } }];
    }
    case 'register-municipality': {
      const entry = command.municipality;
      checkMunicipality(list, entry, directory);
      notTaken(list, 'number', directory.findMunicipality(entry.number), `kommune ${entry.number}`);
      list.throwIfAny(conflictKind(list));
      return [{ type: 'directory.municipality-registered', data: { ...change, municipality: entry } }];
    }
    case 'move-municipality': {
      const before = directory.findMunicipality(command.number);
      if (!before) throw new DirectoryEntryNotFoundError('number', `kommune ${command.number}`);
      checkMunicipality(list, { ...before, helsefellesskap: command.helsefellesskap }, directory);
      list.throwIfAny();
      if (before.helsefellesskap === command.helsefellesskap) return [];
      return [
        {
          type: 'directory.municipality-moved',
          data: { ...change, number: before.number, helsefellesskap: command.helsefellesskap },
        },
      ];
    }
    case 'register-organisation': {
      const entry = command.organisation;
      checkOrganisation(list, entry, directory);
      if (entry.scheduledSystem !== undefined)
        checkScheduledSystem(list, entry.scheduledSystem, at.slice(0, 10), directory);
      notTaken(list, 'id', directory.findOrganisation(entry.id), `organisation ${entry.id}`);
      list.throwIfAny(conflictKind(list));
      return [{ type: 'directory.organisation-registered', data: { ...change, organisation: entry } }];
    }
    case 'change-organisation':
      return changeOrganisation(directory, command.id, command.changes, change, list);
    case 'register-party': {
      const entry = command.party;
      checkParty(list, entry);
      notTaken(list, 'id', directory.hasParty(entry.id) ? entry : undefined, `party ${entry.id}`);
      list.throwIfAny(conflictKind(list));
      return [{ type: 'directory.party-registered', data: { ...change, party: entry } }];
    }
    case 'change-party':
      return changeParty(directory, command.id, command.changes, change, list);
    case 'enrol-person': {
      const entry = command.person;
      checkPerson(list, entry, directory);
      notTaken(list, 'username', directory.findPerson(entry.username), `person ${entry.username}`);
      list.throwIfAny(conflictKind(list));
      return [{ type: 'directory.person-enrolled', data: { ...change, person: entry } }];
    }
    case 'change-person':
      return changePerson(directory, command.username, command.changes, change, list);
    case 'deactivate':
    case 'reactivate':
      return setActive(directory, command.target, command.type === 'reactivate', change);
    case 'request-enrolment':
      return requestEnrolment(directory, command.request, change, list);
    case 'approve-enrolment':
    case 'refuse-enrolment':
      return decideEnrolment(directory, command, change, list);
  }
}

function notTaken(list: ProblemList, field: string, existing: unknown, what: string): void {
  list.checkNotTaken(existing === undefined, field, `${what} is already in the directory`);
}

/** A change refused only because what it names is taken is a conflict (409), otherwise invalid input. */
function conflictKind(list: ProblemList): 'conflict' | 'validation' {
  return list.onlyTaken() ? 'conflict' : 'validation';
}

function merged<T extends object>(before: T, changes: object): T {
  const result: Record<string, unknown> = { ...(before as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete result[key];
    else if (value !== undefined) result[key] = value;
  }
  return result as T;
}

/** Equal values, whatever order their keys are in (stored events come back from jsonb reordered). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const otherKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    keys.length === otherKeys.length &&
    keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

const ORGANISATION_DETAILS = ['type', 'orgnr', 'herId', 'multidoseMode', 'multidosePharmacy', 'pharmacyChain'] as const;

function changeOrganisation(
  directory: Directory,
  id: string,
  changes: OrganisationChanges,
  change: DirectoryChange,
  list: ProblemList,
): DirectoryEvent[] {
  const before = directory.findOrganisation(id);
  if (!before) throw new DirectoryEntryNotFoundError('id', `organisation ${id}`);
  const today = change.at.slice(0, 10);
  const { scheduledSystem, ...fields } = changes;
  // What the organisation runs now and what it will switch to, whether or not a scheduled day has passed.
  const systemNow = systemOn(before, today);
  const pendingNow = pendingSystem(before, today);
  const after = merged({ ...before, system: systemNow }, fields);
  // A new system today replaces any switch still ahead, unless the change names that switch again.
  const pending =
    scheduledSystem === undefined
      ? fields.system === undefined
        ? pendingNow
        : undefined
      : (scheduledSystem ?? undefined);
  checkOrganisation(list, after, directory);
  if (pending !== undefined && pending !== pendingNow) checkScheduledSystem(list, pending, today, directory);
  list.throwIfAny(conflictKind(list));
  const organisationId = before.id;
  const events: DirectoryEvent[] = [];
  if (after.name !== before.name) {
    events.push({ type: 'directory.organisation-renamed', data: { ...change, organisationId, name: after.name } });
  }
  const resetToday = !same(after.system, systemNow) || (pendingNow !== undefined && !same(pending, pendingNow));
  if (resetToday) {
    events.push({
      type: 'directory.organisation-system-changed',
      data: { ...change, organisationId, system: after.system, from: today },
    });
  }
  if (pending !== undefined && (resetToday || !same(pending, pendingNow))) {
    events.push({ type: 'directory.organisation-system-changed', data: { ...change, organisationId, ...pending } });
  }
  if (after.municipality !== before.municipality) {
    events.push({
      type: 'directory.organisation-moved',
      data: { ...change, organisationId, municipality: after.municipality },
    });
  }
  if (!same(after.contactEmails ?? [], before.contactEmails ?? [])) {
    events.push({
      type: 'directory.organisation-contacts-changed',
      data: { ...change, organisationId, contactEmails: after.contactEmails ?? [] },
    });
  }
  const details: Record<string, unknown> = {};
  for (const key of ORGANISATION_DETAILS) {
    if (after[key] !== before[key]) details[key] = after[key] ?? null;
  }
  if (Object.keys(details).length > 0) {
    events.push({
      type: 'directory.organisation-details-changed',
      data: { ...change, organisationId, details },
    });
  }
  return events;
}

function changeParty(
  directory: Directory,
  id: string,
  changes: PartyChanges,
  change: DirectoryChange,
  list: ProblemList,
): DirectoryEvent[] {
  if (!directory.hasParty(id)) throw new DirectoryEntryNotFoundError('id', `party ${id}`);
  const before = directory.party(id);
  const after = merged(before, changes);
  checkParty(list, after);
  list.check(after.kind === before.kind, 'kind', 'cannot change: register a new party instead');
  list.throwIfAny();
  const partyId = before.id;
  const events: DirectoryEvent[] = [];
  if (after.name !== before.name)
    events.push({ type: 'directory.party-renamed', data: { ...change, partyId, name: after.name } });
  if (!same(after.products, before.products)) {
    events.push({ type: 'directory.party-products-changed', data: { ...change, partyId, products: after.products } });
  }
  if (after.region !== before.region) {
    events.push({ type: 'directory.party-region-changed', data: { ...change, partyId, region: after.region ?? null } });
  }
  if (!same(after.contactEmails, before.contactEmails)) {
    events.push({
      type: 'directory.party-contacts-changed',
      data: { ...change, partyId, contactEmails: after.contactEmails },
    });
  }
  if (!same(after.serviceLevel, before.serviceLevel)) {
    events.push({
      type: 'directory.party-service-level-changed',
      data: { ...change, partyId, serviceLevel: after.serviceLevel },
    });
  }
  return events;
}

function changePerson(
  directory: Directory,
  username: string,
  changes: PersonChanges,
  change: DirectoryChange,
  list: ProblemList,
): DirectoryEvent[] {
  const before = directory.findPerson(username);
  if (!before) throw new DirectoryEntryNotFoundError('username', `person ${username}`);
  const after = merged(before, changes);
  checkPerson(list, after, directory);
  list.throwIfAny(conflictKind(list));
  const events: DirectoryEvent[] = [];
  const details: Record<string, unknown> = {};
  for (const key of ['name', 'email', 'hprNumber'] as const) {
    if (after[key] !== before[key]) details[key] = after[key] ?? null;
  }
  if (Object.keys(details).length > 0) {
    events.push({ type: 'directory.person-details-changed', data: { ...change, username, details: details } });
  }
  if (after.role !== before.role || after.organisation !== before.organisation || after.party !== before.party) {
    const affiliation = {
      role: after.role,
      ...(after.organisation === undefined ? {} : { organisation: after.organisation }),
      ...(after.party === undefined ? {} : { party: after.party }),
    };
    events.push({ type: 'directory.person-affiliation-changed', data: { ...change, username, affiliation } });
  }
  return events;
}

function setActive(
  directory: Directory,
  target: DirectoryEntryRef,
  active: boolean,
  change: DirectoryChange,
): DirectoryEvent[] {
  const entry =
    target.entry === 'organisation'
      ? directory.findOrganisation(target.id)
      : target.entry === 'party'
        ? directory.hasParty(target.id)
          ? directory.party(target.id)
          : undefined
        : directory.findPerson(target.id);
  if (!entry) throw new DirectoryEntryNotFoundError('id', `${target.entry} ${target.id}`);
  if ((entry.deactivatedAt === undefined) === active) return [];
  const suffix = active ? 'reactivated' : 'deactivated';
  switch (target.entry) {
    case 'organisation':
      return [{ type: `directory.organisation-${suffix}`, data: { ...change, organisationId: target.id } }];
    case 'party':
      return [{ type: `directory.party-${suffix}`, data: { ...change, partyId: target.id } }];
    case 'person':
      return [{ type: `directory.person-${suffix}`, data: { ...change, username: target.id } }];
  }
}

function requestEnrolment(
  directory: Directory,
  request: EnrolmentRequest,
  change: DirectoryChange,
  list: ProblemList,
): DirectoryEvent[] {
  list.text('name', request.name);
  list.email('email', request.email);
  list.text('message', request.message, { max: 1000, optional: true });
  const organisation = directory.findOrganisation(request.organisation);
  list.check(
    organisation !== undefined && organisation.deactivatedAt === undefined,
    'organisation',
    `must be an active organisation in the directory; ${request.organisation} is not`,
  );
  if (request.hprNumber !== undefined)
    list.check(/^\d{4,9}$/.test(request.hprNumber), 'hprNumber', 'must be an HPR number of 4 to 9 digits');
  list.throwIfAny();
  const known = directory.findPerson(request.username);
  const pending = directory.enrolmentRequests().find((r) => r.username === request.username && r.status === 'pending');
  if (known || pending) {
    throw new DirectoryChangeRejectedError(
      [
        {
          field: 'username',
          message: known ? 'is already in the directory' : `already asked (request ${pending?.requestId})`,
        },
      ],
      'conflict',
    );
  }
  return [{ type: 'directory.enrolment-requested', data: { ...change, request } }];
}

function decideEnrolment(
  directory: Directory,
  command: Extract<DirectoryCommand, { type: 'approve-enrolment' | 'refuse-enrolment' }>,
  change: DirectoryChange,
  list: ProblemList,
): DirectoryEvent[] {
  const request = directory.enrolmentRequest(command.requestId);
  if (!request) throw new DirectoryEntryNotFoundError('requestId', `enrolment request ${command.requestId}`);
  if (request.status !== 'pending') {
    throw new DirectoryChangeRejectedError(
      [{ field: 'requestId', message: `was already ${request.status}` }],
      'conflict',
    );
  }
  if (command.type === 'refuse-enrolment') {
    list.text('reason', command.reason, { max: 1000 });
    list.throwIfAny();
    return [
      {
        type: 'directory.enrolment-refused',
        data: { ...change, requestId: request.requestId, reason: command.reason },
      },
    ];
  }
  const person: NewPerson = {
    username: request.username,
    name: request.name,
    role: 'reporter',
    organisation: request.organisation,
    email: request.email,
    ...(request.hprNumber === undefined ? {} : { hprNumber: request.hprNumber }),
  };
  return [
    // Approval makes a reporter of the organisation asked for; an admin may give another role afterwards.
    { type: 'directory.enrolment-approved', data: { ...change, requestId: request.requestId, role: person.role } },
    ...decideDirectory(directory, { type: 'enrol-person', person }, change.by, change.at),
  ];
}
