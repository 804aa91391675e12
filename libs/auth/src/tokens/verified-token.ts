/** What Lagspill takes from a token whose signature and claims verified. */
export interface VerifiedToken {
  readonly subject: string;
  /** HelseID's HPR number claim, for health personnel. */
  readonly hprNumber?: string;
  readonly name?: string;
  /** The OAuth client the token was issued to (`client_id`): a system client is found by it. */
  readonly clientId?: string;
  readonly email?: string;
  /**
   * Organisation numbers HelseID sends for the client's organisation (`orgnr_child`, then `orgnr_parent`):
   * what an enrolment request is prefilled with.
   */
  readonly organisationNumbers?: readonly string[];
}
