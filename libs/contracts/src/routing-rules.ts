import type { ActorRef, Integration, OrganisationType, RouteTarget } from '@lagspill/domain';

/** GET and PUT /api/routing/…/rules: an ordered rule table; the first rule a report matches decides. */

/** Where a rule sends a case: a kind of party found from the report, or one named party. */
export type RoutingRuleTarget = RouteTarget | { readonly party: string };

/** What a case must have for a rule to apply; an absent field matches anything, an empty `when` everything. */
export interface RoutingRuleCondition {
  readonly category?: string;
  readonly subcategories?: readonly string[];
  readonly organisationTypes?: readonly OrganisationType[];
  readonly integration?: Integration;
}

/** PUT /api/routing/…/rules: the whole table, in order; the last rule matches every case. */
export interface RoutingRulesRequest {
  readonly rules: readonly RoutingRule[];
}

export interface RoutingRule {
  readonly id: string;
  readonly description: string;
  readonly when: RoutingRuleCondition;
  readonly target: RoutingRuleTarget;
}

/**
 * Where the rules of a table come from: the table's own publication (`published`), the published national
 * defaults a region without a table of its own uses (`national`), or the defaults built from the taxonomy
 * while nothing has been published (`default`).
 */
export type RoutingRuleTableSource = 'default' | 'national' | 'published';

/**
 * A rule table: a region's (routing the cases reported from that region), or the national defaults
 * (`region: null`) that every region without a table of its own uses.
 */
export interface RoutingRuleTable {
  /** The region whose table this is, or null for the national defaults. */
  readonly region: string | null;
  /**
   * What If-Match names when this table is published over: the `routing-rules` stream's version of this
   * table's own last publication; 0 while it has none (the default, or a region using the national rules).
   */
  readonly version: number;
  readonly source: RoutingRuleTableSource;
  /** When and by whom the rules shown were published (for `national`: the national defaults). */
  readonly publishedAt?: string;
  readonly publishedBy?: Pick<ActorRef, 'username' | 'name' | 'role'>;
  readonly rules: readonly RoutingRule[];
}
