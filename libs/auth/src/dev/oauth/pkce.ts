import { createHash, timingSafeEqual } from 'node:crypto';

/** RFC 7636 §4.2: an S256 challenge is base64url, and the spec allows 43 to 128 characters. */
export const CODE_CHALLENGE = /^[A-Za-z0-9_-]{43,128}$/;
/** RFC 7636 §4.1: 43 to 128 unreserved characters. */
export const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

/** Whether base64url(SHA-256(verifier)) is the challenge (RFC 7636 §4.6, method S256). */
export function verifiesS256Challenge(verifier: string, challenge: string): boolean {
  const computed = Buffer.from(createHash('sha256').update(verifier, 'ascii').digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
