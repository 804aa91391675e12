import type { BoundedContext } from '@lagspill/platform';
import { CASE_FACTS_SUBSCRIPTION } from './facts/case-facts.projection';
import { INCIDENT_DELIVERY_SUBSCRIPTION } from './incidents/incident-delivery';
import { INCIDENT_SUBSCRIPTION } from './incidents/incident.projection';
import { INSIGHTS_MIGRATIONS } from './insights.migrations';
import { InsightsModule } from './insights.module';
import { CASE_STATUS_FEED_SUBSCRIPTION } from './publication/case-status-feed.projection';
import { INDICATOR_SNAPSHOT_SUBSCRIPTION } from './publication/indicator-snapshot.projection';

/** Insights as a deployable hosts it: indicators, cluster suggestions, incidents and the publication feeds. */
export const INSIGHTS_CONTEXT: BoundedContext = {
  name: 'insights',
  modules: (config) => [
    InsightsModule.forRoot({
      refreshIntervalMs: config.INDICATOR_REFRESH_INTERVAL_MS,
      clusterWindowDays: config.CLUSTER_WINDOW_DAYS,
    }),
  ],
  migrations: INSIGHTS_MIGRATIONS,
  subscriptions: [
    CASE_FACTS_SUBSCRIPTION,
    INCIDENT_SUBSCRIPTION,
    INCIDENT_DELIVERY_SUBSCRIPTION,
    CASE_STATUS_FEED_SUBSCRIPTION,
    INDICATOR_SNAPSHOT_SUBSCRIPTION,
  ],
};
