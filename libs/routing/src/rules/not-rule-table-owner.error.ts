import { DomainError } from '@lagspill/domain';

/**
 * A region's rule table is its coordinators' to publish, the national defaults an admin's. The tables
 * themselves are no secret (everyone may read them), so this is a refusal, not a pretended absence.
 */
export class NotRuleTableOwnerError extends DomainError {
  readonly code = 'NOT_RULE_TABLE_OWNER';
  readonly kind = 'forbidden';

  constructor(readonly region: string | null) {
    super(
      region === null
        ? 'Only an admin may publish the national routing rules'
        : `Only the coordinators of ${region} may publish its routing rules`,
    );
  }
}
