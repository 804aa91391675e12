import type { Directory } from '../directory/directory';
import type { Role, ServiceLevel } from '../directory/directory.types';
import { organisationOfHolder } from './case-holder';
import type { CaseStatus } from './case-status';
import { CaseCommandRejectedError } from './errors/case-command-rejected.error';
import { InvalidCaseTransitionError } from './errors/case-errors';

/**
 * A case is forwarded only to an active party of the directory or, by the working group, to an active
 * organisation other than the reporting one (`organisation:<id>`); it runs on that holder's service level
 * from then on.
 */
export function forwardingServiceLevel(
  directory: Directory,
  to: string,
  by: { readonly role: Role },
  reporterOrganisation: string,
): ServiceLevel {
  const holder = directory.findHolder(to);
  if (!holder || holder.deactivatedAt !== undefined) {
    throw new CaseCommandRejectedError('party', `${to} is not a known party or organisation`);
  }
  if (holder.kind === 'organisation') {
    if (by.role !== 'coordinator' && by.role !== 'admin') {
      throw new CaseCommandRejectedError('party', 'only the working group forwards a case to an organisation');
    }
    if (organisationOfHolder(to) === reporterOrganisation) {
      throw new CaseCommandRejectedError('party', 'is the reporting organisation itself');
    }
  }
  return holder.serviceLevel;
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
  return directory.holder(party).serviceLevel;
}
