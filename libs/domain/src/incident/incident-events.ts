import type { ActorRef } from '../case/case-events';
import { keyedEventStream, streamKeyOf } from '../events/event-stream';
import type { RedactedText, ScreenedText } from '../privacy/screened-text';

/** The system several reports share: what makes them one fault rather than many. */
export interface SharedSystem {
  readonly vendor: string;
  readonly product: string;
  /** Absent when the reports did not say. */
  readonly version?: string;
}

export interface IncidentCase {
  readonly caseId: string;
  readonly organisation: string;
}

export interface IncidentDeclaredData {
  readonly incidentId: string;
  /** The cluster suggestion it was confirmed from. */
  readonly clusterId: string;
  /** Typed by the coordinator, shown to every linked organisation and copied into their cases. */
  readonly title: RedactedText;
  readonly system: SharedSystem;
  readonly category: string;
  readonly subcategory: string;
  /** The party that answers for the fault (the system's vendor, NHN, …). */
  readonly party: string;
  readonly regions: readonly string[];
  readonly cases: readonly IncidentCase[];
  readonly by: ActorRef;
  readonly at: string;
}

export interface IncidentUpdatePublishedData {
  readonly updateId: string;
  readonly body: ScreenedText;
  readonly by: ActorRef;
  readonly at: string;
}

/** Which linked cases got the update as a public comment, and which could not (closed). */
export interface IncidentUpdateDeliveredData {
  readonly updateId: string;
  readonly delivered: readonly string[];
  readonly skipped: readonly { readonly caseId: string; readonly reason: string }[];
  readonly at: string;
}

export interface IncidentUpdateAcknowledgedData {
  readonly updateId: string;
  readonly organisation: string;
  readonly by: ActorRef;
  readonly at: string;
}

export type IncidentEvent =
  | { readonly type: 'incident.declared'; readonly data: IncidentDeclaredData }
  | { readonly type: 'incident.update-published'; readonly data: IncidentUpdatePublishedData }
  | { readonly type: 'incident.update-delivered'; readonly data: IncidentUpdateDeliveredData }
  | { readonly type: 'incident.update-acknowledged'; readonly data: IncidentUpdateAcknowledgedData };

export const INCIDENT_EVENT_SCHEMA_VERSIONS: Readonly<Record<IncidentEvent['type'], number>> = {
  'incident.declared': 1,
  'incident.update-published': 1,
  'incident.update-delivered': 1,
  'incident.update-acknowledged': 1,
};

export interface ClusterDecidedData {
  readonly clusterId: string;
  /**
   * The region whose working group decided, for that region's reports of the cluster only (schema
   * version 2). Each region decides a suggestion that spans regions for itself.
   */
  readonly region: string;
  readonly by: ActorRef;
  readonly at: string;
}

/** What a region's working group decided about a cluster suggestion: an incident of its own, or none. */
export type ClusterEvent =
  | { readonly type: 'cluster.confirmed'; readonly data: ClusterDecidedData & { readonly incidentId: string } }
  | { readonly type: 'cluster.rejected'; readonly data: ClusterDecidedData & { readonly reason: RedactedText } };

export const CLUSTER_EVENT_SCHEMA_VERSIONS: Readonly<Record<ClusterEvent['type'], number>> = {
  'cluster.confirmed': 2,
  'cluster.rejected': 2,
};

/**
 * The region of every cluster decision of schema version 1 (no region): Lagspill ran in Helse Nord alone
 * and only coordinators decide, so each was Helse Nord's working group's (decision 0014).
 */
export const CLUSTER_DECISION_V1_REGION = 'helse-nord';

/** The data of a cluster decision of schema version 1: that of version 2 without `region`. */
export type ClusterDecisionV1Data<T extends ClusterEvent['type'] = ClusterEvent['type']> = Omit<
  Extract<ClusterEvent, { readonly type: T }>['data'],
  'region'
>;

/** `cluster.confirmed` / `cluster.rejected` version 1 → 2: decided by Helse Nord. */
export function upcastClusterDecisionV1<Data extends ClusterDecisionV1Data>(
  data: Data,
): Data & { readonly region: string } {
  return { region: CLUSTER_DECISION_V1_REGION, ...data };
}

export const INCIDENT_STREAM = keyedEventStream('incident', 'id');
export const incidentStreamId = INCIDENT_STREAM.id;
/** The incident of an event known to be an incident's (an incident event type). */
export const incidentIdOf = (event: { readonly streamId: string }): string => streamKeyOf(INCIDENT_STREAM, event);

export const CLUSTER_STREAM = keyedEventStream('cluster', 'id');
export const clusterStreamId = CLUSTER_STREAM.id;

/**
 * A new cluster suggestion was seen: the same fault on the same system from several organisations within
 * a day. Recorded once per suggestion (its own stream, which must be new), so coordinators hear of it once.
 */
export interface ClusterSuggestedData {
  readonly clusterId: string;
  readonly system: SharedSystem;
  readonly category: string;
  readonly subcategory: string;
  readonly organisations: number;
  readonly reports: number;
  readonly regions: readonly string[];
  readonly firstReportedAt: string;
  readonly at: string;
}

export const CLUSTER_SUGGESTED = 'cluster.suggested' as const;
export const CLUSTER_SUGGESTED_SCHEMA_VERSION = 1;
export type ClusterSuggestedEvent = { readonly type: typeof CLUSTER_SUGGESTED; readonly data: ClusterSuggestedData };
export const CLUSTER_SUGGESTION_STREAM = keyedEventStream('cluster-suggestion', 'id');
export const clusterSuggestionStreamId = CLUSTER_SUGGESTION_STREAM.id;
