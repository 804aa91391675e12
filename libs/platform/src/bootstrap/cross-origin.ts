import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { CONSISTENT_WITH_HEADER } from '../http/consistent-with';
import { REQUEST_ID_HEADER, REQUEST_ID_REQUEST_HEADERS } from '../http/request-id';

/**
 * CORS for the configured origins only. A preflight from any other origin gets no Access-Control-Allow-*
 * headers, so the browser refuses the call; the server's own site needs none. Bearer tokens, not cookies,
 * carry identity, so credentials are never allowed.
 */
export function crossOriginOptions(origins: readonly string[]): CorsOptions {
  return {
    origin: [...origins],
    // Every method a route answers (DELETE: webhooks); the access test compares with the routes.
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'Accept',
      'If-Match',
      'Idempotency-Key',
      CONSISTENT_WITH_HEADER,
      ...REQUEST_ID_REQUEST_HEADERS,
    ],
    exposedHeaders: [
      REQUEST_ID_HEADER,
      'ETag',
      'Location',
      'Idempotent-Replayed',
      'Retry-After',
      'WWW-Authenticate',
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
    ],
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  };
}
