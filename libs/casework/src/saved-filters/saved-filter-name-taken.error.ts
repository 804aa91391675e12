import { DomainError } from '@lagspill/domain';

/** The person has a filter of that name already: saving would leave two they cannot tell apart. */
export class SavedFilterNameTakenError extends DomainError {
  readonly code = 'SAVED_FILTER_NAME_TAKEN';
  readonly kind = 'conflict';
  /** Reported as the field's error (ProblemDetailsFilter). */
  readonly field = 'name';

  constructor(name: string) {
    super(`You have a saved filter named «${name}» already: choose another name, or delete that one first`);
  }
}
