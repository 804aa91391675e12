import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseworkServiceModule } from '../../apps/casework/src/casework-service.module';
import { InsightsServiceModule } from '../../apps/insights/src/insights-service.module';
import { IntakeServiceModule } from '../../apps/intake/src/intake-service.module';
import { LagspillModule } from '../../apps/lagspill/src/lagspill.module';
import { RoutingServiceModule } from '../../apps/routing/src/routing-service.module';
import { registeredRoutes, type RegisteredRoute } from '../support/registered-routes';
import { startTestApp, type RootModule, type TestApp } from '../support/test-app';

/**
 * Authentication is decided by the route that matched, and a route has one spelling (issue 14, item 1).
 * Every route every deployable registers — read from its router, so a route added later is covered
 * without touching this file — is called without a token under every spelling an attacker might try.
 * A route that is not `@Public()` must answer 401 (or 404 when the spelling is no route), never 2xx
 * and never 5xx, and never the web site's index.html.
 */

/** The routes open without a token, and why. A new public route must be added here on purpose. */
const PUBLIC_ROUTES = new Set([
  'GET /health/live', // probes
  'GET /health/ready',
  'GET /metrics', // the scraper
  'GET /api/web-config', // the browser needs it to log in
  'GET /api/dev/users', // dev login only (never in production)
  'POST /api/dev/token',
  'GET /api/dev/oauth/authorize',
  'POST /api/dev/oauth/token',
  'GET /.well-known/openid-configuration',
  'GET /.well-known/jwks.json',
  'GET /api/dev/mail', // dev mailbox only (dev login without SMTP_URL)
  'GET /dev/mail',
  'GET /dev/mail/:id',
  'GET /dev/mail/:id/text',
  'GET /dev/mail/:id/raw',
]);

/** Routes Express serves outside Nest's controllers: the OpenAPI document and Swagger UI, open by design. */
const OPENAPI = /^\/api\/docs(?:-json|-yaml|\/.*)?$/;

const SAMPLE_PARAMS: Readonly<Record<string, string>> = {
  id: 'PLL-2026-000001',
  updateId: '0196a6e4-6c58-7c2c-8a8f-3e2f6d1b2c3d',
};

function concrete(template: string): string {
  return template.replace(/:(\w+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'x');
}

interface Spelling {
  readonly name: string;
  readonly path: string;
  /** Whether the spelling can still name the route (and so may answer 401), or is no route (404 only). */
  readonly mayMatch: boolean;
}

/** The same route spelled the ways that once got past a path-string test. */
function spellings(path: string): Spelling[] {
  const [, first = '', rest = ''] = /^\/([^/]+)(.*)$/.exec(path) ?? [];
  const encodedFirstLetter = `%${first.charCodeAt(0).toString(16)}${first.slice(1)}`;
  const lastSlash = path.lastIndexOf('/');
  return [
    { name: 'upper-case first segment', path: `/${first.toUpperCase()}${rest}`, mayMatch: false },
    { name: 'capitalised first segment', path: `/${first[0]?.toUpperCase()}${first.slice(1)}${rest}`, mayMatch: false },
    { name: 'whole path upper-case', path: path.toUpperCase(), mayMatch: false },
    { name: 'trailing slash', path: `${path}/`, mayMatch: true },
    { name: '%2F for the first slash after the first segment', path: `/${first}%2F${rest.slice(1)}`, mayMatch: true },
    {
      name: '%2F for the last slash',
      path: `${path.slice(0, lastSlash)}%2F${path.slice(lastSlash + 1)}`,
      mayMatch: true,
    },
    { name: '%2f lower-case', path: `/${first}%2f${rest.slice(1)}`, mayMatch: true },
    { name: 'percent-encoded first letter', path: `/${encodedFirstLetter}${rest}`, mayMatch: true },
    { name: 'double slash in front', path: `/${path}`, mayMatch: true },
    { name: 'double slash inside', path: `/${first}/${rest}`, mayMatch: true },
    { name: 'dot segment', path: `/${first}/.${rest}`, mayMatch: true },
    { name: 'dot-dot segment', path: `/x/..${path}`, mayMatch: true },
    { name: ';param on the first segment', path: `/${first};x=1${rest}`, mayMatch: true },
    { name: ';param on the last segment', path: `${path};x=1`, mayMatch: true },
    { name: 'backslash', path: `/${first}\\${rest.slice(1)}`, mayMatch: true },
  ].filter((spelling) => spelling.path !== path);
}

const ACCEPTS = ['application/json', 'text/html'];
const PARALLEL_REQUESTS = 16;

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

interface RawAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
}

