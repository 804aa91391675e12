import type {
  DirectoryEvent,
  EnrolmentRequestState,
  Helsefellesskap,
  ImportKind,
  ImportOutcome,
  Municipality,
  Organisation,
  Party,
  Person,
} from '@lagspill/domain';

/** A page of a directory list, and how many match in all. */
export interface DirectoryPage<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** The version of the entry's last change, as its ETag says too: what a change names in `If-Match`. */
interface Versioned {
  readonly version: number;
}

/** An organisation with where it sits, as the administration pages show it. */
export interface OrganisationEntry extends Organisation, Versioned {
  readonly municipalityName?: string;
  readonly helsefellesskap?: string;
  readonly region?: string;
}

/** GET /api/organisations: an organisation as anyone enrolled may look it up (public register data). */
export interface OrganisationHit {
  readonly id: string;
  readonly name: string;
  readonly type: Organisation['type'];
  readonly orgnr: string;
  readonly herId: number;
  readonly municipalityName?: string;
}

export type PartyEntry = Party & Versioned;
export type PersonEntry = Person & Versioned;

/** Regions → helsefellesskap → kommuner. */
export interface RegionTree {
  readonly id: string;
  readonly name: string;
  readonly helsefellesskap: readonly (Helsefellesskap & { readonly municipalities: readonly Municipality[] })[];
}

/** One change of an entry: the event as stored, with who made it and when (in its data). */
export type DirectoryHistoryEntry = DirectoryEvent;

export type EnrolmentRequestEntry = EnrolmentRequestState & {
  readonly organisationName?: string;
  readonly region?: string;
};

/**
 * POST /api/enrolment-requests: the organisation someone not yet in the directory asks to report for. Name and
 * email default to the token's; the HPR number and the username always come from it.
 */
export interface EnrolmentRequestAsked {
  readonly organisation: string;
  readonly name?: string;
  readonly email?: string;
  readonly message?: string;
}

/** GET /api/enrolment-requests/organisations: an organisation as someone not yet enrolled may see it. */
export interface OrganisationChoice {
  readonly id: string;
  readonly name: string;
  readonly municipality?: string;
}

/** What a person not (yet) in the directory sees of their requests, and the organisation the token suggests. */
export interface MyEnrolment {
  readonly requests: readonly EnrolmentRequestEntry[];
  readonly name?: string;
  readonly hprNumber?: string;
  readonly email?: string;
  readonly suggestedOrganisation?: { readonly id: string; readonly name: string };
}

export type ImportSummary = Readonly<Record<ImportKind, { added: number; changed: number; unchanged: number }>>;

/** A dry run's answer: what the import would do, entry by entry. */
export interface DirectoryImportPlanResponse {
  readonly summary: ImportSummary;
  readonly entries: readonly ImportOutcome[];
}

/** An import under way or done; the web page polls it for its progress bar. */
export interface DirectoryImportJob {
  readonly id: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly summary: ImportSummary;
  /** Events written so far and in all. */
  readonly progress: { readonly done: number; readonly total: number };
  readonly error?: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
}
