import type { Viewer } from '@lagspill/domain';
import type { IncidentDocument, IncidentUpdateDocument } from './incident-document';

export interface IncidentUpdateView extends IncidentUpdateDocument {
  /** The linked organisations that have not acknowledged it, of those the viewer may know of. */
  readonly pendingOrganisations: readonly string[];
  /** Of all linked cases and organisations, whatever the viewer may know of them. */
  readonly deliveredCount: number;
  readonly skippedCount: number;
  readonly acknowledgedCount: number;
}

export interface IncidentView extends Omit<IncidentDocument, 'updates'> {
  /** How many cases and organisations the incident links (the lists show only those the viewer may know of). */
  readonly caseCount: number;
  readonly organisationCount: number;
  readonly updates: readonly IncidentUpdateView[];
}

/**
 * Which linked organisations the viewer may know of: coordinators (of the incident's region, the only ones
 * who see it) and admins all; reporters their own; the incident's party none, since the cases are not
 * necessarily routed to it: it speaks into them through the incident and sees counts only.
 */
function knows(viewer: Viewer): (organisation: string) => boolean {
  switch (viewer.role) {
    case 'admin':
    case 'coordinator':
      return () => true;
    case 'responder':
      return () => false;
    case 'reporter':
    case 'system':
      return (organisation) => organisation === viewer.organisation;
  }
}

/** What one caller sees of an incident: the lists cut to what they may know of, the counts whole. */
export function toIncidentView(document: IncidentDocument, viewer: Viewer): IncidentView {
  const mine = knows(viewer);
  const organisations = [...new Set(document.cases.map((c) => c.organisation))];
  const cases = document.cases.filter((c) => mine(c.organisation));
  const visibleCases = new Set(cases.map((c) => c.caseId));
  return {
    ...document,
    cases,
    caseCount: document.cases.length,
    organisationCount: organisations.length,
    updates: document.updates.map((update) => {
      const acknowledged = new Set(update.acknowledgedBy.map((a) => a.organisation));
      return {
        ...update,
        delivered: update.delivered.filter((id) => visibleCases.has(id)),
        skipped: update.skipped.filter((s) => visibleCases.has(s.caseId)),
        acknowledgedBy: update.acknowledgedBy.filter((a) => mine(a.organisation)),
        pendingOrganisations: organisations.filter((o) => mine(o) && !acknowledged.has(o)),
        deliveredCount: update.delivered.length,
        skippedCount: update.skipped.length,
        acknowledgedCount: acknowledged.size,
      };
    }),
  };
}
