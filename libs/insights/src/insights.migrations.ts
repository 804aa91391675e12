import { CaseFactsFold21796691600000 } from './schema/case-facts-fold-2.migration';
import { ClusterDecisionRegion1796432400000 } from './schema/cluster-decision-region.migration';
import { InsightsSchema1763900000000 } from './schema/insights-schema.migration';

/** Every migration of the insights context, oldest first. */
export const INSIGHTS_MIGRATIONS = [
  InsightsSchema1763900000000,
  ClusterDecisionRegion1796432400000,
  CaseFactsFold21796691600000,
];
