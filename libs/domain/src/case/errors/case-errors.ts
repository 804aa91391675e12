import { DomainError } from '../../errors/domain-error';
import type { CaseStatus } from '../case-status';

export class CaseNotFoundError extends DomainError {
  readonly code = 'CASE_NOT_FOUND';
  readonly kind = 'not-found';
  constructor(readonly caseId: string) {
    super(`No case ${caseId}`);
  }
}

export class CaseAlreadyReportedError extends DomainError {
  readonly code = 'CASE_ALREADY_REPORTED';
  readonly kind = 'conflict';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} has already been reported`);
  }
}

/** The command does not apply to a case in this status (e.g. resolving a closed case). */
export class InvalidCaseTransitionError extends DomainError {
  readonly code = 'INVALID_CASE_TRANSITION';
  readonly kind = 'conflict';
  constructor(
    readonly command: string,
    readonly status: CaseStatus,
  ) {
    super(`A case that is ${status} cannot take ${command}`);
  }
}

export class CaseClosedError extends DomainError {
  readonly code = 'CASE_CLOSED';
  readonly kind = 'conflict';
  constructor(readonly command: string) {
    super(`The case is closed and takes no ${command}`);
  }
}

/** Only the party the case is routed to (or a coordinator, where allowed) may do this. */
export class NotCurrentPartyError extends DomainError {
  readonly code = 'NOT_CURRENT_PARTY';
  readonly kind = 'forbidden';
  constructor(readonly command: string) {
    super(`Only the party the case is routed to may ${command}`);
  }
}

/** Only the reporting organisation (or a coordinator, where allowed) may do this. */
export class NotReportingOrganisationError extends DomainError {
  readonly code = 'NOT_REPORTING_ORGANISATION';
  readonly kind = 'forbidden';
  constructor(readonly command: string) {
    super(`Only the organisation that reported the case may ${command}`);
  }
}

/** Only the working group (coordinators) or an admin may do this. */
export class NotWorkingGroupError extends DomainError {
  readonly code = 'NOT_WORKING_GROUP';
  readonly kind = 'forbidden';
  constructor(readonly command: string) {
    super(`Only the working group may ${command}`);
  }
}

export class InvalidForwardError extends DomainError {
  readonly code = 'INVALID_FORWARD';
  readonly kind = 'unprocessable';
  constructor(readonly party: string) {
    super(`The case is already with ${party}`);
  }
}

export class InvalidIdentitySharingError extends DomainError {
  readonly code = 'INVALID_IDENTITY_SHARING';
  readonly kind = 'conflict';
  constructor(reason: string) {
    super(reason);
  }
}

export class InvalidLinkError extends DomainError {
  readonly code = 'INVALID_LINK';
  readonly kind = 'unprocessable';
  constructor(reason: string) {
    super(reason);
  }
}

export class SlaNotBreachedError extends DomainError {
  readonly code = 'SLA_NOT_BREACHED';
  readonly kind = 'conflict';
  constructor(readonly kindOfClock: string) {
    super(`The ${kindOfClock} clock has not run out, is paused, or was already recorded as breached`);
  }
}
