import {
  decideDirectory,
  planDirectoryImport,
  type ActorRef,
  type Directory,
  type DirectoryData,
  type DirectoryEvent,
  type DirectoryImport,
  type NewPerson,
} from '@lagspill/domain';
import type { DirectoryWriter } from '../live/directory-writer';

/** Who the directory's own start-up changes are recorded as. */
export const START_UP_ACTOR: ActorRef = { username: 'lagspill', name: 'Lagspill (oppstart)', role: 'system' };

export interface DirectoryStartUp {
  /** Import this directory when the directory is empty (dev and demo). */
  readonly demo?: DirectoryData;
  /** Make sure this person is an active administrator (production). */
  readonly bootstrapAdmin?: NewPerson;
}

/**
 * What an installation starts with: the demo directory, imported through the same path as any import,
 * and the bootstrap administrator from configuration, enrolled (or made an active admin again) so there
 * is always someone who can log in and fill an empty directory.
 */
export async function startDirectory(
  writer: DirectoryWriter,
  startUp: DirectoryStartUp,
  at: () => string,
): Promise<void> {
  const { demo, bootstrapAdmin } = startUp;
  if (demo) {
    await writer.change((directory) => {
      // Only into an empty directory: a changed demo entry is not put back at every start.
      const events = directory.version === 0 ? importedEvents(directory, asImport(demo), at()) : [];
      return { events, result: undefined };
    });
  }
  if (bootstrapAdmin) {
    await writer.change((directory) => ({ events: adminEvents(directory, bootstrapAdmin, at()), result: undefined }));
  }
}

function importedEvents(directory: Directory, file: DirectoryImport, at: string): readonly DirectoryEvent[] {
  const plan = planDirectoryImport(directory, file, START_UP_ACTOR, at);
  if (plan.problems.length > 0) {
    throw new Error(
      `The demo directory does not import: ${plan.problems.map((p) => `${p.kind} ${p.id} ${p.field}: ${p.message}`).join('; ')}`,
    );
  }
  return plan.events;
}

function adminEvents(directory: Directory, admin: NewPerson, at: string): DirectoryEvent[] {
  const known = directory.findPerson(admin.username);
  if (!known) return decideDirectory(directory, { type: 'enrol-person', person: admin }, START_UP_ACTOR, at);
  return [
    ...decideDirectory(
      directory,
      { type: 'change-person', username: admin.username, changes: { role: 'admin', organisation: null, party: null } },
      START_UP_ACTOR,
      at,
    ),
    ...decideDirectory(
      directory,
      { type: 'reactivate', target: { entry: 'person', id: admin.username } },
      START_UP_ACTOR,
      at,
    ),
  ];
}

/** A directory as an import file: every entry active unless deactivated. */
export function asImport(data: DirectoryData): DirectoryImport {
  const entries = <T extends { deactivatedAt?: string }>(list: readonly T[]) =>
    list.map(({ deactivatedAt, ...entry }) => ({ entry: entry, active: deactivatedAt === undefined }));
  return {
    helsefellesskap: data.helsefellesskap.map((entry) => ({ entry })),
    municipalities: data.municipalities.map((entry) => ({ entry })),
    parties: entries(data.parties),
    organisations: entries(data.organisations),
    people: entries(data.people),
  };
}
