import { SYSTEM_CLOCK, type Clock } from '@lagspill/domain';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { InvalidTokenError } from './invalid-token.error';
import type { VerifiedToken } from './verified-token';

/** Asymmetric algorithms only: `none` and the HS* family (shared secrets) are never accepted. */
export const ALLOWED_ALGORITHMS = ['RS256', 'ES256', 'PS256'];

export const HPR_NUMBER_CLAIM = 'helseid://claims/hpr/hpr_number';
export const ORGNR_CHILD_CLAIM = 'helseid://claims/client/claims/orgnr_child';
export const ORGNR_PARENT_CLAIM = 'helseid://claims/client/claims/orgnr_parent';

/**
 * How long a verified token is taken on its word again without checking its signature: the signature
 * check (ECDSA/RSA) was the largest single CPU cost of an API request. A key the issuer withdraws
 * already stays trusted until the remote key set is fetched again (jose keeps it 10 minutes), so a
 * minute adds no new window.
 */
const VERIFIED_FOR_MS = 60_000;
/** Enough for every caller active within a minute; the oldest is dropped beyond it. */
const MAX_VERIFIED_TOKENS = 10_000;

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** The issuer's public keys: a remote JWKS in production, the dev provider's in dev login. */
  readonly keys: JWTVerifyGetKey;
  /** For `exp`, `nbf` and how long a verified token is trusted again; the system clock by default. */
  readonly clock?: Clock;
}

/**
 * Verifies bearer JWTs: signature against the issuer's key set, algorithm, issuer, audience, expiry and
 * not-before. Production and dev tokens go through this same code; only the key set differs.
 */
export class TokenVerifier {
  private readonly verified = new Map<string, { readonly token: VerifiedToken; readonly until: number }>();

  constructor(private readonly options: TokenVerifierOptions) {}

  async verify(token: string): Promise<VerifiedToken> {
    const at = (this.options.clock ?? SYSTEM_CLOCK).now();
    const now = at.getTime();
    const known = this.verified.get(token);
    if (known && now < known.until) return known.token;
    this.verified.delete(token);
    const { verifiedToken, expiresAt } = await this.verifySignatureAndClaims(token, at);
    if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { token: verifiedToken, until: Math.min(expiresAt, now + VERIFIED_FOR_MS) });
    return verifiedToken;
  }

  private async verifySignatureAndClaims(
    token: string,
    at: Date,
  ): Promise<{ verifiedToken: VerifiedToken; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.options.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALLOWED_ALGORITHMS,
        requiredClaims: ['exp'],
        currentDate: at,
      }));
    } catch (error) {
      throw toInvalidToken(error);
    }
    const hprNumber = payload[HPR_NUMBER_CLAIM];
    const text = (claim: string) => (typeof payload[claim] === 'string' ? payload[claim] : undefined);
    // A client-credentials token may name no person: then the client is the subject.
    const subject = text('sub') ?? text('client_id');
    if (!subject) throw new InvalidTokenError('The token has neither a "sub" nor a "client_id" claim');
    return {
      verifiedToken: {
        subject,
        hprNumber: typeof hprNumber === 'string' || typeof hprNumber === 'number' ? String(hprNumber) : undefined,
        name: text('name'),
        clientId: text('client_id'),
        email: text('email'),
        organisationNumbers: [ORGNR_CHILD_CLAIM, ORGNR_PARENT_CLAIM].flatMap((claim) => text(claim) ?? []),
      },
      // `exp` is required above, in seconds.
      expiresAt: (payload.exp as number) * 1000,
    };
  }
}

// A key set that cannot be fetched or read is the server's problem, not the caller's: it stays a 500.
function toInvalidToken(error: unknown): unknown {
  if (
    !(error instanceof errors.JOSEError) ||
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid
  )
    return error;
  if (error instanceof errors.JWTExpired) return new InvalidTokenError('The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    const detail: Record<string, string> = {
      iss: 'The token was issued by another issuer',
      aud: 'The token is meant for another audience',
      nbf: 'The token is not valid yet',
    };
    return new InvalidTokenError(
      detail[error.claim] ?? `The token's "${error.claim}" claim is not acceptable (${error.reason})`,
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return new InvalidTokenError('The token is signed with an algorithm that is not allowed');
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return new InvalidTokenError("The token's signature does not verify against the issuer's keys");
  return new InvalidTokenError(`The token is malformed: ${error.message}`);
}
