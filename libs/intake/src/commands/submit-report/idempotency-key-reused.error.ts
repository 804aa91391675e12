import { DomainError } from '@lagspill/domain';

/** The same Idempotency-Key came back with a different report: refused, the first report stands. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'unprocessable';

  constructor() {
    super('This Idempotency-Key was already used for a different report');
  }
}
