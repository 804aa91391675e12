import { ROUTE_TARGETS } from '@lagspill/domain';
import type { RoutingRule, RoutingRuleTarget } from '../../api/types';

/** Rule table edits, pure so they can be tested: each returns a new table. */

export function moveRule(rules: readonly RoutingRule[], index: number, by: -1 | 1): RoutingRule[] {
  const to = index + by;
  if (to < 0 || to >= rules.length) return [...rules];
  const next = [...rules];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
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
