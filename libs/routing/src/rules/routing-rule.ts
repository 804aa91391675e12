import type { RoutingRuleTarget } from '@lagspill/contracts';
import {
  INTEGRATIONS as DIRECTORY_INTEGRATIONS,
  ROUTE_TARGETS,
  type Integration,
  type RouteTarget,
  type RoutingFacts as DomainRoutingFacts,
} from '@lagspill/domain';

/** What rules are matched against: the report's classification and the reporter's organisation. */
export type RoutingFacts = DomainRoutingFacts;

export const INTEGRATIONS: readonly Integration[] = DIRECTORY_INTEGRATIONS;

export const isRouteTarget = (value: unknown): value is RouteTarget =>
  typeof value === 'string' && (ROUTE_TARGETS as readonly string[]).includes(value);

/** A rule target is a kind of party (`vendor`, …) or exactly `{ party: <id> }`. */
export function isRoutingRuleTarget(value: unknown): value is RoutingRuleTarget {
  if (isRouteTarget(value)) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'party' && typeof (value as { party: unknown }).party === 'string';
}
