import { ROUTE_TARGETS } from '@lagspill/domain';
import type { RoutingRule, RoutingRuleTarget } from '../../api/types';
import { slugOfName } from '../login/newcomer';

/** Rule table edits, pure so they can be tested: each returns a new table. */

/** The rule at `from` moved to place `to` (both 0-based), the others keeping their order; out of range: unchanged. */
export function moveRuleTo(rules: readonly RoutingRule[], from: number, to: number): RoutingRule[] {
  if (from < 0 || from >= rules.length || to < 0 || to >= rules.length) return [...rules];
  const next = [...rules];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function moveRule(rules: readonly RoutingRule[], index: number, by: -1 | 1): RoutingRule[] {
  return moveRuleTo(rules, index, index + by);
}

/**
 * The rule with a new description. Ids are not shown (they stand in the cases' history): a rule the
 * published table does not have yet takes its id from its description, unique in the table; a published
 * rule keeps its id, so the history still names it.
 */
export function withDescription(
  rules: readonly RoutingRule[],
  index: number,
  description: string,
  publishedIds: ReadonlySet<string>,
): RoutingRule {
  const rule = rules[index];
  if (!rule) throw new Error(`No rule at ${index}`);
  if (publishedIds.has(rule.id)) return { ...rule, description };
  const taken = new Set(rules.filter((_, i) => i !== index).map((r) => r.id));
  const base = slugOfName(description) || 'ny-regel';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return { ...rule, id, description };
}

export function replaceRule(rules: readonly RoutingRule[], index: number, rule: RoutingRule): RoutingRule[] {
  return rules.map((current, i) => (i === index ? rule : current));
}

export function removeRule(rules: readonly RoutingRule[], index: number): RoutingRule[] {
  return rules.filter((_, i) => i !== index);
}

/** A new rule goes just before the last one, so the catch-all stays last. */
export function addRule(rules: readonly RoutingRule[]): RoutingRule[] {
  const taken = new Set(rules.map((r) => r.id));
  let n = 1;
  while (taken.has(`ny-regel-${n}`)) n += 1;
  const rule: RoutingRule = { id: `ny-regel-${n}`, description: 'Ny regel', when: {}, target: 'working-group' };
  const at = Math.max(0, rules.length - 1);
  return [...rules.slice(0, at), rule, ...rules.slice(at)];
}

/** The target as one select value: a kind (`vendor`) or `party:<id>`. */
export function targetValue(target: RoutingRuleTarget): string {
  return typeof target === 'string' ? target : `party:${target.party}`;
}

export function targetOf(value: string): RoutingRuleTarget {
  if (value.startsWith('party:')) return { party: value.slice('party:'.length) };
  const kind = ROUTE_TARGETS.find((target) => target === value);
  if (!kind) throw new Error(`Not a routing target: ${value}`);
  return kind;
}

/** The rule's conditions with empty ones left out, as the API wants them. */
export function withCondition<K extends keyof RoutingRule['when']>(
  rule: RoutingRule,
  key: K,
  value: RoutingRule['when'][K] | undefined,
): RoutingRule {
  const when: Record<string, unknown> = { ...rule.when };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete when[key];
  else when[key] = value;
  if (key === 'category') delete when.subcategories;
  return { ...rule, when };
}
