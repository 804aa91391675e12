import type { RoutingRule, RoutingRuleCondition } from '@lagspill/contracts';
import { isCatchAllCondition, routingConditionMatches } from '@lagspill/domain';
import type { RoutingFacts } from './routing-rule';

/** A rule without conditions: it matches every case, so it must be the table's last. */
export function isCatchAll(rule: Pick<RoutingRule, 'when'>): boolean {
  return isCatchAllCondition(rule.when);
}

/** The domain's one definition of a match, shared with the shadowing check and the web app's editor. */
export function matches(when: RoutingRuleCondition, facts: RoutingFacts): boolean {
  return routingConditionMatches(when, facts);
}

/** The first rule in table order whose conditions the case meets; undefined only for a table without catch-all. */
export function matchRoutingRule(rules: readonly RoutingRule[], facts: RoutingFacts): RoutingRule | undefined {
  return rules.find((rule) => matches(rule.when, facts));
}
