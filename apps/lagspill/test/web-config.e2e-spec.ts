import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../../test/support/test-app';

const PROBLEM = /^application\/problem\+json/;

describe('GET /api/web-config', () => {
  describe('with dev login', () => {
    let lagspill: TestApp;

    beforeAll(async () => {
      lagspill = await startTestApp({ OIDC_CLIENT_ID: 'lagspill-test', OIDC_SCOPE: 'openid profile offline' });
    });

    afterAll(async () => {
      await lagspill?.close();
    });

    it("names the dev provider's endpoints as paths on this server, without a token", async () => {
      const { body } = await lagspill.http().get('/api/web-config').expect(200);
      expect(body).toEqual({
        devLogin: true,
        clientId: 'lagspill-test',
        scope: 'openid profile offline',
        authorizationEndpoint: '/api/dev/oauth/authorize',
        tokenEndpoint: '/api/dev/oauth/token',
      });
    });

    it('gives a client id the dev authorize endpoint accepts', async () => {
      const { body } = await lagspill.http().get('/api/web-config').expect(200);
      const response = await lagspill
        .http()
        .get(body.authorizationEndpoint)
        .query({
          response_type: 'code',
          client_id: body.clientId,
          redirect_uri: 'http://localhost:5173/auth/callback',
          state: 's',
          code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
          code_challenge_method: 'S256',
          login_hint: 'admin',
          scope: body.scope,
        })
        .expect(302);
      expect(new URL(response.headers.location).searchParams.get('code')).toBeTruthy();
    });
  });

  describe('with an outside issuer', () => {
    let issuer: Server;
    let issuerUrl: string;
    let answer: 'down' | 'other-issuer' | 'up';
    let discoveryReads: number;
    let lagspill: TestApp;

    beforeAll(async () => {
      issuer = createServer((request, response) => {
        if (request.url !== '/.well-known/openid-configuration') return void response.writeHead(404).end();
        discoveryReads += 1;
        if (answer === 'down') return void response.writeHead(502).end();
        response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            issuer: answer === 'up' ? issuerUrl : 'https://someone-else.example.com',
            authorization_endpoint: `${issuerUrl}/connect/authorize`,
            token_endpoint: `${issuerUrl}/connect/token`,
            jwks_uri: `${issuerUrl}/.well-known/openid-configuration/jwks`,
          }),
        );
      });
      await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
      issuerUrl = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}`;
      lagspill = await startTestApp({
        LAGSPILL_DEV_LOGIN: 'false',
        OIDC_ISSUER: issuerUrl,
        LAGSPILL_DEMO_DIRECTORY: 'true',
      });
    });

    beforeEach(() => {
      discoveryReads = 0;
    });

    afterAll(async () => {
      await lagspill?.close();
      await new Promise((resolve) => issuer?.close(resolve));
    });

    it('answers 503 while the issuer cannot be read, or publishes a document for another issuer', async () => {
      for (const state of ['down', 'other-issuer', 'down'] as const) {
        answer = state;
        const response = await lagspill.http().get('/api/web-config').expect(503);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body).toMatchObject({ type: '/problems/identity-provider-unavailable', status: 503 });
      }
      expect(discoveryReads).toBe(3);
    });

    it("then names the issuer's endpoints from its discovery document, read once and kept", async () => {
      answer = 'up';
      const { body } = await lagspill.http().get('/api/web-config').expect(200);
      expect(body).toEqual({
        devLogin: false,
        clientId: 'lagspill-web',
        scope: 'openid profile',
        authorizationEndpoint: `${issuerUrl}/connect/authorize`,
        tokenEndpoint: `${issuerUrl}/connect/token`,
      });
      answer = 'down';
      await Promise.all([1, 2, 3].map(() => lagspill.http().get('/api/web-config').expect(200, body)));
      expect(discoveryReads).toBe(1);
    });
  });
});
