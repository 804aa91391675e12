import type { ClusterDecision, ClusterView } from '@lagspill/contracts';
import type { ClusterSuggestion, Directory, Viewer } from '@lagspill/domain';

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
