import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';

interface RequestContext {
  readonly requestId: string;
}

const context = new AsyncLocalStorage<RequestContext>();

/** The id of the request being handled, if this code runs for one (see `requestIdOf`). */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

type Middleware = (request: IncomingMessage & { id?: unknown }, response: ServerResponse, next: () => void) => void;

/**
 * Gives every request its id before anything else runs: on the request (`req.id`, which pino-http
 * logs with every line of the request) and in the answer's `X-Request-Id`, error answers included.
 */
export const assignRequestId: Middleware = (request, response, next) => {
  const id = requestIdOf(request.headers);
  request.id = id;
  response.setHeader(REQUEST_ID_HEADER, id);
  next();
};

/**
 * Runs the rest of the request with its id in reach of `currentRequestId` (the event store puts it in
 * the metadata of what the request appends). Mounted after the body parsers: a body parser resumes the
 * request from a stream event, outside the context a middleware before it would have opened.
 */
export const runInRequestContext: Middleware = (request, _response, next) => {
  context.run({ requestId: typeof request.id === 'string' ? request.id : requestIdOf(request.headers) }, next);
};
