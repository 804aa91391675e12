import type { ActorRef } from '../case/case-events';
import { decideDirectory, type DirectoryCommand, type DirectoryEntryRef } from './decide-directory';
import { Directory } from './directory';
import type { DirectoryEvent, NewOrganisation, NewParty, NewPerson } from './directory-events';
import { DirectoryChangeRejectedError } from './directory-rules';
import { pendingSystem, systemOn, type Helsefellesskap, type Municipality } from './directory.types';

/** One entry of an import, with the row it came from (for CSV) and whether it should be active. */
export interface ImportEntry<T> {
  readonly entry: T;
  /** The 1-based line of the file, heading included; absent for JSON. */
  readonly row?: number;
  /** false: deactivated (or deactivate it). Absent: active. */
  readonly active?: boolean;
}

/** What an import file holds, whatever its format. */
export interface DirectoryImport {
  readonly helsefellesskap: readonly ImportEntry<Helsefellesskap>[];
  readonly municipalities: readonly ImportEntry<Municipality>[];
  readonly parties: readonly ImportEntry<NewParty>[];
  readonly organisations: readonly ImportEntry<NewOrganisation>[];
  readonly people: readonly ImportEntry<NewPerson>[];
}

export const IMPORT_KINDS = ['helsefellesskap', 'municipalities', 'parties', 'organisations', 'people'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A rule an entry of the file breaks: where (row or entry) and which field. */
export interface ImportProblem {
  readonly kind: ImportKind;
  readonly id: string;
  readonly row?: number;
  readonly field: string;
  readonly message: string;
}

export interface ImportOutcome {
  readonly kind: ImportKind;
  readonly id: string;
  readonly row?: number;
  readonly outcome: 'added' | 'changed' | 'unchanged';
  /** The events the entry adds: what changes. */
  readonly changes: readonly DirectoryEvent['type'][];
}

export interface DirectoryImportPlan {
  readonly entries: readonly ImportOutcome[];
  readonly problems: readonly ImportProblem[];
  /** In the order they are to be appended; empty when the file has problems. */
  readonly events: readonly DirectoryEvent[];
  readonly summary: Readonly<Record<ImportKind, { added: number; changed: number; unchanged: number }>>;
}

interface Planned {
  readonly kind: ImportKind;
  readonly id: string;
  readonly row?: number;
  readonly exists: boolean;
  readonly commands: readonly DirectoryCommand[];
  /** The field of the file a problem's field came from, where the entry was read differently (a switch that has come). */
  readonly fieldInFile?: (field: string) => string;
}

/**
 * What importing the file would do to the directory: every entry is added, changed or left as it is,
 * through the directory's own decider, in an order where what an entry names comes first (helsefellesskap,
 * kommuner, parties, multidose pharmacies, other organisations, people). `may` says whether the importer
 * may make a change (a coordinator only in their region). The same file imported twice plans nothing.
 */
export function planDirectoryImport(
  directory: Directory,
  file: DirectoryImport,
  by: ActorRef,
  at: string,
  may: (command: DirectoryCommand, scratch: Directory) => boolean = () => true,
): DirectoryImportPlan {
  const scratch = Directory.fromSnapshot(directory.snapshot());
  const entries: ImportOutcome[] = [];
  const problems: ImportProblem[] = [];
  const events: DirectoryEvent[] = [];
  const seen = new Map<string, number | undefined>();
  for (const planned of plannedEntries(directory, file, at)) {
    const key = `${planned.kind}:${planned.id}`;
    if (seen.has(key)) {
      const first = seen.get(key);
      problems.push({
        ...where(planned),
        field: idField(planned.kind),
        message: `appears twice in the file${first === undefined ? '' : ` (first in row ${first})`}`,
      });
      continue;
    }
    seen.set(key, planned.row);
    try {
      const added: DirectoryEvent[] = [];
      for (const command of planned.commands) {
        if (!may(command, scratch)) {
          throw new DirectoryChangeRejectedError(
            [{ field: idField(planned.kind), message: 'is outside what you may change' }],
            'forbidden',
          );
        }
        const decided = decideDirectory(scratch, command, by, at);
        for (const event of decided) scratch.apply(event, scratch.version + 1);
        added.push(...decided);
      }
      events.push(...added);
      entries.push({
        ...where(planned),
        outcome: !planned.exists ? 'added' : added.length > 0 ? 'changed' : 'unchanged',
        changes: added.map((e) => e.type),
      });
    } catch (error) {
      if (!(error instanceof DirectoryChangeRejectedError)) throw error;
      const inFile = planned.fieldInFile ?? ((field: string) => field);
      problems.push(...error.errors.map((e) => ({ ...where(planned), field: inFile(e.field), message: e.message })));
    }
  }
  return { entries, problems, events: problems.length > 0 ? [] : events, summary: summarise(entries) };
}

function where(planned: Planned): { kind: ImportKind; id: string; row?: number } {
  return { kind: planned.kind, id: planned.id, ...(planned.row === undefined ? {} : { row: planned.row }) };
}

function idField(kind: ImportKind): string {
  return kind === 'municipalities' ? 'number' : kind === 'people' ? 'username' : 'id';
}

function* plannedEntries(directory: Directory, file: DirectoryImport, at: string): Generator<Planned> {
  for (const { entry, row } of file.helsefellesskap) {
    const exists = directory.findHelsefellesskap(entry.id) !== undefined;
    // A helsefellesskap, once registered, is not changed by an import; its kommuner move instead.
    yield {
      kind: 'helsefellesskap',
      id: entry.id,
      row,
      exists,
      commands: exists ? [] : [{ type: 'register-helsefellesskap', helsefellesskap: entry }],
    };
  }
  for (const { entry, row } of file.municipalities) {
    const exists = directory.findMunicipality(entry.number) !== undefined;
    const command: DirectoryCommand = exists
      ? { type: 'move-municipality', number: entry.number, helsefellesskap: entry.helsefellesskap }
      : { type: 'register-municipality', municipality: entry };
    yield { kind: 'municipalities', id: entry.number, row, exists, commands: [command] };
  }
  for (const { entry, row, active } of file.parties) {
    const exists = directory.hasParty(entry.id);
    const { id, ...fields } = entry;
    const command: DirectoryCommand = exists
      ? { type: 'change-party', id, changes: { ...fields, region: entry.region ?? null } }
      : { type: 'register-party', party: entry };
    yield { kind: 'parties', id, row, exists, commands: [command, ...activation({ entry: 'party', id }, active)] };
  }
  // Multidose pharmacies first: the other organisations name them.
  const organisations = [...file.organisations].sort(
    (a, b) => Number(b.entry.type === 'multidose-pharmacy') - Number(a.entry.type === 'multidose-pharmacy'),
  );
  for (const { entry: listed, row, active } of organisations) {
    const entry = switchedBy(listed, at);
    const exists = directory.findOrganisation(entry.id) !== undefined;
    const { id, ...fields } = entry;
    const command: DirectoryCommand = exists
      ? {
          type: 'change-organisation',
          id,
          changes: {
            ...fields,
            multidosePharmacy: entry.multidosePharmacy ?? null,
            pharmacyChain: entry.pharmacyChain ?? null,
            contactEmails: entry.contactEmails ?? null,
            scheduledSystem: entry.scheduledSystem ?? null,
          },
        }
      : { type: 'register-organisation', organisation: entry };
    yield {
      kind: 'organisations',
      id,
      row,
      exists,
      commands: [command, ...activation({ entry: 'organisation', id }, active)],
      // A switch whose day has come was read as the system in use: its faults are the switch's columns.
      ...(entry === listed
        ? {}
        : { fieldInFile: (field: string) => (field.startsWith('system') ? `scheduledSystem.${field}` : field) }),
    };
  }
  for (const { entry, row, active } of file.people) {
    const exists = directory.findPerson(entry.username) !== undefined;
    const { username, ...fields } = entry;
    const command: DirectoryCommand = exists
      ? {
          type: 'change-person',
          username,
          changes: {
            ...fields,
            hprNumber: entry.hprNumber ?? null,
            email: entry.email ?? null,
            organisation: entry.organisation ?? null,
            party: entry.party ?? null,
          },
        }
      : { type: 'enrol-person', person: entry };
    yield {
      kind: 'people',
      id: username,
      row,
      exists,
      commands: [command, ...activation({ entry: 'person', id: username }, active)],
    };
  }
}

/**
 * A file states what is true: a switch whose day has come is the system in use (a file written before the
 * day still imports after it, and plans nothing new against a directory that recorded the switch).
 */
function switchedBy(organisation: NewOrganisation, at: string): NewOrganisation {
  const { scheduledSystem, ...rest } = organisation;
  if (scheduledSystem === undefined || pendingSystem(organisation, at) !== undefined) return organisation;
  return { ...rest, system: systemOn(organisation, at) };
}

function activation(target: DirectoryEntryRef, active: boolean | undefined): DirectoryCommand[] {
  return [{ type: active === false ? 'deactivate' : 'reactivate', target }];
}

function summarise(entries: readonly ImportOutcome[]): DirectoryImportPlan['summary'] {
  const summary = Object.fromEntries(
    IMPORT_KINDS.map((kind) => [kind, { added: 0, changed: 0, unchanged: 0 }]),
  ) as Record<ImportKind, { added: number; changed: number; unchanged: number }>;
  for (const entry of entries) summary[entry.kind][entry.outcome] += 1;
  return summary;
}
