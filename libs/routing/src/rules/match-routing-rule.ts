import type { RoutingRule, RoutingRuleCondition } from '@lagspill/contracts';
import type { RoutingFacts } from './routing-rule';

/** A rule without conditions: it matches every case, so it must be the table's last. */
export function isCatchAll(rule: Pick<RoutingRule, 'when'>): boolean {
  const { category, subcategories, organisationTypes, integration } = rule.when;
  return (
    category === undefined &&
    subcategories === undefined &&
    organisationTypes === undefined &&
    integration === undefined
  );
}

export function matches(when: RoutingRuleCondition, facts: RoutingFacts): boolean {
  return (
    (when.category === undefined || when.category === facts.category) &&
    (when.subcategories === undefined || when.subcategories.includes(facts.subcategory)) &&
    (when.organisationTypes === undefined || when.organisationTypes.includes(facts.organisationType)) &&
    (when.integration === undefined || when.integration === facts.integration)
  );
}

/** The first rule in table order whose conditions the case meets; undefined only for a table without catch-all. */
export function matchRoutingRule(rules: readonly RoutingRule[], facts: RoutingFacts): RoutingRule | undefined {
  return rules.find((rule) => matches(rule.when, facts));
}
