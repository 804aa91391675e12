import { Inject, Injectable } from '@nestjs/common';
import type { ClusterDecision } from '@lagspill/contracts';
import type { ClusterEvent } from '@lagspill/domain';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

/** insights.cluster_decision: what each region decided about a cluster suggestion. */
@Injectable()
export class ClusterDecisionRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** Records a region's decision once: the first one stands (the decider refuses a second). */
  async add(sql: SqlExecutor, event: ClusterEvent): Promise<void> {
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

  /** What each region decided about these suggestions, by suggestion. */
  async byCluster(clusterIds: readonly string[]): Promise<Map<string, ClusterDecision[]>> {
    const found = new Map<string, ClusterDecision[]>();
    if (clusterIds.length === 0) return found;
    const { rows } = await this.store.sql.query<Record<string, string | Date | null>>(
      `SELECT cluster_id, region, decision, incident_id, reason, decided_by, decided_at
       FROM insights.cluster_decision WHERE cluster_id = ANY($1::text[]) ORDER BY decided_at, region`,
      [clusterIds],
    );
    for (const row of rows) {
      const decision: ClusterDecision = {
        clusterId: row.cluster_id as string,
        region: row.region as string,
        decision: row.decision as ClusterDecision['decision'],
        incidentId: row.incident_id as string | null,
        reason: row.reason as string | null,
        decidedBy: row.decided_by as string,
        decidedAt: (row.decided_at as Date).toISOString(),
      };
      found.set(decision.clusterId, [...(found.get(decision.clusterId) ?? []), decision]);
    }
    return found;
  }
}
