import type { ClusterSuggestion } from '@lagspill/domain';

/** GET /api/clusters: one suggestion of many reports of one fault, with what was decided about it. */

export interface ClusterDecision {
  readonly clusterId: string;
  readonly decision: 'confirmed' | 'rejected';
  readonly incidentId: string | null;
  readonly reason: string | null;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export type ClusterStatus = 'suggested' | 'confirmed' | 'rejected';

export interface ClusterView {
  readonly id: string;
  readonly status: ClusterStatus;
  readonly decision: ClusterDecision | null;
  readonly system: ClusterSuggestion['system'];
  readonly category: string;
  readonly subcategory: string;
  readonly firstReportedAt: string;
  readonly lastReportedAt: string;
  readonly reportCount: number;
  readonly organisations: readonly { readonly id: string; readonly name: string; readonly region: string | null }[];
  readonly regions: readonly string[];
  readonly versions: readonly string[];
  /** The most organisations that reported within any 24 hours of it. */
  readonly peakDayOrganisations: number;
  /** The reports the viewer may open; the others are counted in `reportCount` only. */
  readonly cases: readonly { readonly caseId: string; readonly organisation: string; readonly reportedAt: string }[];
}
