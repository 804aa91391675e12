import { DomainError } from '@lagspill/domain';
import type { RuleTableProblem } from './routing-rule-table-problems';

/**
 * A table with rules that can never match, published without saying so was meant (`confirmShadowed`).
 * The table is well-formed, so this is no validation error: it is refused until confirmed (decision 0020).
 */
export class ShadowedRulesError extends DomainError {
  readonly code = 'SHADOWED_RULES';
  readonly kind = 'unprocessable';

  constructor(readonly errors: readonly RuleTableProblem[]) {
    super(
      `${errors.length === 1 ? 'A rule' : `${errors.length} rules`} can never match, because earlier rules catch every ` +
        'case they would; publish with "confirmShadowed": true to publish the table anyway',
    );
  }
}
