/**
 * Whether `error` says the database cannot be reached (stopped, restarting, refusing connections, or the
 * connection was lost), as opposed to a query that failed. Recognised by shape, as the platform does not
 * import `pg`: node-postgres and TypeORM errors, and the socket errors under them.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith(CONNECTION_EXCEPTION_CLASS))) {
    return true;
  }
  if (typeof message === 'string' && LOST_CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // TypeORM wraps the driver's error; Node reports a refused connection to every address at once.
  const inner: unknown[] = [driverError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])];
  return inner.some((nested) => nested !== error && isDatabaseUnavailable(nested, depth + 1));
}

/** SQLSTATE class 08: connection exception. */
const CONNECTION_EXCEPTION_CLASS = '08';

const UNAVAILABLE_CODES = new Set([
  // PostgreSQL shutting down, crashed, or starting up (SQLSTATE 57P01–57P03), or out of connections.
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // The socket under the connection.
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** What node-postgres says, without a code, when a connection ended or could not be had in time. */
const LOST_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable$/,
];
