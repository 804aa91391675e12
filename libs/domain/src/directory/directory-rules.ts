import { DomainError, type DomainErrorKind } from '../errors/domain-error';
import { isValidOrganisationNumber } from '../identifiers/organisation-number';
import { containsIdentityNumber } from '../privacy/identity-number-redactor';
import type { Directory } from './directory';
import {
  INTEGRATIONS,
  MULTIDOSE_MODES,
  ORGANISATION_TYPES,
  PARTY_KINDS,
  REGION_NAMES,
  ROLES,
  type Helsefellesskap,
  type Municipality,
  type OrganisationSystem,
  type ScheduledSystem,
  type ServiceLevel,
} from './directory.types';
import type { NewOrganisation, NewParty, NewPerson } from './directory-events';

/** One broken rule about one field of a directory entry. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** A directory change that breaks rules; every broken rule is listed, each naming its field. */
export class DirectoryChangeRejectedError extends DomainError {
  readonly code = 'DIRECTORY_CHANGE_REJECTED';

  constructor(
    readonly errors: readonly FieldProblem[],
    readonly kind: DomainErrorKind = 'validation',
  ) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** The id of a directory entry (organisation, party, helsefellesskap). */
export const ENTRY_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
// HelseID subjects are base64 pseudonyms; client ids are free text without spaces.
const USERNAME = /^[A-Za-z0-9._@+/=:-]{1,200}$/;
/**
 * Names every JavaScript object answers to (`constructor`, `valueOf`…): a client that keeps entries in a
 * plain object by key would find one there for every such key, so none may be a key.
 */
const OBJECT_MEMBER_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const KEY_RULE = 'must not be a name every JavaScript object has (such as constructor)';
const MUNICIPALITY_NUMBER = /^\d{4}$/;
const HPR_NUMBER = /^\d{4,9}$/;
// Deliberately plain: one @, no spaces, a dot in the domain. Delivery is the real test.
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const CONTROL = /\p{Cc}/u;
const MAX_HOURS = 24 * 366;
const MAX_HER_ID = 2_147_483_647;

/** Collects the problems of one entry; each check adds at most one problem for its field. */
export class ProblemList {
  readonly problems: FieldProblem[] = [];
  /** The problems that say only that something is taken already (an id, an orgnr, an HPR number). */
  private readonly taken = new Set<FieldProblem>();

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  /** As `check`, for what must not be taken already: such a problem alone is a conflict, not bad input. */
  checkNotTaken(ok: boolean, field: string, message: string): boolean {
    if (!ok) {
      const problem = { field, message };
      this.problems.push(problem);
      this.taken.add(problem);
    }
    return ok;
  }

  /** Whether every problem is something taken already (known by how it was found, not by its wording). */
  onlyTaken(): boolean {
    return this.problems.every((problem) => this.taken.has(problem));
  }

  check(ok: boolean, field: string, message: string): boolean {
    if (!ok) this.add(field, message);
    return ok;
  }

  text(field: string, value: unknown, { max = 200, optional = false } = {}): void {
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '') return this.add(field, 'must be filled in');
    if (value.length > max) return this.add(field, `must be at most ${max} characters`);
    this.check(
      !CONTROL.test(value) && value === value.trim(),
      field,
      'must not start or end with spaces or hold control characters',
    );
    // The directory is read by many and kept in the log for ever: no patient's identity belongs in it.
    this.check(!containsIdentityNumber(value), field, 'must not hold a fødselsnummer or D-nummer');
  }

  entryId(field: string, value: unknown): void {
    this.check(
      typeof value === 'string' && ENTRY_ID.test(value),
      field,
      'must be 1 to 64 lower-case letters, digits and hyphens, starting and ending with a letter or digit',
    );
    this.check(typeof value !== 'string' || !OBJECT_MEMBER_NAMES.has(value), field, KEY_RULE);
  }

  oneOf(field: string, value: unknown, allowed: readonly string[]): void {
    this.check(typeof value === 'string' && allowed.includes(value), field, `must be one of ${allowed.join(', ')}`);
  }

  emails(field: string, values: unknown): void {
    if (!Array.isArray(values)) return this.add(field, 'must be a list of e-mail addresses');
    values.forEach((value, index) => this.email(`${field}[${index}]`, value));
    this.check(new Set(values).size === values.length, field, 'must not name an address twice');
  }

