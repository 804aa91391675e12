import { Inject, Injectable } from '@nestjs/common';
import type { ClusterDecision } from '@lagspill/contracts';
import type { ClusterReport } from '@lagspill/domain';
import { DataSource } from 'typeorm';

/** The reports cluster detection looks at, and what was decided about earlier suggestions. */
@Injectable()
export class ClusterReportsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Reports in [from, to) whose fault (system and category) was reported by at least `minOrganisations`
   * organisations in the period: the others can never form a cluster, so they are not even read.
   */
  async candidates(from: Date, to: Date, minOrganisations: number): Promise<ClusterReport[]> {
    const rows: Record<string, string | Date | null>[] = await this.dataSource.query(
      `WITH period AS (
         SELECT * FROM insights.case_fact WHERE reported_at >= $1 AND reported_at < $2
       ), faults AS (
         SELECT system_vendor, system_product, category, subcategory FROM period
         GROUP BY 1, 2, 3, 4 HAVING COUNT(DISTINCT organisation) >= $3
       )
       SELECT p.case_id, p.organisation, p.region, p.reported_at, p.system_vendor, p.system_product,
              p.system_version, p.category, p.subcategory
       FROM period p JOIN faults f USING (system_vendor, system_product, category, subcategory)`,
      [from, to, minOrganisations],
    );
    return rows.map((row) => ({
      caseId: row.case_id as string,
      organisation: row.organisation as string,
      region: row.region as string | null,
      reportedAt: (row.reported_at as Date).toISOString(),
      system: {
        vendor: row.system_vendor as string,
        product: row.system_product as string,
        ...(row.system_version ? { version: row.system_version as string } : {}),
      },
      category: row.category as string,
      subcategory: row.subcategory as string,
    }));
  }

  /** What each region decided about these suggestions, by suggestion. */
  async decisions(clusterIds: readonly string[]): Promise<Map<string, ClusterDecision[]>> {
    const found = new Map<string, ClusterDecision[]>();
    if (clusterIds.length === 0) return found;
    const rows: Record<string, string | Date | null>[] = await this.dataSource.query(
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
