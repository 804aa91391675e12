import { eventTypeDefinition } from '@lagspill/contracts';
import { upcastClusterDecisionV1 } from '@lagspill/domain';

/**
 * `cluster.confirmed` and `cluster.rejected` with their upcaster from version 1 (no region: Helse Nord's).
 * Registered on the store's registry by every reader of the cluster streams, before it reads.
 */
export const CLUSTER_EVENT_TYPES = [
  eventTypeDefinition('cluster.confirmed', upcastClusterDecisionV1),
  eventTypeDefinition('cluster.rejected', upcastClusterDecisionV1),
];
