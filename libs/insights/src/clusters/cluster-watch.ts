import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { eventTypeDefinition, newEvent } from '@lagspill/contracts';
import {
  Clock,
  CLUSTER_SUGGESTED,
  clusterSuggestionStreamId,
  type ClusterSuggestedData,
  type ClusterSuggestion,
} from '@lagspill/domain';
import { EventStore, EventTypeRegistry, StreamVersionConflictError } from '@lagspill/event-store';
import { ScheduledJob } from '@lagspill/platform';
import { INSIGHTS_OPTIONS, type InsightsOptions } from '../insights.options';
import { ClusterFinder } from './cluster-finder';

const DAY_MS = 86_400_000;
const ACTOR = { id: 'lagspill-insights', role: 'system' } as const;
export const DEFAULT_CLUSTER_WATCH_INTERVAL_MS = 60_000;

/**
 * Looks for new cluster suggestions and records each once as `cluster.suggested`, so the working group
 * can be told. Only sudden ones count (as many organisations within one day as a cluster needs): a busy
 * system forms slow suggestions in ordinary traffic every week, and a mail for each would be noise.
 */
@Injectable()
export class ClusterWatch extends ScheduledJob implements OnModuleInit {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(EventTypeRegistry) private readonly registry: EventTypeRegistry,
    @Inject(ClusterFinder) private readonly finder: ClusterFinder,
    @Inject(INSIGHTS_OPTIONS) options: InsightsOptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super(
      'Looking for new cluster suggestions',
      () => options.clusterWatchIntervalMs ?? DEFAULT_CLUSTER_WATCH_INTERVAL_MS,
    );
  }

  protected runScheduled(): Promise<string[]> {
    return this.look();
  }

  onModuleInit(): void {
    this.registry.register(eventTypeDefinition(CLUSTER_SUGGESTED));
  }

  /** One look over the last cluster window; returns the ids of the suggestions it recorded. */
  async look(now: Date = this.clock.now()): Promise<string[]> {
    const { rule } = this.finder;
    const from = new Date(now.getTime() - rule.windowDays * DAY_MS);
    const sudden = (await this.finder.find(from, now)).filter((s) => s.peakDayOrganisations >= rule.minOrganisations);
    const recorded: string[] = [];
    for (const suggestion of sudden) {
      if (await this.record(suggestion, now)) recorded.push(suggestion.id);
    }
    return recorded;
  }

  private async record(suggestion: ClusterSuggestion, now: Date): Promise<boolean> {
    const stream = clusterSuggestionStreamId(suggestion.id);
    if ((await this.store.streamVersion(stream)) > 0) return false;
    const data: ClusterSuggestedData = {
      clusterId: suggestion.id,
      system: suggestion.system,
      category: suggestion.category,
      subcategory: suggestion.subcategory,
      organisations: suggestion.organisations.length,
      reports: suggestion.reports.length,
      regions: suggestion.regions,
      firstReportedAt: suggestion.firstReportedAt,
      at: now.toISOString(),
    };
    try {
      await this.store.append(stream, 0, [{ ...newEvent(CLUSTER_SUGGESTED, data), metadata: { actor: ACTOR } }]);
      return true;
    } catch (error) {
      // Another process recorded it a moment earlier.
      if (error instanceof StreamVersionConflictError) return false;
      throw error;
    }
  }
}
