/** A bearer token that cannot be trusted: bad signature, wrong issuer or audience, expired, malformed. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}
