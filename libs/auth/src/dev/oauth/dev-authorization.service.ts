import { Inject, Injectable } from '@nestjs/common';
import { Directory } from '@lagspill/domain';
import { AppConfig } from '@lagspill/platform';
import { isNewcomer } from '../dev-login.service';
import { AuthorizationCodeStore } from './authorization-code.store';
import { OAuthException } from './oauth.exception';
import { oauthParameters } from './oauth-parameters';
import { CODE_CHALLENGE } from './pkce';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const CALLBACK_PATH = '/auth/callback';

/**
 * The dev provider's authorization endpoint (RFC 6749 §4.1.1 with PKCE, RFC 7636). There is no login
 * page: the web app lists the demo users itself and names the one chosen in `login_hint`.
 */
@Injectable()
export class DevAuthorizationService {
  private readonly issuerHost: string;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(AuthorizationCodeStore) private readonly codes: AuthorizationCodeStore,
  ) {
    this.issuerHost = new URL(config.oidcIssuer).host;
  }

  /**
   * Where to send the browser: back to the client with a code, or with an error. A request whose client
   * or redirect_uri is wrong throws instead (RFC 6749 §4.1.2.1: never redirect to an unchecked address).
   */
  authorize(query: unknown): string {
    const { client_id, redirect_uri } = oauthParameters(query, ['client_id', 'redirect_uri']);
    if (client_id !== this.config.OIDC_CLIENT_ID) {
      throw new OAuthException('invalid_client', `client_id must be ${this.config.OIDC_CLIENT_ID}`);
    }
    const redirectUri = this.checkedRedirectUri(redirect_uri);
    const callback = new URL(redirectUri);
    let state: string | undefined;
    try {
      ({ state } = oauthParameters(query, ['state']));
      const code = this.codes.issue({ redirectUri, ...this.checkedRequest(query, state) });
      return withParameters(callback, { code, state });
    } catch (error) {
      if (!(error instanceof OAuthException)) throw error;
      return withParameters(callback, { error: error.oauthError, error_description: error.description, state });
    }
  }

  /** The redirect_uri as given (the token request must repeat it exactly), if it is one the client may use. */
  private checkedRedirectUri(value: string | undefined): string {
    const url = value !== undefined && URL.canParse(value) ? new URL(value) : undefined;
    if (
      value === undefined ||
      url === undefined ||
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.pathname !== CALLBACK_PATH ||
      !(LOOPBACK_HOSTS.has(url.hostname) || url.host === this.issuerHost) ||
      url.username !== '' ||
      url.password !== '' ||
      url.hash !== ''
    ) {
      throw new OAuthException(
        'invalid_request',
        `redirect_uri must be an http(s) URL with the path ${CALLBACK_PATH} on localhost, 127.0.0.1, [::1] or ${this.issuerHost}, without a fragment`,
      );
    }
    return value;
  }

  /** The user to log in and the PKCE challenge, once the request is as RFC 6749 and RFC 7636 (S256) want it. */
  private checkedRequest(
    query: unknown,
    state: string | undefined,
  ): { readonly username: string; readonly codeChallenge: string } {
    // scope is left out of the check: the dev provider's tokens are the same whatever is asked for.
    const given = oauthParameters(query, ['response_type', 'code_challenge', 'code_challenge_method', 'login_hint']);
    if (given.response_type === undefined) throw new OAuthException('invalid_request', 'response_type is required');
    if (given.response_type !== 'code') {
      throw new OAuthException('unsupported_response_type', 'Only response_type=code is supported');
    }
    if (state === undefined) throw new OAuthException('invalid_request', 'state is required');
    if (given.code_challenge_method !== 'S256') {
      throw new OAuthException('invalid_request', 'code_challenge_method must be S256');
    }
    if (given.code_challenge === undefined || !CODE_CHALLENGE.test(given.code_challenge)) {
      throw new OAuthException('invalid_request', 'code_challenge must be 43 to 128 characters of base64url');
    }
    if (given.login_hint === undefined) {
      throw new OAuthException('login_required', 'login_hint must name the demo user to log in as');
    }
    if (!this.directory.findPerson(given.login_hint) && !isNewcomer(given.login_hint)) {
      throw new OAuthException('access_denied', `${given.login_hint} is not a demo user`);
    }
    return { username: given.login_hint, codeChallenge: given.code_challenge };
  }
}

function withParameters(url: URL, parameters: Readonly<Record<string, string | undefined>>): string {
  const target = new URL(url);
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) target.searchParams.set(name, value);
  return target.href;
}
