import { DomainError } from '@lagspill/domain';

export class InvalidIfMatchError extends DomainError {
  readonly code = 'INVALID_IF_MATCH';
  readonly kind = 'validation';
  constructor(readonly value: string) {
    super('If-Match must be one version of the case, as its ETag gave it: "<version>"');
  }
}
