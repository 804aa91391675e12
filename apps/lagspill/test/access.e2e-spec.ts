import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import type { Response } from 'supertest';
import { CONSISTENT_WITH_HEADER, REQUEST_ID_REQUEST_HEADERS } from '@lagspill/platform';
import { registeredRoutes } from '../../../test/support/registered-routes';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { CaseApi, PROBLEM, sfmSyncReport } from './support/case-api';

const ISSUER = 'https://idp.test.example.no';
const now = () => Math.floor(Date.now() / 1000);
const NO_CONTENT_POLICY = "default-src 'none';frame-ancestors 'none'";

/** An issuer of our own, so that every token can be signed as an attacker or a broken issuer would. */
interface Issuer {
  readonly jwksUri: string;
  readonly publicPem: string;
  sign(claims?: JWTPayload, header?: Record<string, unknown>, key?: CryptoKey): Promise<string>;
  close(): Promise<void>;
}

async function startIssuer(): Promise<Issuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'issuer-key', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    jwksUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    publicPem: await exportSPKI(publicKey),
    sign: (claims = {}, header = {}, key = privateKey) =>
      new SignJWT({ sub: 'lege.cgm', iss: ISSUER, aud: 'lagspill', iat: now(), exp: now() + 600, ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'issuer-key', typ: 'JWT', ...header })
        .sign(key),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function expectInvalidToken(response: Response, detail: RegExp): void {
  expect({ status: response.status, detail: (response.body as { detail?: string }).detail }).toEqual({
    status: 401,
    detail: expect.stringMatching(detail),
  });
  expect(response.headers['content-type']).toMatch(PROBLEM);
  expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="lagspill", error="invalid_token"/);
}

