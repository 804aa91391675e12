import { Logger } from '@nestjs/common';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../../test/support/test-app';

const PROBLEM = /^application\/problem\+json/;
const INDEX_HTML = '<!doctype html><title>Lagspill</title><script type="module" src="/assets/app-abc.js"></script>';
const APP_JS = 'console.log("lagspill");';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
// What the server's own answers carry (libs/platform/src/bootstrap/security-headers.ts), not the site's policy.
const SERVER_CSP = "default-src 'none';frame-ancestors 'none'";

describe('the web app at /', () => {
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'lagspill-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), INDEX_HTML);
    await writeFile(join(webRoot, 'assets', 'app-abc.js'), APP_JS);
  });

  afterAll(async () => {
    await rm(webRoot, { recursive: true, force: true });
  });

  describe('with a built web app and dev login', () => {
    let lagspill: TestApp;

    beforeAll(async () => {
      lagspill = await startTestApp({ WEB_ROOT: webRoot });
    });

    afterAll(async () => {
      await lagspill?.close();
    });

    it('serves index.html at /, revalidated on every load, with the security headers', async () => {
      const response = await lagspill.http().get('/').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toBe(INDEX_HTML);
      expect(response.headers).toMatchObject({
        'cache-control': 'no-cache',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
    });

    it('serves a hashed asset as immutable for a year', async () => {
      const response = await lagspill.http().get('/assets/app-abc.js').expect(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.text).toBe(APP_JS);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-security-policy']).toBe(CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it.each(['/saker/PLL-2026-000001', '/saker', '/assets'])(
      'answers a browser asking for the client-side route %s with index.html',
      async (path) => {
        const response = await lagspill
          .http()
          .get(path)
          .set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8')
          .expect(200);
        expect(response.text).toBe(INDEX_HTML);
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers['content-security-policy']).toBe(CSP);
      },
    );

    it('answers HEAD for a deep link like GET, without a body', async () => {
      const response = await lagspill.http().head('/saker/PLL-2026-000001').set('Accept', 'text/html').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toBeUndefined();
    });

    it.each([
      ['a missing file', '/assets/app-missing.js', '*/*'],
      ['a page asked for as JSON', '/saker/PLL-2026-000001', 'application/json'],
    ])('answers %s with the 404 problem, not the app', async (_, path, accept) => {
      const response = await lagspill.http().get(path).set('Accept', accept).expect(404);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.headers['content-security-policy']).toBe(SERVER_CSP);
    });

    it.each(['/api/nope', '/api', '/health/nope', '/metrics/nope', '/.well-known/nope'])(
      "keeps the server's own 404 problem for %s, even for a browser",
      async (path) => {
        const response = await lagspill.http().get(path).set('Accept', 'text/html').expect(404);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({ type: '/problems/not-found', status: 404, instance: path });
      },
    );

    it('leaves other methods to the server', async () => {
      const response = await lagspill.http().post('/saker').set('Accept', 'text/html').expect(404);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });

    it('still serves the API and the OpenID documents', async () => {
      const me = await lagspill
        .http()
        .get('/api/me')
        .auth(await lagspill.tokenFor('lege.cgm'), { type: 'bearer' })
        .expect(200);
      expect(me.body.username).toBe('lege.cgm');
      expect(me.headers['content-security-policy']).toBe(SERVER_CSP);
      await lagspill.http().get('/.well-known/jwks.json').set('Accept', 'text/html').expect(200);
      await lagspill.http().get('/health/live').set('Accept', 'text/html').expect(200, { status: 'ok' });
    });
  });

  describe('without dev login', () => {
    let lagspill: TestApp;

    beforeAll(async () => {
      lagspill = await startTestApp({
        WEB_ROOT: webRoot,
        LAGSPILL_DEV_LOGIN: 'false',
        LAGSPILL_DEMO_DIRECTORY: 'true',
        OIDC_ISSUER: 'https://helseid-sts.nhn.no',
      });
    });

    afterAll(async () => {
      await lagspill?.close();
    });

    it("lets the app connect to the identity provider's origin", async () => {
      const response = await lagspill.http().get('/').expect(200);
      expect(response.headers['content-security-policy']).toContain(
        "connect-src 'self' https://helseid-sts.nhn.no; frame-ancestors 'none'",
      );
    });
  });

  describe('without a web build', () => {
    let lagspill: TestApp;
    let warn: jest.SpyInstance;

    beforeAll(async () => {
      warn = jest.spyOn(Logger.prototype, 'warn');
      lagspill = await startTestApp({ WEB_ROOT: join(webRoot, 'not-built') });
    });

    afterAll(async () => {
      warn.mockRestore();
      await lagspill?.close();
    });

    it('warns once at start that there is no site', () => {
      const warnings = warn.mock.calls.filter(([message]) => /has no index\.html/.test(String(message)));
      expect(warnings).toEqual([[expect.stringContaining(join(webRoot, 'not-built'))]]);
    });

    it('serves no site, and the API as ever', async () => {
      const page = await lagspill.http().get('/saker/PLL-2026-000001').set('Accept', 'text/html').expect(404);
      expect(page.headers['content-type']).toMatch(PROBLEM);
      await lagspill.http().get('/').expect(404);
      await lagspill.http().get('/health/live').expect(200, { status: 'ok' });
      await lagspill
        .http()
        .get('/api/me')
        .auth(await lagspill.tokenFor('admin'), { type: 'bearer' })
        .expect(200);
    });
  });
});
