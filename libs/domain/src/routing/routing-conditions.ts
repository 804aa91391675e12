import {
  INTEGRATIONS,
  ORGANISATION_TYPES,
  type Integration,
  type OrganisationType,
} from '../directory/directory.types';
import { TAXONOMY } from '../taxonomy/taxonomy';

/**
 * When a routing rule applies. Every field left out matches anything, so an empty condition matches
 * every case (the catch-all that ends a table). The API's rule type (`@lagspill/contracts`) has this shape.
 */
export interface RoutingCondition {
  readonly category?: string;
  readonly subcategories?: readonly string[];
  readonly organisationTypes?: readonly OrganisationType[];
  readonly integration?: Integration;
}

/** What a case is matched on: the report's classification and the reporting organisation's type and system. */
export interface RoutingFacts {
  readonly category: string;
  readonly subcategory: string;
  readonly organisationType: OrganisationType;
  readonly integration: Integration;
}

/** Whether a case meets every condition given. */
export function routingConditionMatches(when: RoutingCondition, facts: RoutingFacts): boolean {
  return (
    (when.category === undefined || when.category === facts.category) &&
    (when.subcategories === undefined || when.subcategories.includes(facts.subcategory)) &&
    (when.organisationTypes === undefined || when.organisationTypes.includes(facts.organisationType)) &&
    (when.integration === undefined || when.integration === facts.integration)
  );
}

/** A condition that matches every case: it must end the table, and nothing after it could match. */
export function isCatchAllCondition(when: RoutingCondition): boolean {
  return (
    when.category === undefined &&
    when.subcategories === undefined &&
    when.organisationTypes === undefined &&
    when.integration === undefined
  );
}

/**
 * Every kind of case a rule can tell apart: each subcategory of the taxonomy (with its category), from
 * each type of organisation, on each integration. Finite and small (some 1,300), so what a table does
 * can be decided by trying them all rather than by reasoning about overlaps of lists.
 */
export const ROUTING_FACT_SPACE: readonly RoutingFacts[] = TAXONOMY.flatMap((category) =>
  category.subcategories.flatMap((subcategory) =>
    ORGANISATION_TYPES.flatMap((organisationType) =>
      INTEGRATIONS.map((integration) => ({
        category: category.code,
        subcategory: subcategory.code,
        organisationType,
        integration,
      })),
    ),
  ),
);

/** A rule that can never match because rules before it take every case it would. */
export interface ShadowedRoutingRule {
  /** Its position in the table (0-based, as in `rules.3`). */
  readonly index: number;
  /**
   * The earlier rules that take its cases: the first earlier rule that alone is at least as broad, when
   * there is one; otherwise those that between them take every one of its cases, in table order.
   */
  readonly shadowedBy: readonly number[];
}

/**
 * The rules of a table that can never decide a case, because the first match wins and earlier rules
 * catch all their cases (docs/decisions/0020). Decided over every kind of case the taxonomy and the
 * directory's types allow (`ROUTING_FACT_SPACE`), so it is exact: a partial overlap is not shadowing,
 * while several earlier rules that between them catch all of a rule's cases are. The last rule is never
 * reported: a table must end with a catch-all, which stays as
 * the safety net for categories added later even when the rules above it cover the taxonomy of today.
 * A rule that matches no case at all (a subcategory of another category) is a validation problem, not
 * shadowing, and is left to that check.
 */
export function shadowedRoutingRules(
  rules: readonly { readonly when: RoutingCondition }[],
  space: readonly RoutingFacts[] = ROUTING_FACT_SPACE,
): ShadowedRoutingRule[] {
  const firstMatch = space.map((facts) => rules.findIndex((rule) => routingConditionMatches(rule.when, facts)));
  const shadowed: ShadowedRoutingRule[] = [];
  rules.forEach((rule, index) => {
    if (index === rules.length - 1) return;
    const cases = space.flatMap((facts, at) => (routingConditionMatches(rule.when, facts) ? [at] : []));
    if (cases.length === 0 || cases.some((at) => firstMatch[at] === index)) return;
    const broader = rules
      .slice(0, index)
      .findIndex((earlier) => cases.every((at) => routingConditionMatches(earlier.when, space[at])));
    const shadowedBy = broader >= 0 ? [broader] : [...new Set(cases.map((at) => firstMatch[at]))].sort((a, b) => a - b);
    shadowed.push({ index, shadowedBy });
  });
  return shadowed;
}
