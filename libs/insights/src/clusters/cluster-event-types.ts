import { CLUSTER_EVENT_SCHEMA_VERSIONS, upcastClusterDecisionV1 } from '@lagspill/domain';
import type { EventTypeDefinition } from '@lagspill/event-store';

/**
 * `cluster.confirmed` and `cluster.rejected` with their upcaster from version 1 (no region: Helse Nord's).
 * Registered on the store's registry by every reader of the cluster streams, before it reads.
 */
export const CLUSTER_EVENT_TYPES: readonly EventTypeDefinition[] = Object.entries(CLUSTER_EVENT_SCHEMA_VERSIONS).map(
  ([type, schemaVersion]) => ({ type, schemaVersion, upcasters: { 1: upcastClusterDecisionV1 } }),
);
