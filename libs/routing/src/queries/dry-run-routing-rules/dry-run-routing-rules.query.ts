import type { RoutingRule } from '@lagspill/contracts';
import type { Caller } from '@lagspill/auth';
import type { RuleTableTarget } from '../../rules/rule-table-ownership';

export class DryRunRoutingRulesQuery {
  constructor(
    readonly caller: Caller,
    /** The proposed table, checked as a publication of it would be. */
    readonly rules: readonly RoutingRule[],
    readonly table: RuleTableTarget = 'caller',
  ) {}
}
