import { DomainError } from '../errors/domain-error';
import type { Viewer } from '../case/case-access';
import type { DirectoryCommand } from './decide-directory';
import type { Directory } from './directory';

/**
 * Who may change what in the directory: an admin everything; a coordinator their region's organisations,
 * the people of those organisations and of their own working group, and their region's enrolment requests;
 * nobody else anything. A change that moves an entry must keep it inside the coordinator's region.
 */
export function mayChangeDirectory(viewer: Viewer, directory: Directory, command: DirectoryCommand): boolean {
  if (viewer.role === 'admin') return true;
  if (viewer.role !== 'coordinator' || viewer.region === undefined) return false;
  const inRegion = (organisationId: string | undefined | null) =>
    given(organisationId) && regionOfOrganisation(directory, organisationId) === viewer.region;
  const inMunicipality = (number: string | undefined | null) =>
    given(number) && regionOfMunicipality(directory, number) === viewer.region;
  const ownPeople = (person: { organisation?: string | null; party?: string | null }) =>
    inRegion(person.organisation) || (given(person.party) && person.party === viewer.party);
  switch (command.type) {
    case 'register-organisation':
      return inMunicipality(command.organisation.municipality);
    case 'change-organisation':
      return (
        inRegion(command.id) && (!given(command.changes.municipality) || inMunicipality(command.changes.municipality))
      );
    case 'enrol-person':
      return ownPeople(command.person) && command.person.role !== 'admin';
    case 'change-person': {
      const before = directory.findPerson(command.username);
      const after = { ...before, ...command.changes };
      return before !== undefined && ownPeople(before) && ownPeople(after) && after.role !== 'admin';
    }
    case 'deactivate':
    case 'reactivate': {
      if (command.target.entry === 'organisation') return inRegion(command.target.id);
      const person = command.target.entry === 'person' ? directory.findPerson(command.target.id) : undefined;
      return person !== undefined && ownPeople(person);
    }
    case 'approve-enrolment':
    case 'refuse-enrolment':
      return inRegion(directory.enrolmentRequest(command.requestId)?.organisation);
    default:
      return false;
  }
}

/** A change's field that names something (absent: unchanged; null: removed). */
function given(value: string | undefined | null): value is string {
  return value !== undefined && value !== null;
}

/** The region a coordinator's list of enrolment requests and directory entries is limited to. */
export function regionOfOrganisation(directory: Directory, organisationId: string): string | undefined {
  const organisation = directory.findOrganisation(organisationId);
  return organisation === undefined ? undefined : regionOfMunicipality(directory, organisation.municipality);
}

function regionOfMunicipality(directory: Directory, number: string): string | undefined {
  const municipality = directory.findMunicipality(number);
  return municipality === undefined ? undefined : directory.findHelsefellesskap(municipality.helsefellesskap)?.region;
}

/** A directory change the caller may not make. */
export class DirectoryChangeForbiddenError extends DomainError {
  readonly code = 'DIRECTORY_CHANGE_FORBIDDEN';
  readonly kind = 'forbidden';

  constructor(role: string) {
    super(
      role === 'coordinator'
        ? "A coordinator changes only their region's organisations, their people and their working group's"
        : 'Only administrators and coordinators change the directory',
    );
  }
}
