import { DomainError } from '@lagspill/domain';

/** More cases match than one export holds: the caller narrows the list (a period, a status) instead. */
export class CaseExportTooLargeError extends DomainError {
  readonly code = 'CASE_EXPORT_TOO_LARGE';
  readonly kind = 'unprocessable';

  constructor(readonly limit: number) {
    super(
      `More than ${limit} cases match these filters, more than one export holds; ` +
        'narrow the list (from/to, status, party) and export it in parts',
    );
  }
}
