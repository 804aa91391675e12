import { HPR_NUMBER_CLAIM, ORGNR_CHILD_CLAIM } from '../tokens/token-verifier';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import { DEV_OAUTH_PATHS } from './oauth/dev-oauth.paths';
import type { TokenResponse } from './token.response';

const ALGORITHM = 'ES256';
const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * The built-in OpenID provider of dev login: an ES256 key pair made at start-up and held only in
 * memory, real signed tokens, and a published key set, so dev tokens pass the production verifier.
 */
export class DevIdentityProvider {
  private constructor(
    readonly issuer: string,
    private readonly audience: string,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: JWK,
  ) {}

  static async create(options: { issuer: string; audience: string }): Promise<DevIdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM);
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    return new DevIdentityProvider(options.issuer, options.audience, privateKey, {
      ...jwk,
      kid,
      alg: ALGORITHM,
      use: 'sig',
    });
  }

  jwks(): JSONWebKeySet {
    return { keys: [this.publicKey] };
  }

  /** The OpenID Connect discovery document (only the fields this provider can honour). */
  openIdConfiguration(): Record<string, unknown> {
    const base = this.issuer.replace(/\/+$/, '');
    return {
      issuer: this.issuer,
      jwks_uri: `${base}/.well-known/jwks.json`,
      authorization_endpoint: `${base}${DEV_OAUTH_PATHS.authorize}`,
      token_endpoint: `${base}${DEV_OAUTH_PATHS.token}`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [ALGORITHM],
      claims_supported: ['sub', 'iss', 'aud', 'iat', 'exp', 'name'],
    };
  }

  async issueToken(
    subject: string,
    name: string,
    claims: { hprNumber?: string; email?: string; orgnr?: string } = {},
  ): Promise<TokenResponse> {
    const accessToken = await new SignJWT({
      name,
      ...(claims.hprNumber ? { [HPR_NUMBER_CLAIM]: claims.hprNumber } : {}),
      ...(claims.email ? { email: claims.email } : {}),
      ...(claims.orgnr ? { [ORGNR_CHILD_CLAIM]: claims.orgnr } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.publicKey.kid, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
      .sign(this.privateKey);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS };
  }
}
