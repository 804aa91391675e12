import { FieldRejectedError } from '../../errors/field-rejected.error';

/** A report that is well-formed but does not fit the taxonomy, the directory or the caller. */
export class ReportRejectedError extends FieldRejectedError {
  readonly code = 'REPORT_REJECTED';

  constructor(field: string, message: string) {
    super(field, `${field}: ${message}`);
  }
}
