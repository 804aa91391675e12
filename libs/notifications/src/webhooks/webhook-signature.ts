import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header a delivery's signature travels in: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const SIGNATURE_HEADER = 'x-lagspill-signature';
const PREFIX = 'sha256=';

/** A new signing secret: 32 random bytes, shown to the party once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signatureOf(secret: string, body: string): string {
  return PREFIX + createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/** What a receiver does: recompute the signature over the raw body and compare in constant time. */
export function hasValidSignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header?.startsWith(PREFIX)) return false;
  const expected = Buffer.from(signatureOf(secret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
