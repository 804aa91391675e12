import type { ActorRef, Integration, OrganisationType, RouteTarget } from '@lagspill/domain';

/** GET and PUT /api/routing/rules: the ordered rule table; the first rule a report matches decides. */

/** Where a rule sends a case: a kind of party found from the report, or one named party. */
export type RoutingRuleTarget = RouteTarget | { readonly party: string };

/** What a case must have for a rule to apply; an absent field matches anything, an empty `when` everything. */
export interface RoutingRuleCondition {
  readonly category?: string;
  readonly subcategories?: readonly string[];
  readonly organisationTypes?: readonly OrganisationType[];
  readonly integration?: Integration;
}

export interface RoutingRule {
  readonly id: string;
  readonly description: string;
  readonly when: RoutingRuleCondition;
  readonly target: RoutingRuleTarget;
}

/** The rule table in force: the last published one, or the default (version 0) when none was published. */
export interface RoutingRuleTable {
  /** The `routing-rules` stream's version this table came from; 0 for the default. */
  readonly version: number;
  readonly source: 'default' | 'published';
  readonly publishedAt?: string;
  readonly publishedBy?: Pick<ActorRef, 'username' | 'name' | 'role'>;
  readonly rules: readonly RoutingRule[];
}
