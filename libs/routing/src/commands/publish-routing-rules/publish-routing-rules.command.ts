import type { RoutingRule } from '@lagspill/contracts';
import type { Caller } from '@lagspill/auth';
import type { RuleTableTarget } from '../../rules/rule-table-ownership';

export class PublishRoutingRulesCommand {
  constructor(
    readonly caller: Caller,
    readonly rules: readonly RoutingRule[],
    /** The table version the coordinator edited (If-Match); absent: publish over whatever is there. */
    readonly expectedVersion: number | undefined,
    readonly table: RuleTableTarget = 'caller',
    /** The publisher has seen that some rules can never match, and publishes anyway. */
    readonly confirmShadowed = false,
  ) {}
}
