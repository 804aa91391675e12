import type { ClusterDecision, ClusterStatus, ClusterView } from '@lagspill/contracts';
import type { ClusterReport, ClusterSuggestion, Directory, Viewer } from '@lagspill/domain';

/** Coordinators see a suggestion that touches their region; admins see all. */
export function canSeeCluster(suggestion: ClusterSuggestion, viewer: Viewer): boolean {
  return viewer.role === 'admin' || (viewer.region !== undefined && suggestion.regions.includes(viewer.region));
}

/** The reports of a suggestion the viewer may know of: an admin all, a coordinator their region's. */
export function visibleReports(suggestion: ClusterSuggestion, viewer: Viewer): readonly ClusterReport[] {
  return viewer.role === 'admin'
    ? suggestion.reports
    : suggestion.reports.filter((r) => viewer.region !== undefined && r.region === viewer.region);
}

/**
 * The suggestion as the viewer may see it. Another region's reports are never named (no case id, no
 * organisation): they show only in the counts and in `regions`.
 */
export function toClusterView(
  suggestion: ClusterSuggestion,
  decisions: readonly ClusterDecision[],
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
  const reports = visibleReports(suggestion, viewer);
  const regionOf = new Map(reports.map((r) => [r.organisation, r.region]));
  const organisations = suggestion.organisations.filter((id) => regionOf.has(id));
  const seen = viewer.role === 'admin' ? decisions : decisions.filter((d) => d.region === viewer.region);
  const { status, decision } = viewer.role === 'admin' ? overall(suggestion, seen) : own(seen);
  return {
    id: suggestion.id,
    status,
    decision,
    decisions: seen,
    system: suggestion.system,
    category: suggestion.category,
    subcategory: suggestion.subcategory,
    firstReportedAt: suggestion.firstReportedAt,
    lastReportedAt: suggestion.lastReportedAt,
    reportCount: suggestion.reports.length,
    organisationCount: suggestion.organisations.length,
    organisations: organisations.map((id) => ({ id, name: nameOf(id), region: regionOf.get(id) ?? null })),
    regions: suggestion.regions,
    versions: suggestion.versions,
    peakDayOrganisations: suggestion.peakDayOrganisations,
    cases: reports.map((r) => ({ caseId: r.caseId, organisation: r.organisation, reportedAt: r.reportedAt })),
  };
}

function own(decisions: readonly ClusterDecision[]): { status: ClusterStatus; decision: ClusterDecision | null } {
  const [decision] = decisions;
  return decision ? { status: decision.decision, decision } : { status: 'suggested', decision: null };
}

/** For an admin: suggested while some region it touches has not decided. */
function overall(
  suggestion: ClusterSuggestion,
  decisions: readonly ClusterDecision[],
): { status: ClusterStatus; decision: ClusterDecision | null } {
  const latest = decisions.toSorted((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0] ?? null;
  const decided = new Set(decisions.map((d) => d.region));
  if (!latest || suggestion.regions.some((region) => !decided.has(region))) {
    return { status: 'suggested', decision: latest };
  }
  const status = decisions.some((d) => d.decision === 'confirmed') ? 'confirmed' : 'rejected';
  return { status, decision: latest };
}
