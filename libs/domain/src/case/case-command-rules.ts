import type { Directory } from '../directory/directory';
import type { ServiceLevel } from '../directory/directory.types';
import type { CaseStatus } from './case-status';
import { CaseCommandRejectedError } from './errors/case-command-rejected.error';
import { InvalidCaseTransitionError } from './errors/case-errors';

/** A case is forwarded only to a party in the directory, and runs on that party's service level from then on. */
export function forwardingServiceLevel(directory: Directory, party: string): ServiceLevel {
  if (!directory.hasParty(party)) throw new CaseCommandRejectedError('party', `${party} is not a known party`);
  return directory.party(party).serviceLevel;
}

/**
 * A reopened case goes back to the party that had it, on that party's service level. A case that was
 * never routed was never resolved either, so it cannot be reopened.
 */
export function reopeningServiceLevel(
  directory: Directory,
  document: { readonly status: CaseStatus; readonly routedTo?: { readonly party: string } },
): ServiceLevel {
  const party = document.routedTo?.party;
  if (!party) throw new InvalidCaseTransitionError('reopen-case', document.status);
  return directory.party(party).serviceLevel;
}
