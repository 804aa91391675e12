import { DomainError } from '@lagspill/domain';

/** A change to a case must say which version it was based on (`If-Match: "<version>"`). */
export class IfMatchRequiredError extends DomainError {
  readonly code = 'IF_MATCH_REQUIRED';
  readonly kind = 'precondition-required';
  constructor() {
    super('Send If-Match: "<version>" with the version of the case from your last read');
  }
}
