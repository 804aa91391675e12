import { DomainError } from './domain-error';

/**
 * Input that is well-formed but breaks a domain rule about one field (the HTTP layer reports it as that
 * field's validation error). `message` is what the field error says, written to read on its own.
 */
export abstract class FieldRejectedError extends DomainError {
  readonly kind = 'validation';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
