import type { ClusterSuggestion } from '@lagspill/domain';

/** GET /api/clusters: one suggestion of many reports of one fault, with what was decided about it. */

/** What one region's working group decided about a suggestion, for that region's reports. */
export interface ClusterDecision {
  readonly clusterId: string;
  readonly region: string;
  readonly decision: 'confirmed' | 'rejected';
  readonly incidentId: string | null;
  readonly reason: string | null;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export type ClusterStatus = 'suggested' | 'confirmed' | 'rejected';

/**
 * A suggestion as one caller sees it. A coordinator sees their own region's part of it: its reports,
 * organisations and decision; the rest of the suggestion only as counts and region names. An admin sees
 * every part and every region's decision.
 */
export interface ClusterView {
  readonly id: string;
  /**
   * A coordinator: what their region decided (`suggested` while it has not). An admin: `suggested` while a
   * region it touches has not decided, else `confirmed` if any region confirmed it, else `rejected`.
   */
  readonly status: ClusterStatus;
  /** A coordinator: their region's decision. An admin: the latest decision of any region. */
  readonly decision: ClusterDecision | null;
  /** The decisions the caller may see: a coordinator their region's, an admin every region's. */
  readonly decisions: readonly ClusterDecision[];
  readonly system: ClusterSuggestion['system'];
  readonly category: string;
  readonly subcategory: string;
  readonly firstReportedAt: string;
  readonly lastReportedAt: string;
  /** All reports in the suggestion, in every region. */
  readonly reportCount: number;
  /** All organisations that reported it, in every region. */
  readonly organisationCount: number;
  /** The organisations the caller may know of: for a coordinator those of their region. */
  readonly organisations: readonly { readonly id: string; readonly name: string; readonly region: string | null }[];
  readonly regions: readonly string[];
  readonly versions: readonly string[];
  /** The most organisations that reported within any 24 hours of it. */
  readonly peakDayOrganisations: number;
  /** The reports the viewer may open; the others are counted in `reportCount` only. */
  readonly cases: readonly { readonly caseId: string; readonly organisation: string; readonly reportedAt: string }[];
}

/** POST /api/clusters/{id}/confirm: the incident's title, and the party that answers for it (default: the system's vendor). */
export interface ConfirmClusterRequest {
  readonly title: string;
  readonly party?: string;
}

/** POST /api/clusters/{id}/reject: why the reports are not one fault. */
export interface RejectClusterRequest {
  readonly reason: string;
}
