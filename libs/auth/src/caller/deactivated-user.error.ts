import { DomainError } from '@lagspill/domain';

/** A person in the directory who was deactivated, or whose organisation or party was: refused at once. */
export class DeactivatedUserError extends DomainError {
  readonly code = 'DEACTIVATED_USER';
  readonly kind = 'forbidden';

  constructor(
    readonly username: string,
    readonly deactivated: 'person' | 'organisation' | 'party',
  ) {
    super(
      deactivated === 'person'
        ? `User ${username} is deactivated in Lagspill's directory`
        : `User ${username} acts for an ${deactivated === 'organisation' ? 'organisation' : 'party'} that is deactivated in Lagspill's directory`,
    );
  }
}
