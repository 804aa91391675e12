import type { RoutingDryRunChange, RoutingDryRunTarget, RoutingRule } from '@lagspill/contracts';
import type { Directory } from '@lagspill/domain';
import { routeReport } from '../rules/route-report';
import type { ReportedCase } from './reported-case.repository';

/** How far back a dry run looks. */
export const DRY_RUN_DAYS = 90;
/** How many changed cases a dry run shows. */
export const DRY_RUN_SAMPLE_SIZE = 20;

export interface DryRunComparison {
  readonly cases: number;
  readonly changed: number;
  readonly targets: RoutingDryRunTarget[];
  readonly sample: RoutingDryRunChange[];
}

/**
 * Routes each case again by the table in force in its region now and by the proposed one, exactly as
 * the router would (`routeReport`, against today's directory), and compares where they go. Cases whose
 * organisation the directory no longer knows cannot be routed and are left out. `cases` newest first:
 * the sample is the most recent changes.
 */
export function compareRoutings(
  cases: readonly ReportedCase[],
  currentRules: (region: string) => readonly RoutingRule[],
  proposedRules: readonly RoutingRule[],
  directory: Directory,
  sampleSize = DRY_RUN_SAMPLE_SIZE,
): DryRunComparison {
  const counts = new Map<string, { current: number; proposed: number }>();
  const count = (party: string, table: 'current' | 'proposed') => {
    const entry = counts.get(party) ?? { current: 0, proposed: 0 };
    entry[table] += 1;
    counts.set(party, entry);
  };
  const sample: RoutingDryRunChange[] = [];
  let routed = 0;
  let changed = 0;
  for (const reported of cases) {
    const organisation = directory.findOrganisation(reported.organisation);
    if (!organisation) continue;
    const current = currentRules(directory.regionOf(organisation.id));
    const before = routeReport(reported, organisation, current, directory);
    const after = routeReport(reported, organisation, proposedRules, directory);
    routed += 1;
    count(before.party, 'current');
    count(after.party, 'proposed');
    if (before.party === after.party) continue;
    changed += 1;
    if (sample.length < sampleSize) {
      sample.push({
        caseId: reported.caseId,
        reference: reported.reference,
        category: reported.category,
        subcategory: reported.subcategory,
        reportedAt: reported.reportedAt,
        current: { party: before.party, rule: positionOf(current, before.rule) },
        proposed: { party: after.party, rule: positionOf(proposedRules, after.rule) },
      });
    }
  }
  const targets = [...counts]
    .map(([party, { current, proposed }]) => ({ party, current, proposed }))
    .sort(
      (a, b) => Math.max(b.current, b.proposed) - Math.max(a.current, a.proposed) || a.party.localeCompare(b.party),
    );
  return { cases: routed, changed, targets, sample };
}

/** The rule's place in its table; -1 for the triage the router falls back to when a table has no catch-all. */
function positionOf(rules: readonly RoutingRule[], id: string): number {
  return rules.findIndex((rule) => rule.id === id);
}
