import { ROUTE_TARGETS, type Integration, type OrganisationType, type RouteTarget } from '@lagspill/domain';

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

/** What rules are matched against: the report's classification and the reporter's organisation. */
export interface RoutingFacts {
  readonly category: string;
  readonly subcategory: string;
  readonly organisationType: OrganisationType;
  readonly integration: Integration;
}

export const INTEGRATIONS: readonly Integration[] = ['sfm-full', 'sfm-basis', 'own'];

export const isRouteTarget = (value: unknown): value is RouteTarget =>
  typeof value === 'string' && (ROUTE_TARGETS as readonly string[]).includes(value);

/** A rule target is a kind of party (`vendor`, …) or exactly `{ party: <id> }`. */
export function isRoutingRuleTarget(value: unknown): value is RoutingRuleTarget {
  if (isRouteTarget(value)) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'party' && typeof (value as { party: unknown }).party === 'string';
}