describe('access over HTTP', () => {
  describe('with tokens from an outside issuer, the defaults otherwise', () => {
    let issuer: Issuer;
    let t: TestApp;

    beforeAll(async () => {
      issuer = await startIssuer();
      t = await startTestApp({
        LAGSPILL_DEV_LOGIN: 'false',
        LAGSPILL_DEMO_DIRECTORY: 'true',
        OIDC_ISSUER: ISSUER,
        OIDC_JWKS_URI: issuer.jwksUri,
        RATE_LIMIT_PER_MINUTE: '0',
      });
    });

    afterAll(async () => {
      await t?.close();
      await issuer?.close();
    });

    const me = (token: string) => t.http().get('/api/me').auth(token, { type: 'bearer' });

    it("accepts the issuer's own token (so each rejection below is about the one thing changed)", async () => {
      const response = await me(await issuer.sign()).expect(200);
      expect(response.body).toMatchObject({ username: 'lege.cgm', role: 'reporter' });
    });

    it.each([
      ['expired', () => issuer.sign({ iat: now() - 7200, exp: now() - 60 }), /expired/],
      ['not valid yet', () => issuer.sign({ nbf: now() + 3600 }), /not valid yet/],
      ['for another audience', () => issuer.sign({ aud: 'another-service' }), /another audience/],
      ['from another issuer', () => issuer.sign({ iss: 'https://evil.example.com' }), /another issuer/],
      ['without an expiry', () => issuer.sign({ exp: undefined }), /"exp"/],
      [
        'signed with another key under the issuer key id',
        async () => issuer.sign({}, {}, (await generateKeyPair('ES256')).privateKey),
        /signature/,
      ],
      [
        'signed with a key the issuer never published',
        async () => issuer.sign({}, { kid: 'stranger' }, (await generateKeyPair('ES256')).privateKey),
        /signature/,
      ],
      [
        'unsigned (alg: none)',
        () => {
          const part = (value: object) => base64url.encode(JSON.stringify(value));
          return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'admin', iss: ISSUER, aud: 'lagspill', exp: now() + 600 })}.`;
        },
        /not allowed/,
      ],
      [
        "HS256 with the issuer's public key as the secret",
        () =>
          new SignJWT({ sub: 'admin', iss: ISSUER, aud: 'lagspill', exp: now() + 600 })
            .setProtectedHeader({ alg: 'HS256', kid: 'issuer-key', typ: 'JWT' })
            .sign(new TextEncoder().encode(issuer.publicPem)),
        /not allowed/,
      ],
      ['not a JWT at all', () => Promise.resolve('bm90LWEtand0'), /malformed/],
    ])('refuses a token %s: 401 invalid_token, on a read and on a write', async (_name, make, detail) => {
      const token = await make();
      expectInvalidToken(await me(token), detail);
      expectInvalidToken(
        await t.http().post('/api/reports').auth(token, { type: 'bearer' }).send(sfmSyncReport()),
        detail,
      );
    });

    it('sends no rate-limit headers with RATE_LIMIT_PER_MINUTE=0: the limiter is not installed', async () => {
      const response = await me(await issuer.sign()).expect(200);
      expect(response.headers).not.toHaveProperty('x-ratelimit-limit');
    });

    it('lets no other origin call without CORS_ORIGINS: a preflight gets no Access-Control-Allow-Origin', async () => {
      const response = await t
        .http()
        .options('/api/reports')
        .set('Origin', 'https://portal.example.no')
        .set('Access-Control-Request-Method', 'POST');
      expect(response.headers).not.toHaveProperty('access-control-allow-origin');
    });
  });

  describe('with dev login, a low rate limit and one allowed origin', () => {
    const LIMIT = 8;
    const ALLOWED = 'https://portal.example.no';
    let t: TestApp;
    let api: CaseApi;

    beforeAll(async () => {
      t = await startTestApp({
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
        CORS_ORIGINS: `${ALLOWED}, http://localhost:5173`,
      });
      api = new CaseApi(t);
    });

    afterAll(async () => {
      await t?.close();
    });

    describe('security headers', () => {
      it.each([
        ['an answer', '/api/taxonomy', 200],
        ['a problem', '/api/cases/no-such-case', 404],
        ['a health check', '/health/live', 200],
        ['an unknown path outside /api', '/nothing-here', 404],
      ])('are on %s, with a policy that allows nothing and no framing', async (_what, path, status) => {
        const response = await api.get('lege.pridok', path);
        expect(response.status).toBe(status);
        expect(response.headers).toMatchObject({
          'content-security-policy': NO_CONTENT_POLICY,
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'no-referrer',
          'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-resource-policy': 'same-origin',
        });
        expect(response.headers).not.toHaveProperty('x-powered-by');
      });

      it("give the OpenAPI UI the same-origin policy its own scripts need, not the API's", async () => {
        const response = await t.http().get('/api/docs/').expect(200);
        expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
        expect(response.headers['content-security-policy']).not.toBe(NO_CONTENT_POLICY);
      });
    });

    describe('CORS', () => {
      const preflight = (origin: string) =>
        t
          .http()
          .options('/api/reports')
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key');

      it.each([ALLOWED, 'http://localhost:5173'])('answers a preflight from the allowed origin %s', async (origin) => {
        const response = await preflight(origin).expect(204);
        expect(response.headers).toMatchObject({
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET,HEAD,POST,PUT,PATCH,DELETE',
          'access-control-allow-headers':
            'Authorization,Content-Type,Accept,If-Match,Idempotency-Key,Lagspill-Consistent-With,X-Request-Id,X-Correlation-Id,traceparent,tracestate',
          'access-control-max-age': '600',
        });
        expect(response.headers).not.toHaveProperty('access-control-allow-credentials');
        expect(response.headers.vary).toMatch(/Origin/);
      });

      it.each(['https://evil.example.com', 'https://portal.example.no.evil.example.com', 'null'])(
        'refuses a preflight from %s: no Access-Control-Allow-Origin, so the browser does not send the call',
        async (origin) => {
          const response = await preflight(origin);
          expect(response.headers).not.toHaveProperty('access-control-allow-origin');
        },
      );

      it('lets the allowed origin call every method a route answers', async () => {
        const methods = new Set(registeredRoutes(t.app).map((route) => route.method));
        const response = await preflight(ALLOWED).expect(204);
        const allowed = String(response.headers['access-control-allow-methods']).split(',');
        expect([...methods].filter((method) => !allowed.includes(method))).toEqual([]);
      });

      it('lets the allowed origin send every request header the API documents, and those that name a request', async () => {
        const documented = new Set<string>();
        const openapi = (await t.http().get('/api/docs-json').expect(200)).body as {
          paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
        };
        for (const operations of Object.values(openapi.paths)) {
          for (const operation of Object.values(operations)) {
            for (const parameter of operation.parameters ?? []) {
              if (parameter.in === 'header') documented.add(parameter.name.toLowerCase());
            }
          }
        }
        // Non-vacuous: the conditional, idempotent and consistent-read headers are documented.
        expect([...documented]).toEqual(
          expect.arrayContaining(['if-match', 'idempotency-key', CONSISTENT_WITH_HEADER.toLowerCase()]),
        );
        const wanted = [...documented, ...REQUEST_ID_REQUEST_HEADERS.map((header) => header.toLowerCase())];
        const response = await t
          .http()
          .options('/api/reports')
          .set('Origin', ALLOWED)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', wanted.join(', '))
          .expect(204);
        const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(',');
        expect(wanted.filter((header) => !allowed.includes(header))).toEqual([]);
      });

      it('lets the allowed origin read the answer and the headers a client needs', async () => {
        const response = await t.http().get('/api/web-config').set('Origin', ALLOWED).expect(200);
        expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
        expect(response.headers['access-control-expose-headers']).toBe(
          'X-Request-Id,ETag,Location,Idempotent-Replayed,Retry-After,WWW-Authenticate,X-RateLimit-Limit,X-RateLimit-Remaining,X-RateLimit-Reset',
        );
        const other = await t.http().get('/api/web-config').set('Origin', 'https://evil.example.com').expect(200);
        expect(other.headers).not.toHaveProperty('access-control-allow-origin');
      });
    });

    it('refuses a report body over 256 kB with a 413 problem', async () => {
      const response = await api.report('sykepleier', sfmSyncReport({ description: 'x'.repeat(300 * 1024) }));
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({
        type: '/problems/body-too-large',
        status: 413,
        title: 'Payload Too Large',
      });
    });

    describe('rate limiting', () => {
      it(`allows ${LIMIT} requests a minute per identity, then answers 429 problem+json with Retry-After`, async () => {
        await api.authorization('multidose');
        for (let i = 0; i < LIMIT; i += 1) {
          const response = await api.get('multidose', '/api/me');
          expect({ i, status: response.status }).toEqual({ i, status: 200 });
          expect(response.headers['x-ratelimit-remaining']).toBe(String(LIMIT - 1 - i));
        }
        const refused = await api.get('multidose', '/api/taxonomy');
        expect(refused.status).toBe(429);
        expect(refused.headers['content-type']).toMatch(PROBLEM);
        expect(refused.body).toMatchObject({
          type: '/problems/too-many-requests',
          title: 'Too Many Requests',
          status: 429,
          detail: expect.stringMatching(new RegExp(`More than ${LIMIT} requests`)),
        });
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);

        // Another user behind the same address has a budget of their own: the key is the identity, not the IP.
        expect((await api.get('farmasoyt', '/api/me')).status).toBe(200);
      });

      it('counts calls without a token per client IP, and never limits health checks', async () => {
        let status = 200;
        for (let i = 0; i <= LIMIT && status === 200; i += 1) ({ status } = await t.http().get('/api/web-config'));
        expect(status).toBe(429);
        // The token endpoint is anonymous too, so it shares the blocked address's budget…
        await t.http().post('/api/dev/token').send({ username: 'lege.eg' }).expect(429);
        // …while a caller with a token still gets through, and so does the health probe.
        expect((await api.get('farmasoyt', '/api/me')).status).toBe(200);
        await t.http().get('/health/live').expect(200);
      });
    });
  });
});
