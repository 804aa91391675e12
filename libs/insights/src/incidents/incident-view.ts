import type { Viewer } from '@lagspill/domain';
import type { IncidentDocument, IncidentUpdateDocument } from './incident-document';

export interface IncidentView extends Omit<IncidentDocument, 'updates'> {
  /** How many organisations have a case in the incident (the list shows only those the viewer may see). */
  readonly organisationCount: number;
  readonly updates: readonly (IncidentUpdateDocument & { readonly pendingOrganisations: readonly string[] })[];
}

/**
 * What one caller sees of an incident. Reporters see their own organisation's cases and acknowledgements
 * only; those who work the incident (coordinators, its party, admins) see all of them.
 */
export function toIncidentView(document: IncidentDocument, viewer: Viewer): IncidentView {
  const ownOnly = viewer.role === 'reporter' || viewer.role === 'system';
  const mine = (organisation: string) => !ownOnly || organisation === viewer.organisation;
  const organisations = [...new Set(document.cases.map((c) => c.organisation))];
  return {
    ...document,
    cases: document.cases.filter((c) => mine(c.organisation)),
    organisationCount: organisations.length,
    updates: document.updates.map((update) => {
      const acknowledged = new Set(update.acknowledgedBy.map((a) => a.organisation));
      const visibleCases = new Set(document.cases.filter((c) => mine(c.organisation)).map((c) => c.caseId));
      return {
        ...update,
        delivered: update.delivered.filter((id) => visibleCases.has(id)),
        skipped: update.skipped.filter((s) => visibleCases.has(s.caseId)),
        acknowledgedBy: update.acknowledgedBy.filter((a) => mine(a.organisation)),
        pendingOrganisations: organisations.filter((o) => mine(o) && !acknowledged.has(o)),
      };
    }),
  };
}
