import { problem, ProblemException } from '@lagspill/platform';

/** The error codes of RFC 6749 §4.1.2.1 and §5.2 the dev provider uses, and OpenID Connect's login_required. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'login_required'
  | 'access_denied';

/**
 * An OAuth error. Sent as it is, it is a 400 problem that also carries RFC 6749's `error` and
 * `error_description`, so OAuth client libraries read it too; the authorize endpoint turns those it may
 * into a redirect instead.
 */
export class OAuthException extends ProblemException {
  constructor(
    readonly oauthError: OAuthErrorCode,
    readonly description: string,
  ) {
    super(
      problem(400, `oauth-${oauthError.replaceAll('_', '-')}`, {
        detail: description,
        error: oauthError,
        error_description: description,
      }),
    );
  }
}