  email(field: string, value: unknown): void {
    this.check(
      typeof value === 'string' && value.length <= 254 && EMAIL.test(value),
      field,
      'must be an e-mail address (name@domain.no)',
    );
  }

  /** A value one entry may hold: refused when `holder`, another entry than `key`, holds it already. */
  notTakenBy<T extends { readonly name: string }>(
    field: string,
    holder: T | undefined,
    keyOf: (holder: T) => string,
    key: string,
  ): void {
    if (holder !== undefined && keyOf(holder) !== key)
      this.checkNotTaken(false, field, `is already registered for ${holder.name} (${keyOf(holder)})`);
  }

  throwIfAny(kind: DomainErrorKind = 'validation'): void {
    if (this.problems.length > 0) throw new DirectoryChangeRejectedError(this.problems, kind);
  }
}

export function checkHelsefellesskap(list: ProblemList, entry: Helsefellesskap): void {
  list.entryId('id', entry.id);
  list.text('name', entry.name);
  list.text('hf', entry.hf);
  list.oneOf('region', entry.region, Object.keys(REGION_NAMES));
}

export function checkMunicipality(list: ProblemList, entry: Municipality, directory: Directory): void {
  list.check(
    typeof entry.number === 'string' && MUNICIPALITY_NUMBER.test(entry.number),
    'number',
    'must be a kommunenummer of 4 digits',
  );
  list.text('name', entry.name);
  list.check(
    directory.findHelsefellesskap(entry.helsefellesskap) !== undefined,
    'helsefellesskap',
    `must be a helsefellesskap in the directory; ${String(entry.helsefellesskap)} is not`,
  );
}

export function checkOrganisation(list: ProblemList, entry: NewOrganisation, directory: Directory): void {
  list.entryId('id', entry.id);
  list.text('name', entry.name);
  list.oneOf('type', entry.type, ORGANISATION_TYPES);
  if (
    list.check(
      typeof entry.orgnr === 'string' && isValidOrganisationNumber(entry.orgnr),
      'orgnr',
      'must be an organisasjonsnummer of 9 digits with a valid mod-11 check digit',
    )
  ) {
    list.notTakenBy('orgnr', directory.findOrganisationByOrgnr(entry.orgnr), (holder) => holder.id, entry.id);
  }
  list.check(
    Number.isInteger(entry.herId) && entry.herId > 0 && entry.herId <= MAX_HER_ID,
    'herId',
    'must be a HER-id: a whole number from 1 to 2147483647',
  );
  list.check(
    directory.findMunicipality(entry.municipality) !== undefined,
    'municipality',
    `must be a kommunenummer in the directory; ${String(entry.municipality)} is not`,
  );
  checkSystem(list, 'system', entry.system, directory);
  list.oneOf('multidoseMode', entry.multidoseMode, MULTIDOSE_MODES);
  if (entry.multidosePharmacy !== undefined) {
    list.check(
      directory.findOrganisation(entry.multidosePharmacy)?.type === 'multidose-pharmacy',
      'multidosePharmacy',
      `must be a multidose pharmacy in the directory; ${String(entry.multidosePharmacy)} is not`,
    );
  }
  if (entry.pharmacyChain !== undefined)
    checkPartyRef(list, 'pharmacyChain', entry.pharmacyChain, directory, 'pharmacy-chain');
  if (entry.contactEmails !== undefined) list.emails('contactEmails', entry.contactEmails);
}

export function checkSystem(
  list: ProblemList,
  field: string,
  system: OrganisationSystem | undefined,
  directory: Directory,
): void {
  if (typeof system !== 'object' || system === null) return list.add(field, 'must be given');
  checkPartyRef(list, `${field}.vendor`, system.vendor, directory);
  list.text(`${field}.product`, system.product, { max: 100 });
  list.text(`${field}.version`, system.version, { max: 50, optional: true });
  list.oneOf(`${field}.integration`, system.integration, INTEGRATIONS);
}

/** A switch ahead: a valid system from a day after today. */
export function checkScheduledSystem(
  list: ProblemList,
  scheduled: ScheduledSystem,
  today: string,
  directory: Directory,
): void {
  checkSystem(list, 'scheduledSystem.system', scheduled.system, directory);
  list.check(
    typeof scheduled.from === 'string' && isCalendarDay(scheduled.from) && scheduled.from > today,
    'scheduledSystem.from',
    `must be a day after today (YYYY-MM-DD, after ${today}); a switch today is a change of system`,
  );
}

