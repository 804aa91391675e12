import type { RoutingRule } from '@lagspill/contracts';
import type { Caller } from '@lagspill/auth';

/**
 * Whose table is published: the caller's own (`caller`: a coordinator's region, an admin's national
 * defaults), or the one named (`{region}`, null for the national defaults), which must be the caller's.
 */
export type RuleTableTarget = 'caller' | { readonly region: string | null };

export class PublishRoutingRulesCommand {
  constructor(
    readonly caller: Caller,
    readonly rules: readonly RoutingRule[],
    /** The table version the coordinator edited (If-Match); absent: publish over whatever is there. */
    readonly expectedVersion: number | undefined,
    readonly table: RuleTableTarget = 'caller',
  ) {}
}
