import type { IncomingHttpHeaders } from 'node:http';
import { randomUUID } from 'node:crypto';
import { containsIdentityNumber } from '@lagspill/domain';

/** The header that carries a request's id in and out (docs/api.md, "Request ids"). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** The headers a client may send to name its request (the first one present that is valid wins). */
export const REQUEST_ID_REQUEST_HEADERS = [REQUEST_ID_HEADER, 'X-Correlation-Id', 'traceparent', 'tracestate'] as const;

/** What a client's id may look like: it goes into logs and event metadata, so nothing free-form. */
const CLIENT_ID = /^[\w.:-]{1,128}$/;
/** W3C Trace Context: version-traceid-parentid-flags; an all-zero trace id is invalid. */
const TRACEPARENT = /^[\da-f]{2}-(?!0{32})([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/**
 * The id a request is known by in logs, answers and event metadata: the client's `X-Request-Id`
 * (or `X-Correlation-Id`, which casework took before), else the trace id of a W3C `traceparent`, else a
 * new UUID. An id that is not a plain token, or that holds an identity number (it is logged, echoed and
 * stored in event metadata, where nothing screens it), is ignored, not trusted.
 */
export function requestIdOf(headers: IncomingHttpHeaders): string {
  for (const given of [headers['x-request-id'], headers['x-correlation-id']]) {
    const id = single(given)?.trim();
    if (id && CLIENT_ID.test(id) && !containsIdentityNumber(id)) return id;
  }
  const trace = TRACEPARENT.exec(single(headers.traceparent)?.trim().toLowerCase() ?? '');
  return trace?.[1] ?? randomUUID();
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
