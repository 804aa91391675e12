import type { CaseAudience, CaseDocument, Directory, OrganisationType } from '@lagspill/domain';

/** Where the reporting organisation sits; nulls when the directory no longer knows it. */
export interface CaseLocation {
  readonly organisationType: OrganisationType | null;
  readonly helsefellesskap: string | null;
  readonly region: string | null;
}

export function locateCase(document: CaseDocument, directory: Directory): CaseLocation {
  try {
    const organisation = directory.organisation(document.reporter.organisation);
    const { helsefellesskap } = directory.locate(organisation.id);
    return { organisationType: organisation.type, helsefellesskap: helsefellesskap.id, region: helsefellesskap.region };
  } catch {
    // A case must stay listable (and its projection must not stall) if its organisation leaves the directory.
    return { organisationType: null, helsefellesskap: null, region: null };
  }
}

/** Who may see the case (see canSeeCase). */
export function audienceOf(document: CaseDocument, directory: Directory): CaseAudience {
  return {
    reporterOrganisation: document.reporter.organisation,
    routedParties: document.routedParties,
    region: locateCase(document, directory).region ?? '',
  };
}
