import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@lagspill/platform';
import { DevLoginService } from '../dev-login.service';
import type { TokenResponse } from '../token.response';
import { AuthorizationCodeStore } from './authorization-code.store';
import { OAuthException } from './oauth.exception';
import { oauthParameters } from './oauth-parameters';
import { CODE_VERIFIER, verifiesS256Challenge } from './pkce';

const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/**
 * The dev provider's token endpoint for the authorization code grant (RFC 6749 §4.1.3, RFC 7636 §4.5):
 * a public client proves with its code_verifier that it is the one that asked for the code.
 */
@Injectable()
export class DevTokenExchangeService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuthorizationCodeStore) private readonly codes: AuthorizationCodeStore,
    @Inject(DevLoginService) private readonly devLogin: DevLoginService,
  ) {}

  async exchange(body: unknown, contentType: string | undefined): Promise<TokenResponse> {
    // Used up before anything else is checked: a code that leaked is worth one try, right or wrong.
    const { code } = oauthParameters(body, ['code']);
    const grant = code === undefined ? undefined : this.codes.take(code);
    const given = oauthParameters(body, ['grant_type', 'redirect_uri', 'client_id', 'code_verifier']);
    if (!FORM.test(contentType ?? '')) {
      throw new OAuthException('invalid_request', 'The body must be application/x-www-form-urlencoded');
    }
    if (given.grant_type === undefined) throw required('grant_type');
    if (given.grant_type !== 'authorization_code') {
      throw new OAuthException('unsupported_grant_type', 'Only grant_type=authorization_code is supported');
    }
    // There is one client, so a client_id that is its id is also the one the code was issued to.
    if (given.client_id !== this.config.OIDC_CLIENT_ID) {
      throw new OAuthException('invalid_client', `client_id must be ${this.config.OIDC_CLIENT_ID}`);
    }
    const { redirect_uri: redirectUri, code_verifier: verifier } = given;
    if (code === undefined) throw required('code');
    if (redirectUri === undefined) throw required('redirect_uri');
    if (verifier === undefined) throw required('code_verifier');
    if (!CODE_VERIFIER.test(verifier)) {
      throw new OAuthException('invalid_request', 'code_verifier must be 43 to 128 unreserved characters');
    }
    if (!grant) throw new OAuthException('invalid_grant', 'The code is unknown, used or expired');
    if (grant.redirectUri !== redirectUri) {
      throw new OAuthException('invalid_grant', 'redirect_uri is not the one the code was issued for');
    }
    if (!verifiesS256Challenge(verifier, grant.codeChallenge)) {
      throw new OAuthException('invalid_grant', 'code_verifier does not match the code_challenge');
    }
    return this.devLogin.tokenFor(grant.username);
  }
}

function required(name: string): OAuthException {
  return new OAuthException('invalid_request', `${name} is required`);
}
