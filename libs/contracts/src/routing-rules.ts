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
  /**
   * Publish even though some rules can never match (earlier rules catch all their cases); without it
   * such a table is refused with 422 `SHADOWED_RULES`, naming each of them (decision 0020).
   */
  readonly confirmShadowed?: boolean;
}

/** POST /api/routing/…/rules/dry-run: the table one would publish. */
export type RoutingDryRunRequest = Pick<RoutingRulesRequest, 'rules'>;

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

/** A rule of a proposed table that can never match, and the earlier rules that take its cases. */
export interface ShadowedRoutingRuleView {
  /** Its position in the table (0-based, as in `rules.3`). */
  readonly index: number;
  readonly rule: string;
  /** The first earlier rule that alone is at least as broad; else those that catch its cases between them. */
  readonly shadowedBy: readonly { readonly index: number; readonly rule: string }[];
}

/** How many of the cases tried one party would have got under each table. */
export interface RoutingDryRunTarget {
  readonly party: string;
  /** Under the table in force now. */
  readonly current: number;
  /** Under the proposed table. */
  readonly proposed: number;
}

/** A case the proposed table would have sent elsewhere: no free text, only what says where it went. */
export interface RoutingDryRunChange {
  readonly caseId: string;
  readonly reference: string;
  readonly category: string;
  readonly subcategory: string;
  readonly reportedAt: string;
  readonly current: { readonly party: string; readonly rule: number };
  /** `rule`: the position (0-based) of the rule that matched in its table. */
  readonly proposed: { readonly party: string; readonly rule: number };
}

/**
 * POST /api/routing/…/rules/dry-run: how the cases of the last `days` days from the table's region(s)
 * would have been routed by the proposed table, against the table in force now. Nothing is stored.
 */
export interface RoutingDryRun {
  /** The table tried: a region, or null for the national defaults. */
  readonly region: string | null;
  /** Whose cases were tried: the region, or for the national defaults every region without a table of its own. */
  readonly regions: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly cases: number;
  readonly changed: number;
  /** Every party either table sends a case to, most cases first. */
  readonly targets: readonly RoutingDryRunTarget[];
  /** The most recently reported of the changed cases, newest first. */
  readonly sample: readonly RoutingDryRunChange[];
  readonly shadowed: readonly ShadowedRoutingRuleView[];
}