/**
 * One request with the path exactly as written: HTTP clients built on WHATWG URLs (supertest) would
 * resolve `..`, turn `\` into `/` and so never send what an attacker sends.
 */
function call(origin: URL, agent: Agent, method: string, path: string, accept: string): Promise<RawAnswer> {
  const body = method === 'POST' || method === 'PUT' ? '{}' : undefined;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        method,
        path,
        headers: { accept, ...(body ? { 'content-type': 'application/json', 'content-length': body.length } : {}) },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

interface Failure {
  readonly route: string;
  readonly spelling: string;
  readonly path: string;
  readonly accept: string;
  readonly status: number;
  readonly contentType: string | undefined;
}

/** Calls every spelling of every route without a token and returns the answers that broke the rule. */
async function unauthenticatedFailures(app: TestApp, routes: readonly RegisteredRoute[]): Promise<Failure[]> {
  const server = app.app.getHttpServer() as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL_REQUESTS });
  const attempts = routes.flatMap((route) => {
    const path = concrete(route.path);
    // The site's fallback answers only GET, so only GET needs asking as a browser would too.
    const asked: [string, string][] =
      route.method === 'GET'
        ? ACCEPTS.map((accept): [string, string] => ['GET', accept]).concat([['HEAD', ACCEPTS[0] ?? '']])
        : [[route.method, ACCEPTS[0] ?? '']];
    return [{ name: 'as registered', path, mayMatch: true }, ...spellings(path)].flatMap((spelling) =>
      asked.map(([method, accept]) => ({ route, spelling, method, accept })),
    );
  });
  const failures: Failure[] = [];
  await inParallel(attempts, PARALLEL_REQUESTS, async ({ route, spelling, method, accept }) => {
    const { status, contentType } = await call(origin, agent, method, spelling.path, accept);
    const open = route.public || !route.controller;
    const allowed = open
      ? spelling.mayMatch
        ? status < 500 || status === 503 // the web app's settings while the issuer is unreachable
        : status === 404
      : spelling.mayMatch
        ? status === 401 || status === 404
        : status === 404;
    const problem = method === 'HEAD' || /^application\/problem\+json/.test(contentType ?? '');
    if (!allowed || (!open && !problem))
      failures.push({
        route: `${route.method} ${route.path}`,
        spelling: `${method} ${spelling.name}`,
        path: spelling.path,
        accept,
        status,
        contentType,
      });
  });
  agent.destroy();
  return failures;
}

const DEPLOYABLES: readonly [string, RootModule, Record<string, string>][] = [
  ['the all-in-one app', (context) => LagspillModule.forRoot(context), {}],
  [
    'the all-in-one app without dev login',
    (context) => LagspillModule.forRoot(context),
    { LAGSPILL_DEV_LOGIN: 'false', OIDC_ISSUER: 'https://helseid.example.test', LAGSPILL_DEMO_DIRECTORY: 'true' },
  ],
  ['the intake service', (context) => IntakeServiceModule.forRoot(context), {}],
  ['the routing service', (context) => RoutingServiceModule.forRoot(context), {}],
  ['the casework service', (context) => CaseworkServiceModule.forRoot(context), {}],
  ['the insights service', (context) => InsightsServiceModule.forRoot(context), {}],
];

describe('every registered route needs a verified caller unless it is public, however it is spelled', () => {
  let webRoot: string;

  beforeAll(() => {
    // A site to fall back to, so that a misspelt server path answered with index.html would show.
    webRoot = mkdtempSync(join(tmpdir(), 'lagspill-site-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Lagspill</title>');
  });

  afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

  it.each(DEPLOYABLES)(
    '%s',
    async (_name, rootModule, env) => {
      const app = await startTestApp({ WEB_ROOT: webRoot, EVENT_STORE_POLL_INTERVAL_MS: '60000', ...env }, rootModule);
      try {
        const routes = registeredRoutes(app.app);
        const guarded = routes.filter((route) => route.controller && !route.public);
        expect(guarded.length).toBeGreaterThan(0);
        // What is open is exactly what is meant to be: the list above, and the OpenAPI document.
        for (const route of routes.filter((r) => r.controller && r.public))
          expect(PUBLIC_ROUTES).toContain(`${route.method} ${route.path}`);
        for (const route of routes.filter((r) => !r.controller)) expect(route.path).toMatch(OPENAPI);

        const failures = await unauthenticatedFailures(app, routes);
        expect(failures).toEqual([]);
      } finally {
        await app.close();
      }
    },
    120_000,
  );
});
