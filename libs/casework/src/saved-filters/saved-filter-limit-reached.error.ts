import { DomainError } from '@lagspill/domain';

/** The person has as many saved filters as anyone may keep. */
export class SavedFilterLimitReachedError extends DomainError {
  readonly code = 'SAVED_FILTER_LIMIT_REACHED';
  readonly kind = 'conflict';

  constructor(readonly limit: number) {
    super(`You have ${limit} saved filters, as many as one person may keep; delete one first`);
  }
}
