import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CLUSTER_EVENT_SCHEMA_VERSIONS,
  eventTypesOf,
  INCIDENT_EVENT_SCHEMA_VERSIONS,
  incidentIdOf,
  type ClusterEvent,
  type IncidentEvent,
} from '@lagspill/domain';
import {
  EventStore,
  Projection,
  type EventStoreTransaction,
  type RecordedEvent,
  type SqlExecutor,
} from '@lagspill/event-store';
import { ClusterDecisionRepository } from '../clusters/cluster-decision.repository';
import { CLUSTER_EVENT_TYPES } from '../clusters/cluster-event-types';
import { applyToIncident } from './incident-document';
import { IncidentRepository } from './incident.repository';

export const INCIDENT_SUBSCRIPTION = 'insights.incidents';

/** Keeps insights.incident and insights.cluster_decision folded from the incident and cluster streams. */
@Injectable()
export class IncidentProjection extends Projection<IncidentEvent | ClusterEvent> {
  private readonly logger = new Logger(IncidentProjection.name);

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(IncidentRepository) private readonly incidents: IncidentRepository,
    @Inject(ClusterDecisionRepository) private readonly decisions: ClusterDecisionRepository,
  ) {
    super(store, {
      name: INCIDENT_SUBSCRIPTION,
      eventTypes: [...eventTypesOf(INCIDENT_EVENT_SCHEMA_VERSIONS), ...eventTypesOf(CLUSTER_EVENT_SCHEMA_VERSIONS)],
      tables: ['insights.incident', 'insights.cluster_decision'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
    store.registry.register(...CLUSTER_EVENT_TYPES);
  }

  protected async apply(
    events: readonly RecordedEvent<IncidentEvent | ClusterEvent>[],
    { sql }: EventStoreTransaction,
  ): Promise<void> {
    for (const event of events) {
      if (event.type === 'cluster.confirmed' || event.type === 'cluster.rejected') await this.decisions.add(sql, event);
      else await this.fold(sql, event);
    }
  }

  private async fold(sql: SqlExecutor, event: RecordedEvent<IncidentEvent>): Promise<void> {
    const id = event.type === 'incident.declared' ? event.data.incidentId : incidentIdOf(event);
    const current = await this.incidents.document(sql, id);
    if (current && current.version >= event.streamVersion) return;
    const document = applyToIncident(current, event, event.streamVersion);
    if (document) await this.incidents.save(sql, document);
  }
}
