import { redactIdentityNumbers } from '@lagspill/domain';

/**
 * A request URL as the logs may keep it: an identity number typed into a search (`?q=`) or a path is
 * replaced, however it was percent- or plus-encoded. Unchanged when it holds none.
 */
export function loggableUrl(url: string): string {
  const { text, count } = redactIdentityNumbers(decoded(url));
  return count > 0 ? text : url;
}

/** The request as pino-http serialised it, with its URL and query values made loggable. */
export function loggableRequest<T extends { url?: unknown; query?: unknown }>(request: T): T {
  const query =
    request.query && typeof request.query === 'object'
      ? Object.fromEntries(
          Object.entries(request.query).map(([name, value]) => [
            name,
            typeof value === 'string' ? loggableUrl(value) : value,
          ]),
        )
      : request.query;
  return { ...request, url: typeof request.url === 'string' ? loggableUrl(request.url) : request.url, query };
}

function decoded(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    return url;
  }
}
