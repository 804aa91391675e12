import {
  CASE_EVENT_SCHEMA_VERSIONS,
  CASE_FOLLOWING_EVENT_SCHEMA_VERSIONS,
  CASE_STREAM,
  CLUSTER_EVENT_SCHEMA_VERSIONS,
  CLUSTER_STREAM,
  CLUSTER_SUGGESTED,
  CLUSTER_SUGGESTED_SCHEMA_VERSION,
  CLUSTER_SUGGESTION_STREAM,
  DIRECTORY_EVENT_SCHEMA_VERSIONS,
  DIRECTORY_STREAM,
  INCIDENT_EVENT_SCHEMA_VERSIONS,
  INCIDENT_STREAM,
  FOLLOWING_STREAM,
  type CaseEvent,
  type CaseFollowingEvent,
  type ClusterDecisionV1Data,
  type ClusterEvent,
  type ClusterSuggestedEvent,
  type DirectoryEvent,
  type EventStream,
  type IncidentEvent,
} from '@lagspill/domain';
import { CASE_ERASED, CASE_ERASED_SCHEMA_VERSION, RETENTION_STREAM, type CaseErasedEvent } from './case-erased.event';
import {
  INDICATORS_PUBLISHED,
  INDICATORS_PUBLISHED_SCHEMA_VERSION,
  INDICATORS_STREAM,
  type IndicatorsPublishedEvent,
} from './indicators-published.event';
import {
  ROUTING_RULES,
  ROUTING_RULES_PUBLISHED,
  ROUTING_RULES_PUBLISHED_SCHEMA_VERSION,
  type RoutingRulesPublishedDataV1,
  type RoutingRulesPublishedEvent,
} from './routing-rules-published.event';

/**
 * Every event the log holds, each a `type` with the `data` it carries at its current schema version (what
 * a reader gets after upcasting). The aggregates' events are declared in `@lagspill/domain` beside their
 * deciders; the others beside this catalog.
 */
export type CatalogEvent =
  | CaseEvent
  | CaseFollowingEvent
  | IncidentEvent
  | ClusterEvent
  | ClusterSuggestedEvent
  | RoutingRulesPublishedEvent
  | IndicatorsPublishedEvent
  | CaseErasedEvent
  | DirectoryEvent;

export type EventType = CatalogEvent['type'];
export type EventOfType<T extends EventType> = Extract<CatalogEvent, { readonly type: T }>;

/**
 * The events a processor's `eventTypes` select, typed by the tuple itself:
 * `const EVENT_TYPES = ['case.closed', CASE_ERASED] as const` and `Projection<CatalogEvents<typeof EVENT_TYPES>>`.
 */
export type CatalogEvents<Types extends readonly EventType[]> = EventOfType<Types[number]>;

export interface EventDefinition {
  /** The version new events of the type are written with; older ones are upcast to it on read. */
  readonly schemaVersion: number;
  readonly stream: EventStream;
}

function inStream<T extends EventType>(
  versions: Readonly<Record<T, number>>,
  stream: EventStream,
): Record<T, EventDefinition> {
  const entries = Object.entries<number>(versions).map(([type, schemaVersion]) => [type, { schemaVersion, stream }]);
  return Object.fromEntries(entries) as Record<T, EventDefinition>;
}

/** Each event type's schema version and stream (docs/events.md lists the same; a test holds them equal). */
export const EVENT_CATALOG: Readonly<Record<EventType, EventDefinition>> = {
  ...inStream(CASE_EVENT_SCHEMA_VERSIONS, CASE_STREAM),
  ...inStream(CASE_FOLLOWING_EVENT_SCHEMA_VERSIONS, FOLLOWING_STREAM),
  ...inStream(INCIDENT_EVENT_SCHEMA_VERSIONS, INCIDENT_STREAM),
  ...inStream(CLUSTER_EVENT_SCHEMA_VERSIONS, CLUSTER_STREAM),
  [CLUSTER_SUGGESTED]: { schemaVersion: CLUSTER_SUGGESTED_SCHEMA_VERSION, stream: CLUSTER_SUGGESTION_STREAM },
  [ROUTING_RULES_PUBLISHED]: { schemaVersion: ROUTING_RULES_PUBLISHED_SCHEMA_VERSION, stream: ROUTING_RULES },
  [INDICATORS_PUBLISHED]: { schemaVersion: INDICATORS_PUBLISHED_SCHEMA_VERSION, stream: INDICATORS_STREAM },
  [CASE_ERASED]: { schemaVersion: CASE_ERASED_SCHEMA_VERSION, stream: RETENTION_STREAM },
  ...inStream(DIRECTORY_EVENT_SCHEMA_VERSIONS, DIRECTORY_STREAM),
};

/**
 * An event to append, at its type's current schema version: a type the catalog does not know, or data of
 * another type, does not compile.
 */
export function newEvent<T extends EventType>(
  type: T,
  data: EventOfType<T>['data'],
): { readonly type: T; readonly schemaVersion: number; readonly data: EventOfType<T>['data'] } {
  return { type, schemaVersion: EVENT_CATALOG[type].schemaVersion, data };
}

/**
 * Whether an event read without a known type (a stream's, say) is of one of `types`; if so its `data` is
 * that type's: the log holds each type's data at the catalog's version, after upcasting.
 */
export function isCatalogEvent<Event extends { readonly type: string; readonly data: unknown }, T extends EventType>(
  event: Event,
  ...types: readonly T[]
): event is Event & EventOfType<T> {
  return (types as readonly string[]).includes(event.type);
}

/**
 * The data of each type's schema versions before its current one, oldest first: what its upcasters read.
 * A type not named here has only ever had its current version.
 */
export interface EarlierEventData {
  'routing.rules-published': readonly [RoutingRulesPublishedDataV1];
  'cluster.confirmed': readonly [ClusterDecisionV1Data<'cluster.confirmed'>];
  'cluster.rejected': readonly [ClusterDecisionV1Data<'cluster.rejected'>];
}

/** A type's data at every schema version, oldest first; the last is the current one. */
type EventDataVersions<T extends EventType> = T extends keyof EarlierEventData
  ? readonly [...EarlierEventData[T], EventOfType<T>['data']]
  : readonly [EventOfType<T>['data']];

/** One upcaster per step, each from one version's data to the next's. */
type UpcastSteps<Versions extends readonly unknown[]> = Versions extends readonly [infer From, infer To, ...infer Later]
  ? readonly [(data: From) => To, ...UpcastSteps<readonly [To, ...Later]>]
  : readonly [];

/**
 * What the store's `EventTypeRegistry` takes for a type: its current schema version and its upcasters,
 * given in order (the first lifts version 1 to 2). Each must be typed from one version's data to the
 * next's, and there must be one per earlier version.
 */
export function eventTypeDefinition<T extends EventType>(
  type: T,
  ...upcasters: UpcastSteps<EventDataVersions<T>>
): {
  readonly type: T;
  readonly schemaVersion: number;
  readonly upcasters: Readonly<Record<number, (data: never) => unknown>>;
} {
  const byVersion = Object.fromEntries(upcasters.map((upcaster, index) => [index + 1, upcaster]));
  return { type, schemaVersion: EVENT_CATALOG[type].schemaVersion, upcasters: byVersion };
}
