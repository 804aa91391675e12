import type { Caller } from '@lagspill/auth';

/** What every change to a case comes with, besides its body. */
export interface CaseCommandRequest {
  readonly caller: Caller;
  /** The case's id or reference, from the path. */
  readonly caseKey: string;
  /** The If-Match header as sent. */
  readonly ifMatch: string | undefined;
}

/** A changed case as the caller may see it, and its new ETag. */
export interface CaseCommandResult<View> {
  readonly view: View;
  readonly etag: string;
}
