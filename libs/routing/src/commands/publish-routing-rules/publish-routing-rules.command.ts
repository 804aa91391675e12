import type { RoutingRule } from '@lagspill/contracts';
import type { Caller } from '@lagspill/auth';

export class PublishRoutingRulesCommand {
  constructor(
    readonly caller: Caller,
    readonly rules: readonly RoutingRule[],
    /** The table version the coordinator edited (If-Match); absent: publish over whatever is there. */
    readonly expectedVersion: number | undefined,
    readonly correlationId: string,
  ) {}
}
