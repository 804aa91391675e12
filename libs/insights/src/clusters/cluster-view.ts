import type { ClusterSuggestion, Directory, Viewer } from '@lagspill/domain';
import type { ClusterDecision } from './cluster-reports.repository';

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

/** Coordinators see a suggestion that touches their region; admins see all. */
export function canSeeCluster(suggestion: ClusterSuggestion, viewer: Viewer): boolean {
  return viewer.role === 'admin' || (viewer.region !== undefined && suggestion.regions.includes(viewer.region));
}

export function toClusterView(
  suggestion: ClusterSuggestion,
  decision: ClusterDecision | undefined,
  viewer: Viewer,
  directory: Directory,
): ClusterView {
  const nameOf = (id: string) => {
    try {
      return directory.organisation(id).name;
    } catch {
      return id;
    }
  };
  const regionOf = new Map(suggestion.reports.map((r) => [r.organisation, r.region]));
  return {
    id: suggestion.id,
    status: decision?.decision ?? 'suggested',
    decision: decision ?? null,
    system: suggestion.system,
    category: suggestion.category,
    subcategory: suggestion.subcategory,
    firstReportedAt: suggestion.firstReportedAt,
    lastReportedAt: suggestion.lastReportedAt,
    reportCount: suggestion.reports.length,
    organisations: suggestion.organisations.map((id) => ({ id, name: nameOf(id), region: regionOf.get(id) ?? null })),
    regions: suggestion.regions,
    versions: suggestion.versions,
    peakDayOrganisations: suggestion.peakDayOrganisations,
    cases: suggestion.reports
      .filter((r) => viewer.role === 'admin' || r.region === viewer.region)
      .map((r) => ({ caseId: r.caseId, organisation: r.organisation, reportedAt: r.reportedAt })),
  };
}
