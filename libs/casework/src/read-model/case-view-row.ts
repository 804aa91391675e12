import type { CaseDocument, Directory } from '@lagspill/domain';
import { locateCase } from '../access/case-audience';
import { dueAtOf } from './case-due-at';

/** The values of one `casework.case_view` row (CaseViewRepository.save writes them). */
export interface CaseViewRow {
  readonly id: string;
  readonly reference: string;
  readonly version: number;
  readonly status: string;
  readonly category: string;
  readonly subcategory: string;
  readonly party: string | null;
  readonly routedParties: readonly string[];
  readonly reporterOrganisation: string;
  readonly organisationType: string | null;
  readonly helsefellesskap: string | null;
  readonly region: string | null;
  readonly reportedAt: string;
  readonly updatedAt: string;
  /** When the case is due with its current party, as its view shows (dueAtOf); null when never routed. */
  readonly dueAt: string | null;
  /** Redacted title and description, lower-cased: `q` never matches a held-back identity number. */
  readonly searchText: string;
  readonly document: CaseDocument;
}

export function toCaseViewRow(document: CaseDocument, directory: Directory): CaseViewRow {
  const location = locateCase(document, directory);
  return {
    id: document.id,
    reference: document.reference,
    version: document.version,
    status: document.status,
    category: document.category,
    subcategory: document.subcategory,
    party: document.routedTo?.party ?? null,
    routedParties: document.routedParties,
    reporterOrganisation: document.reporter.organisation,
    organisationType: location.organisationType,
    helsefellesskap: location.helsefellesskap,
    region: location.region,
    reportedAt: document.reportedAt,
    updatedAt: document.updatedAt,
    dueAt: dueAtOf(document),
    searchText: `${document.title.text}\n${document.description.text}`.toLowerCase(),
    document,
  };
}
