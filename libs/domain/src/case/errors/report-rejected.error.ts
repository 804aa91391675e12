import { DomainError } from '../../errors/domain-error';

/** A report that is well-formed but does not fit the taxonomy, the directory or the caller. */
export class ReportRejectedError extends DomainError {
  readonly code = 'REPORT_REJECTED';
  readonly kind = 'validation';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
