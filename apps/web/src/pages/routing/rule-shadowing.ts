import { isCatchAllCondition, shadowedRoutingRules } from '@lagspill/domain';
import type { RoutingRule } from '../../api/types';

/** A rule that can never match, said in Norwegian by its place and description (never its id). */
export interface ShadowWarning {
  /** The rule's place in the table, 0-based. */
  readonly index: number;
  readonly text: string;
}

/**
 * The rules of the table being edited that can never match, as the server decides it when publishing
 * (the same domain function). Left empty while the catch-all is not last: the server refuses that table
 * for that, and every rule after a misplaced catch-all would be warned about besides.
 */
export function shadowWarnings(rules: readonly RoutingRule[]): ShadowWarning[] {
  const catchAlls = rules.flatMap((rule, index) => (isCatchAllCondition(rule.when) ? [index] : []));
  if (catchAlls.length !== 1 || catchAlls[0] !== rules.length - 1) return [];
  const named = (index: number) => `regel ${index + 1} («${rules[index]?.description ?? ''}»)`;
  return shadowedRoutingRules(rules).map(({ index, shadowedBy }) => ({
    index,
    text:
      shadowedBy.length === 1
        ? `Regel ${index + 1} slår aldri til: ${named(shadowedBy[0] ?? 0)} står over og fanger alle sakene den gjelder.`
        : `Regel ${index + 1} slår aldri til: ${listed(shadowedBy.map(named))} står over og fanger til sammen alle sakene den gjelder.`,
  }));
}

/** "a, b og c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