/** YYYY-MM-DD of a day the calendar has (Date.parse takes 2027-02-30 for March 2nd). */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
  );
}

function checkPartyRef(list: ProblemList, field: string, id: unknown, directory: Directory, kind?: string): void {
  const party = typeof id === 'string' && directory.hasParty(id) ? directory.party(id) : undefined;
  list.check(
    party !== undefined && (kind === undefined || party.kind === kind),
    field,
    `must be ${kind === undefined ? 'a party' : `a party of kind ${kind}`} in the directory; ${String(id)} is not`,
  );
}

export function checkParty(list: ProblemList, entry: NewParty): void {
  list.entryId('id', entry.id);
  list.text('name', entry.name);
  list.oneOf('kind', entry.kind, PARTY_KINDS);
  if (list.check(Array.isArray(entry.products), 'products', 'must be a list of product names')) {
    entry.products.forEach((product, index) => list.text(`products[${index}]`, product, { max: 100 }));
  }
  if (entry.region !== undefined || entry.kind === 'working-group') {
    list.oneOf('region', entry.region, Object.keys(REGION_NAMES));
  }
  list.emails('contactEmails', entry.contactEmails);
  checkServiceLevel(list, 'serviceLevel', entry.serviceLevel);
}

export function checkServiceLevel(list: ProblemList, field: string, level: ServiceLevel | undefined): void {
  if (typeof level !== 'object' || level === null) return list.add(field, 'must be given');
  const hours = (value: unknown) => Number.isInteger(value) && (value as number) > 0 && (value as number) <= MAX_HOURS;
  list.check(
    hours(level.firstResponseHours),
    `${field}.firstResponseHours`,
    `must be whole hours from 1 to ${MAX_HOURS}`,
  );
  if (
    list.check(hours(level.resolutionHours), `${field}.resolutionHours`, `must be whole hours from 1 to ${MAX_HOURS}`)
  ) {
    list.check(
      !hours(level.firstResponseHours) || level.resolutionHours >= level.firstResponseHours,
      `${field}.resolutionHours`,
      'must be at least the first response time',
    );
  }
}

export function checkPerson(list: ProblemList, entry: NewPerson, directory: Directory): void {
  list.check(
    typeof entry.username === 'string' && USERNAME.test(entry.username),
    'username',
    "must be the identity provider's subject or client id: 1 to 200 letters, digits and . _ @ + / = : -",
  );
  list.check(typeof entry.username !== 'string' || !OBJECT_MEMBER_NAMES.has(entry.username), 'username', KEY_RULE);
  list.text('name', entry.name);
  list.oneOf('role', entry.role, ROLES);
  if (
    entry.hprNumber !== undefined &&
    list.check(
      typeof entry.hprNumber === 'string' && HPR_NUMBER.test(entry.hprNumber),
      'hprNumber',
      'must be an HPR number of 4 to 9 digits',
    )
  ) {
    list.notTakenBy(
      'hprNumber',
      directory.findPersonByHpr(entry.hprNumber),
      (holder) => holder.username,
      entry.username,
    );
  }
  if (entry.role === 'system') list.check(entry.email === undefined, 'email', 'a system client gets no mail');
  else list.email('email', entry.email);
  checkAffiliation(list, entry, directory);
}

/** Reporters and systems act for an organisation, responders and coordinators for a party, admins for neither. */
export function checkAffiliation(
  list: ProblemList,
  entry: { readonly role: string; readonly organisation?: string; readonly party?: string },
  directory: Directory,
): void {
  const forOrganisation = entry.role === 'reporter' || entry.role === 'system';
  const forParty = entry.role === 'responder' || entry.role === 'coordinator';
  if (forOrganisation) {
    list.check(
      entry.organisation !== undefined && directory.findOrganisation(entry.organisation) !== undefined,
      'organisation',
      `a ${entry.role} acts for an organisation in the directory; ${String(entry.organisation)} is not`,
    );
  } else {
    list.check(entry.organisation === undefined, 'organisation', `a ${entry.role} acts for no organisation`);
  }
  if (forParty) {
    checkPartyRef(list, 'party', entry.party, directory, entry.role === 'coordinator' ? 'working-group' : undefined);
  } else {
    list.check(entry.party === undefined, 'party', `a ${entry.role} acts for no party`);
  }
}
