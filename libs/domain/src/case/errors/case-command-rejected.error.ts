import { DomainError } from '../../errors/domain-error';

/** A case command that is well-formed but names something the directory does not know. */
export class CaseCommandRejectedError extends DomainError {
  readonly code = 'CASE_COMMAND_REJECTED';
  readonly kind = 'validation';

  constructor(
    readonly field: string,
    message: string,
  ) {
    // The message is what the problem's field error says, so it is written to read on its own.
    super(message);
  }
}
