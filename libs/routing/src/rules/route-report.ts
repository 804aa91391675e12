import type { RoutingRule } from '@lagspill/contracts';
import type { CaseReportedData, Directory, Organisation, ServiceLevel } from '@lagspill/domain';
import { resolveRouteTarget } from '../targets/resolve-route-target';
import { DEFAULT_ROUTING_RULES } from './default-routing-rules';
import { matchRoutingRule } from './match-routing-rule';

/** Used only if a table somehow lacks a catch-all: the default table's last rule (triage). */
const TRIAGE = DEFAULT_ROUTING_RULES[DEFAULT_ROUTING_RULES.length - 1];

/** Where a reported case goes, by which rule, and the clock the party gets. */
export interface RouteDecision {
  readonly party: string;
  /** The id of the rule that matched. */
  readonly rule: string;
  readonly serviceLevel: ServiceLevel;
  /** Set when the rule's target could not be resolved and the case went to the working group instead. */
  readonly fallback?: string;
}

/**
 * The router's decision for one report, without I/O: the first rule of the table that matches (triage
 * if none does), its target resolved for the reporting organisation, and that party's service level.
 * Shared by the router and the demo-year seeder, so seeded cases are routed exactly as live ones.
 */
export function routeReport(
  report: Pick<CaseReportedData, 'category' | 'subcategory' | 'concerns'> & {
    readonly system: { readonly vendor: string };
  },
  organisation: Organisation,
  rules: readonly RoutingRule[],
  directory: Directory,
): RouteDecision {
  const rule =
    matchRoutingRule(rules, {
      category: report.category,
      subcategory: report.subcategory,
      organisationType: organisation.type,
      integration: organisation.system.integration,
    }) ?? TRIAGE;
  const resolved = resolveRouteTarget(
    rule.target,
    { organisation: organisation.id, systemVendor: report.system?.vendor, concerns: report.concerns },
    directory,
  );
  const party = directory.holder(resolved.party);
  return {
    party: party.id,
    rule: rule.id,
    serviceLevel: party.serviceLevel,
    ...(resolved.fallback ? { fallback: resolved.fallback } : {}),
  };
}
