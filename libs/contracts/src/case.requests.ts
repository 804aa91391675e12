import type { CommentVisibility, LinkRelation } from '@lagspill/domain';

/** The bodies of the case commands, `POST /api/cases/{id}/<action>`; the server validates them further. */

export interface AddCommentRequest {
  readonly body: string;
  /** `internal`: only the current party and coordinators see it. */
  readonly visibility: CommentVisibility;
}

export interface RequestInformationRequest {
  readonly question: string;
}

export interface ProvideInformationRequest {
  readonly answer: string;
}

export interface ForwardCaseRequest {
  /** The party to route the case to (GET /api/parties). */
  readonly party: string;
  readonly reason: string;
}

export interface ResolveCaseRequest {
  readonly resolution: string;
}

export interface ReopenCaseRequest {
  readonly reason: string;
}

export interface LinkCaseRequest {
  /** The other case: its id or reference. */
  readonly case: string;
  readonly relation: LinkRelation;
}

export interface SetConcernedOrganisationRequest {
  /** An organisation id of GET /api/organisations; null: the case concerns no other organisation. */
  readonly organisation: string | null;
}

export interface IdentitySharingRequest {
  /** true: share the report's identity numbers with the organisation the case concerns; false: withdraw. */
  readonly share: boolean;
}

/**
 * The body each `POST /api/cases/{id}/<path>` takes, by its path: every case action of libs/domain
 * `CASE_ACTIONS` (acknowledge and close take none), a comment and a link.
 */
export interface CaseCommandRequests {
  readonly acknowledge: undefined;
  readonly 'request-information': RequestInformationRequest;
  readonly 'provide-information': ProvideInformationRequest;
  readonly forward: ForwardCaseRequest;
  readonly resolve: ResolveCaseRequest;
  readonly reopen: ReopenCaseRequest;
  readonly close: undefined;
  readonly comments: AddCommentRequest;
  readonly link: LinkCaseRequest;
  readonly 'concerned-organisation': SetConcernedOrganisationRequest;
  readonly 'identity-sharing': IdentitySharingRequest;
}
