import { DomainError } from '../errors/domain-error';

export class IncidentNotFoundError extends DomainError {
  readonly code = 'INCIDENT_NOT_FOUND';
  readonly kind = 'not-found';
  constructor(readonly incidentId: string) {
    super(`No incident ${incidentId}`);
  }
}

export class IncidentAlreadyDeclaredError extends DomainError {
  readonly code = 'INCIDENT_ALREADY_DECLARED';
  readonly kind = 'conflict';
  constructor(readonly incidentId: string) {
    super(`Incident ${incidentId} has already been declared`);
  }
}

/** Only coordinators and the incident's own party speak for it; only linked organisations acknowledge. */
export class NotIncidentParticipantError extends DomainError {
  readonly code = 'NOT_INCIDENT_PARTICIPANT';
  readonly kind = 'forbidden';
  constructor(readonly command: string) {
    super(`Only those taking part in the incident may ${command}`);
  }
}

export class IncidentUpdateNotFoundError extends DomainError {
  readonly code = 'INCIDENT_UPDATE_NOT_FOUND';
  readonly kind = 'not-found';
  constructor(readonly updateId: string) {
    super(`The incident has no update ${updateId}`);
  }
}

export class UpdateAlreadyAcknowledgedError extends DomainError {
  readonly code = 'UPDATE_ALREADY_ACKNOWLEDGED';
  readonly kind = 'conflict';
  constructor(
    readonly updateId: string,
    readonly organisation: string,
  ) {
    super(`${organisation} has already acknowledged update ${updateId}`);
  }
}

export class ClusterAlreadyDecidedError extends DomainError {
  readonly code = 'CLUSTER_ALREADY_DECIDED';
  readonly kind = 'conflict';
  constructor(
    readonly clusterId: string,
    readonly decision: string,
  ) {
    super(`Cluster ${clusterId} has already been ${decision}`);
  }
}

export class NotCoordinatorError extends DomainError {
  readonly code = 'NOT_COORDINATOR';
  readonly kind = 'forbidden';
  constructor(readonly command: string) {
    super(`Only a coordinator may ${command}`);
  }
}

export class ClusterNotFoundError extends DomainError {
  readonly code = 'CLUSTER_NOT_FOUND';
  readonly kind = 'not-found';
  constructor(readonly clusterId: string) {
    super(`No cluster suggestion ${clusterId}`);
  }
}
