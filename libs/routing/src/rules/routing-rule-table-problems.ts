import type { RoutingRule } from '@lagspill/contracts';
import {
  findCategory,
  ORGANISATION_TYPES,
  ROUTE_TARGETS,
  shadowedRoutingRules,
  TAXONOMY,
  type ShadowedRoutingRule,
} from '@lagspill/domain';
import { isCatchAll } from './match-routing-rule';
import { INTEGRATIONS, isRouteTarget } from './routing-rule';

export interface RuleTableProblem {
  /** Path in the request body, e.g. `rules.3.target.party`. */
  readonly field: string;
  readonly message: string;
}

/** Ids used by more than one rule. */
export function duplicateRuleIds(rules: readonly Pick<RoutingRule, 'id'>[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of rules) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
}

/** Whether exactly the last rule matches everything: without it some cases match nothing, before it rules are dead. */
export function endsWithOneCatchAll(rules: readonly Pick<RoutingRule, 'when'>[]): boolean {
  return rules.length > 0 && rules.findIndex((r) => isCatchAll(r)) === rules.length - 1;
}

/** Whose table is checked: a fixed party must serve that region (or, for the national defaults, every one). */
export interface RuleTableScopeCheck {
  /** The region, or null for the national defaults. */
  readonly region: string | null;
  /** Whether the party serves the region: a national party, or one of that region. */
  readonly serves: (party: string) => boolean;
}

/**
 * Everything wrong with a rule table, by field: unknown codes, parties that do not exist or do not serve
 * the table's region, duplicate ids, and a missing or misplaced catch-all. Empty when the table may be
 * published.
 */
export function routingRuleTableProblems(
  rules: readonly RoutingRule[],
  partyExists: (id: string) => boolean,
  scope?: RuleTableScopeCheck,
): RuleTableProblem[] {
  const problems: RuleTableProblem[] = [];
  if (rules.length === 0) return [{ field: 'rules', message: 'rules must hold at least the catch-all rule' }];
  const duplicates = new Set(duplicateRuleIds(rules));
  rules.forEach((rule, index) => {
    const at = `rules.${index}`;
    if (duplicates.has(rule.id)) problems.push({ field: `${at}.id`, message: `rule id ${rule.id} is used twice` });
    problems.push(...conditionProblems(rule, at), ...targetProblems(rule, at, partyExists, scope));
    const catchAll = isCatchAll(rule);
    if (catchAll && index < rules.length - 1) {
      problems.push({ field: `${at}.when`, message: 'only the last rule may match every case' });
    }
    if (!catchAll && index === rules.length - 1) {
      problems.push({ field: `${at}.when`, message: 'the last rule must match every case (an empty when)' });
    }
  });
  return problems;
}

function conditionProblems({ when }: RoutingRule, at: string): RuleTableProblem[] {
  const problems: RuleTableProblem[] = [];
  const category = when.category === undefined ? undefined : findCategory(when.category);
  if (when.category !== undefined && !category) {
    problems.push({ field: `${at}.when.category`, message: `unknown category ${when.category}` });
  }
  const known = category ? category.subcategories : TAXONOMY.flatMap((c) => c.subcategories);
  for (const code of when.subcategories ?? []) {
    if (!known.some((s) => s.code === code)) {
      const where = when.category === undefined ? 'any category' : `category ${when.category}`;
      problems.push({ field: `${at}.when.subcategories`, message: `${code} is not a subcategory of ${where}` });
    }
  }
  if (when.subcategories !== undefined && when.subcategories.length === 0) {
    problems.push({ field: `${at}.when.subcategories`, message: 'subcategories, when given, must not be empty' });
  }
  if (when.organisationTypes !== undefined && when.organisationTypes.length === 0) {
    problems.push({
      field: `${at}.when.organisationTypes`,
      message: 'organisationTypes, when given, must not be empty',
    });
  }
  for (const type of when.organisationTypes ?? []) {
    if (!(ORGANISATION_TYPES as readonly string[]).includes(type)) {
      problems.push({ field: `${at}.when.organisationTypes`, message: `unknown organisation type ${type}` });
    }
  }
  if (when.integration !== undefined && !INTEGRATIONS.includes(when.integration)) {
    problems.push({ field: `${at}.when.integration`, message: `unknown integration ${when.integration}` });
  }
  return problems;
}

function targetProblems(
  rule: RoutingRule,
  at: string,
  partyExists: (id: string) => boolean,
  scope: RuleTableScopeCheck | undefined,
): RuleTableProblem[] {
  const { target } = rule;
  if (typeof target === 'string') {
    return isRouteTarget(target)
      ? []
      : [{ field: `${at}.target`, message: `target must be one of ${ROUTE_TARGETS.join(', ')} or {party}` }];
  }
  if (!partyExists(target.party)) {
    return [{ field: `${at}.target.party`, message: `no party ${target.party} in the directory` }];
  }
  if (scope && !scope.serves(target.party)) {
    const message =
      scope.region === null
        ? `party ${target.party} serves one region only; the national rules may name only national parties`
        : `party ${target.party} does not serve ${scope.region}; name a national party or one of ${scope.region}`;
    return [{ field: `${at}.target.party`, message }];
  }
  return [];
}

/**
 * The rules of a valid table that can never match (`shadowedRoutingRules`), one problem each, naming the
 * rule and the earlier ones that take its cases by position and id. Not part of
 * `routingRuleTableProblems`: such a table may be published, once the publisher confirms it.
 */
export function shadowedRuleProblems(
  rules: readonly RoutingRule[],
  shadowed: readonly ShadowedRoutingRule[] = shadowedRoutingRules(rules),
): RuleTableProblem[] {
  const name = (index: number) => `rules.${index} (${rules[index].id})`;
  return shadowed.map(({ index, shadowedBy }) => ({
    field: `rules.${index}`,
    message:
      shadowedBy.length === 1
        ? `${name(index)} can never match: the earlier ${name(shadowedBy[0])} catches every case it would`
        : `${name(index)} can never match: the earlier ${shadowedBy.map(name).join(', ')} catch every case it would between them`,
  }));
}
