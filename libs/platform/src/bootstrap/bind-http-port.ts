import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problem, PROBLEM_CONTENT_TYPE } from '../problem/problem-details';
import { StartUpError } from './start-up-error';

/** The HTTP port, bound before anything else starts, answering for the application until it can. */
export interface BoundHttpPort {
  /** Where it listens, e.g. `http://127.0.0.1:3000` (the port the system chose for PORT=0). */
  readonly url: string;
  /** Hands every request from now on to `handler`; until then `/health/live` is 200 and the rest 503. */
  serve(handler: RequestListener): void;
  /** Stops taking connections and waits for the requests in progress. */
  close(): Promise<void>;
}

const EX_UNAVAILABLE = 69;

/**
 * Listens on `host:port` at once, so that a port in use (or an address that is not this machine's)
 * stops start-up before the database, migrations or subscribers are touched. The same server then
 * serves the application (`serve`): the port is never let go in between, so nothing can take it.
 * Fails with a StartUpError (exit code 69) saying in one line why it cannot listen.
 */
export async function bindHttpPort(port: number, host: string): Promise<BoundHttpPort> {
  let handler: RequestListener = starting;
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new StartUpError(whyNotListening(error, port, host), EX_UNAVAILABLE, { cause: error })),
    );
    server.listen(port, host, () => resolve());
  });
  return {
    url: urlOf(server),
    serve: (next) => {
      handler = next;
    },
    close: () => close(server),
  };
}

/** What a request gets while the database starts and migrates: the same as a not-ready /health/ready. */
function starting(request: Parameters<RequestListener>[0], response: Parameters<RequestListener>[1]): void {
  if (request.url === '/health/live') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ status: 'ok' }));
    return;
  }
  const body = problem(503, 'not-ready', { detail: 'The service is starting' });
  response.writeHead(503, { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', 'retry-after': '5' });
  response.end(JSON.stringify(body));
}

function whyNotListening(error: Error & { code?: string }, port: number, host: string): string {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `cannot listen on ${where}: port ${port} is already in use (EADDRINUSE); stop what uses it or set PORT`;
    case 'EACCES':
      return `cannot listen on ${where}: not allowed to use port ${port} (EACCES); set PORT to 1024 or above`;
    case 'EADDRNOTAVAIL':
      return `cannot listen on ${where}: HOST=${host} is not an address of this machine (EADDRNOTAVAIL)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return `cannot listen on ${where}: HOST=${host} does not resolve to an address (${error.code})`;
    default:
      return `cannot listen on ${where}: ${error.message.replace(/\s+/g, ' ')}`;
  }
}

function urlOf(server: Server): string {
  const { address, family, port } = server.address() as AddressInfo;
  const host =
    family === 'IPv6' ? (address === '::' ? '[::1]' : `[${address}]`) : address === '0.0.0.0' ? '127.0.0.1' : address;
  return `http://${host}:${port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error?: Error & { code?: string }) =>
      error && error.code !== 'ERR_SERVER_NOT_RUNNING' ? reject(error) : resolve(),
    );
    // Keep-alive connections with no request in progress would hold close() open until they time out.
    server.closeIdleConnections();
  });
}
