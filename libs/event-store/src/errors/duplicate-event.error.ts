import { DomainError } from '@lagspill/domain';

/** Raised when an event id is appended a second time; nothing was written. */
export class DuplicateEventError extends DomainError {
  readonly code = 'DUPLICATE_EVENT';
  readonly kind = 'conflict';

  constructor(readonly streamId: string) {
    super(`An event appended to ${streamId} has an id that is already in the store`);
  }
}
