import { redactIdentityNumbers } from '@lagspill/domain';
import pino, { type LoggerOptions } from 'pino';
import { decodePercentLeniently } from '../http/lenient-percent-decoding';

/**
 * What the logs may keep of anything a request carried: identity numbers typed into a search, a path, a
 * header or a body end up in error messages and request lines alike, so every string on its way to the
 * log goes through the domain's redactor, decoded first (percent escapes, `+` for a space; escapes that
 * are not UTF-8 do not stop the rest from being decoded). A string without one is logged as it came.
 */
export function loggableText(text: string): string {
  // As written first: a number can hide in how escapes are split (`%A01018010018` decodes to another
  // character and ten digits), and the log would otherwise keep the written one.
  const written = redactIdentityNumbers(text);
  const decoded = redactIdentityNumbers(decodePercentLeniently(written.text.replace(/\+/g, ' ')));
  return written.count + decoded.count > 0 ? decoded.text : text;
}

const MAX_DEPTH = 8;

/**
 * A value with every string in it made loggable: arrays and plain objects are followed (own properties
 * only), and an array of strings is also read as one text, so a number split over path segments
 * (`["010180", "10018"]`) is found as well.
 */
export function loggableValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return loggableText(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => loggableValue(item, depth + 1));
    if (!value.every((item) => typeof item === 'string')) return items;
    const joined = value.join('/');
    const whole = loggableText(joined);
    return whole !== joined && items.join('/') === joined ? whole : items;
  }
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, loggableValue(item, depth + 1)]));
}

interface SerialisedRequest {
  readonly url?: unknown;
  readonly query?: unknown;
  readonly params?: unknown;
  readonly headers?: unknown;
}

/** The request as pino-http serialised it, with its URL, query, route parameters and headers made loggable. */
export function loggableRequest<T extends SerialisedRequest>(request: T): T {
  return {
    ...request,
    url: loggableValue(request.url),
    query: loggableValue(request.query),
    params: loggableValue(request.params),
    headers: loggableValue(request.headers),
  };
}

/**
 * Only the status of an answer: its headers are not logged wholesale, since they carry what the request
 * brought back (a redirect's `Location` with an authorization code, a `Set-Cookie`).
 */
export function loggableResponse(response: { readonly statusCode?: unknown }): { statusCode: unknown } {
  return { statusCode: response.statusCode };
}

/**
 * An error as pino serialises it (pino-http hands over its own serialisation, a logger call the Error),
 * with its message, stack and other texts made loggable.
 */
export function loggableError(error: unknown): unknown {
  if (error === null || typeof error !== 'object') return loggableValue(error);
  return loggableValue({ ...(error instanceof Error ? pino.stdSerializers.err(error) : error) });
}

/**
 * The logger options every logger of a deployable uses: serializers for requests, answers and errors,
 * and a hook that makes every message and every field of every log line loggable, whoever logs it.
 */
export function redactingLogOptions(): Pick<LoggerOptions, 'serializers' | 'hooks' | 'redact'> {
  return {
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: { req: loggableRequest, res: loggableResponse, err: loggableError },
    hooks: {
      logMethod(args, method) {
        const loggable = args.map((arg) =>
          typeof arg === 'string' ? loggableText(arg) : isPlainObject(arg) ? loggableFields(arg) : arg,
        );
        method.apply(this, loggable as Parameters<typeof method>);
      },
    },
  };
}

/** A log line's fields made loggable, except those the serializers above own. */
function loggableFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      name === 'req' || name === 'res' || name === 'err' ? value : loggableValue(value),
    ]),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
