import { Inject, Injectable } from '@nestjs/common';
import { detectClusters, type ClusterRule, type ClusterSuggestion } from '@lagspill/domain';
import { INSIGHTS_OPTIONS, type InsightsOptions } from '../insights.options';
import { CaseFactsRepository } from '../facts/case-facts.repository';

const DAY_MS = 86_400_000;

/** Finds cluster suggestions among the reports of a period, by the configured rule. */
@Injectable()
export class ClusterFinder {
  constructor(
    @Inject(CaseFactsRepository) private readonly facts: CaseFactsRepository,
    @Inject(INSIGHTS_OPTIONS) private readonly options: InsightsOptions,
  ) {}

  get rule(): ClusterRule {
    return { windowDays: this.options.clusterWindowDays, minOrganisations: 3 };
  }

  async find(from: Date, to: Date): Promise<ClusterSuggestion[]> {
    return detectClusters(await this.facts.clusterCandidates(from, to, this.rule.minOrganisations), this.rule);
  }

  /**
   * The suggestion with this id as it stands now. Its id comes from its first report, so it is looked for
   * among the reports of the last `lookBackDays` (a suggestion older than that is history, not news).
   */
  async findOne(id: string, now: Date, lookBackDays = 365): Promise<ClusterSuggestion | undefined> {
    const found = await this.find(new Date(now.getTime() - lookBackDays * DAY_MS), new Date(now.getTime() + 1));
    return found.find((suggestion) => suggestion.id === id);
  }
}
