/** What Lagspill takes from a token whose signature and claims verified. */
export interface VerifiedToken {
  readonly subject: string;
  /** HelseID's HPR number claim, for health personnel. */
  readonly hprNumber?: string;
  readonly name?: string;
}
