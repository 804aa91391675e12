import { DomainError } from '@lagspill/domain';

/**
 * A valid token for someone Lagspill's directory does not know: authenticated, but not a user here. Not
 * a dead end: they may ask for access at POST /api/enrolment-requests.
 */
export class UnknownUserError extends DomainError {
  readonly code = 'UNKNOWN_USER';
  readonly kind = 'forbidden';

  constructor(readonly subject: string) {
    super(
      `Unknown user: the token's subject ${subject} is not in Lagspill's directory. Ask for access with POST /api/enrolment-requests`,
    );
  }
}
