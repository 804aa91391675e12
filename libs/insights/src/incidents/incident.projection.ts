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
import { CLUSTER_EVENT_TYPES } from '../clusters/cluster-event-types';
import { applyToIncident, type IncidentDocument } from './incident-document';

export const INCIDENT_SUBSCRIPTION = 'insights.incidents';

/** Keeps insights.incident and insights.cluster_decision folded from the incident and cluster streams. */
@Injectable()
export class IncidentProjection extends Projection<IncidentEvent | ClusterEvent> {
  private readonly logger = new Logger(IncidentProjection.name);

  constructor(@Inject(EventStore) store: EventStore) {
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
      if (event.type === 'cluster.confirmed' || event.type === 'cluster.rejected') await decided(sql, event);
      else await this.fold(sql, event);
    }
  }

  private async fold(sql: SqlExecutor, event: RecordedEvent<IncidentEvent>): Promise<void> {
    const id = event.type === 'incident.declared' ? event.data.incidentId : incidentIdOf(event);
    const { rows } = await sql.query<{ document: IncidentDocument }>(
      `SELECT document FROM insights.incident WHERE id = $1`,
      [id],
    );
    const current = rows[0]?.document;
    if (current && current.version >= event.streamVersion) return;
    const document = applyToIncident(current, event, event.streamVersion);
    if (!document) return;
    await sql.query(
      `INSERT INTO insights.incident (id, party, regions, organisations, declared_at, document)
       VALUES ($1, $2, $3::text[], $4::text[], $5, $6::jsonb)
       ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document`,
      [
        document.id,
        document.party,
        document.regions,
        [...new Set(document.cases.map((c) => c.organisation))],
        document.declaredAt,
        JSON.stringify(document),
      ],
    );
  }
}

async function decided(sql: SqlExecutor, event: ClusterEvent): Promise<void> {
  const { clusterId, region, by, at } = event.data;
  await sql.query(
    `INSERT INTO insights.cluster_decision (cluster_id, region, decision, incident_id, reason, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (cluster_id, region) DO NOTHING`,
    [
      clusterId,
      region,
      event.type === 'cluster.confirmed' ? 'confirmed' : 'rejected',
      event.type === 'cluster.confirmed' ? event.data.incidentId : null,
      event.type === 'cluster.rejected' ? event.data.reason : null,
      by.name,
      at,
    ],
  );
}
