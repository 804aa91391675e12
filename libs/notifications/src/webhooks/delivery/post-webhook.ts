import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, isPublicAddress, literalAddressOf } from './webhook-target';

export type PostOutcome =
  | { readonly statusCode: number; readonly durationMs: number }
  | { readonly error: string; readonly durationMs: number };

export interface PostOptions {
  readonly timeoutMs: number;
  readonly allowPrivateNetwork: boolean;
}

/**
 * POSTs one delivery and tells how the receiver answered. Redirects are not followed (a 3xx is an
 * answer like any other, and not a success), the answer's body is read and dropped, and the whole
 * exchange must finish within the timeout.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  options: PostOptions,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ error: 'the URL is not valid', durationMs: 0 });
    }
    // A literal address skips the lookup, so it is checked here.
    const literal = literalAddressOf(target);
    if (!options.allowPrivateNetwork && literal && !isPublicAddress(literal)) {
      return resolve({ error: 'the address is not public', durationMs: 0 });
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
      lookup: guardedLookup(options.allowPrivateNetwork),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, durationMs: elapsed() }));
      response.on('error', (error) => resolve({ error: describe(error), durationMs: elapsed() }));
    });
    request.on('error', (error) => resolve({ error: describe(error), durationMs: elapsed() }));
    request.end(body);
  });
}

function describe(error: Error & { code?: string }): string {
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'no answer within the timeout';
  return error.code ? `${error.code}: ${error.message}` : error.message;
}
