import type { RoutingDryRun, RoutingRule, ShadowedRoutingRuleView } from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, Directory, shadowedRoutingRules } from '@lagspill/domain';
import { compareRoutings, DRY_RUN_DAYS } from '../../dry-run/dry-run-routing';
import { ReportedCaseRepository } from '../../dry-run/reported-case.repository';
import { publishableRuleTableScope } from '../../rules/publishable-rule-table';
import { RoutingRulesRepository } from '../../rules/routing-rules.repository';
import { DryRunRoutingRulesQuery } from './dry-run-routing-rules.query';

const DAY_MS = 86_400_000;

/**
 * What publishing a table would have done to the last 90 days: the cases reported from the regions the
 * table routes (a region's own; for the national defaults every region without a table of its own),
 * routed by the tables in force now and by the proposed one. Only who may publish the table may try it,
 * and only a table they could publish; nothing is stored.
 */
@Injectable()
export class DryRunRoutingRulesHandler {
  constructor(
    @Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository,
    @Inject(ReportedCaseRepository) private readonly reportedCases: ReportedCaseRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute({ caller, rules, table }: DryRunRoutingRulesQuery): Promise<RoutingDryRun> {
    const scope = publishableRuleTableScope(caller, rules, table, this.directory);
    const tables = await this.rules.tables();
    const regions = scope === null ? this.directory.regions().filter((region) => !tables.own(region)) : [scope];
    const to = this.clock.now();
    const from = new Date(to.getTime() - DRY_RUN_DAYS * DAY_MS);
    const organisations = this.directory.data.organisations
      .filter((organisation) => regions.includes(this.directory.regionOf(organisation.id)))
      .map((organisation) => organisation.id);
    const cases = await this.reportedCases.reportedBetween(from, to, organisations);
    const comparison = compareRoutings(cases, (region) => tables.table(region).rules, rules, this.directory);
    return {
      region: scope,
      regions,
      from: from.toISOString(),
      to: to.toISOString(),
      days: DRY_RUN_DAYS,
      ...comparison,
      shadowed: shadowedViews(rules),
    };
  }
}

function shadowedViews(rules: readonly RoutingRule[]): ShadowedRoutingRuleView[] {
  const ref = (index: number) => ({ index, rule: rules[index].id });
  return shadowedRoutingRules(rules).map(({ index, shadowedBy }) => ({
    ...ref(index),
    shadowedBy: shadowedBy.map(ref),
  }));
}
