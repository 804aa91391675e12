import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DevIdentityProvider } from '@lagspill/auth';
import { createHttpApp, DatabaseConnection, loadConfig } from '@lagspill/platform';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { LagspillModule } from '../src/lagspill.module';

const PROBLEM = /^application\/problem\+json/;

async function startApp(database: TestDatabase, env: Record<string, string>): Promise<INestApplication> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, ...env });
  return createHttpApp(
    LagspillModule.forRoot({ config, connection: new DatabaseConnection(database.url, false) }),
    'lagspill',
  );
}

describe('authentication over HTTP', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase([]);
  });

  afterAll(async () => {
    await database.drop();
  });

  describe('with dev login', () => {
    let app: INestApplication;
    const http = () => request(app.getHttpServer());
    const tokenFor = async (username: string) =>
      (await http().post('/api/dev/token').send({ username }).expect(200)).body.access_token as string;

    beforeAll(async () => {
      app = await startApp(database, { LAGSPILL_DEV_LOGIN: 'true', PORT: '3999' });
    });

    afterAll(async () => {
      await app?.close();
    });

    it('lists the demo users without a token', async () => {
      const { body } = await http().get('/api/dev/users').expect(200);
      expect(body).toContainEqual({
        username: 'lege.cgm',
        name: 'Kari Nordmann',
        role: 'reporter',
        organisation: { id: 'morkved-legesenter', name: 'Mørkved legesenter', type: 'gp-office' },
      });
      expect(body).toContainEqual({
        username: 'support.cgm',
        name: 'Jonas Kristiansen',
        role: 'responder',
        party: 'cgm',
        partyName: 'CompuGroup Medical (CGM)',
      });
      expect(body).toContainEqual({ username: 'admin', name: 'Lagspill drift', role: 'admin' });
    });

    it('issues a signed bearer token for a demo user, valid for an hour', async () => {
      const { body } = await http().post('/api/dev/token').send({ username: 'koordinator.nord' }).expect(200);
      expect(body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
      const [header, payload] = (body.access_token as string)
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, number | string>);
      expect(header).toMatchObject({ alg: 'ES256', typ: 'JWT' });
      expect(payload).toMatchObject({ sub: 'koordinator.nord', iss: 'http://localhost:3999', aud: 'lagspill' });
      expect(Number(payload.exp) - Number(payload.iat)).toBe(3600);
    });

    it('answers an unknown demo user with 404, and a bad request body with 400', async () => {
      const unknown = await http().post('/api/dev/token').send({ username: 'ghost' }).expect(404);
      expect(unknown.headers['content-type']).toMatch(PROBLEM);
      expect(unknown.body).toMatchObject({ status: 404, code: 'UNKNOWN_DIRECTORY_ENTRY' });
      const invalid = await http().post('/api/dev/token').send({}).expect(400);
      expect(invalid.body.errors).toContainEqual(expect.objectContaining({ field: 'username' }));
    });

    it('publishes the dev issuer and its public keys', async () => {
      const discovery = await http().get('/.well-known/openid-configuration').expect(200);
      expect(discovery.body).toMatchObject({
        issuer: 'http://localhost:3999',
        jwks_uri: 'http://localhost:3999/.well-known/jwks.json',
        authorization_endpoint: 'http://localhost:3999/api/dev/oauth/authorize',
        token_endpoint: 'http://localhost:3999/api/dev/oauth/token',
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
      });
      const { body } = await http().get('/.well-known/jwks.json').expect(200);
      expect(body.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })]);
      expect(body.keys[0]).not.toHaveProperty('d');
    });

    it('lets a caller with a token through to a protected route, as who the directory says', async () => {
      const reporter = await http()
        .get('/api/me')
        .auth(await tokenFor('lege.cgm'), { type: 'bearer' })
        .expect(200);
      expect(reporter.body).toEqual({
        username: 'lege.cgm',
        name: 'Kari Nordmann',
        role: 'reporter',
        organisation: 'morkved-legesenter',
        organisationName: 'Mørkved legesenter',
        organisationType: 'gp-office',
        system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2' },
        region: 'helse-nord',
      });
      const responder = await http()
        .get('/api/me')
        .auth(await tokenFor('support.cgm'), { type: 'bearer' })
        .expect(200);
      expect(responder.body).toEqual({
        username: 'support.cgm',
        name: 'Jonas Kristiansen',
        role: 'responder',
        party: 'cgm',
        partyName: 'CompuGroup Medical (CGM)',
      });
    });

    it("names the caller's organisation and its record system, leaving out what the directory lacks", async () => {
      const hospital = await http()
        .get('/api/me')
        .auth(await tokenFor('sykehuslege'), { type: 'bearer' })
        .expect(200);
      expect(hospital.body).toMatchObject({
        organisationName: 'Nordlandssykehuset, medisinsk klinikk',
        organisationType: 'hospital-unit',
        system: { vendor: 'dips', product: 'DIPS Arena' },
      });
      expect(hospital.body.system).not.toHaveProperty('version');
      const admin = await http()
        .get('/api/me')
        .auth(await tokenFor('admin'), { type: 'bearer' })
        .expect(200);
      expect(admin.body).toEqual({ username: 'admin', name: 'Lagspill drift', role: 'admin' });
    });

    it('refuses a protected route without a token: 401 problem with a Bearer challenge', async () => {
      const response = await http().get('/api/me').expect(401);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(response.body).toMatchObject({
        type: '/problems/unauthorized',
        status: 401,
        detail: expect.stringMatching(/no bearer token/),
      });
    });

    it('refuses a tampered token: 401 invalid_token', async () => {
      const token = await tokenFor('lege.cgm');
      const [header, , signature] = token.split('.');
      const forged = Buffer.from(
        JSON.stringify({ sub: 'admin', iss: 'http://localhost:3999', aud: 'lagspill', exp: 9999999999 }),
      ).toString('base64url');
      const response = await http()
        .get('/api/me')
        .auth(`${header}.${forged}.${signature}`, { type: 'bearer' })
        .expect(401);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.headers['www-authenticate']).toMatch(/error="invalid_token"/);
      expect(response.body.detail).toMatch(/signature/);
    });

    it('refuses a valid token for someone not in the directory: 403 unknown user', async () => {
      const { access_token } = await app.get(DevIdentityProvider).issueToken('ghost', 'Nobody');
      const response = await http().get('/api/me').auth(access_token, { type: 'bearer' }).expect(403);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ type: '/problems/unknown-user', status: 403, code: 'UNKNOWN_USER' });
      expect(response.body.detail).toMatch(/Unknown user/);
    });

    it('leaves health and metrics open', async () => {
      await http().get('/health/live').expect(200);
      await http().get('/metrics').expect(200);
    });
  });

  describe('without dev login', () => {
    let app: INestApplication;

    beforeAll(async () => {
      app = await startApp(database, {
        LAGSPILL_DEV_LOGIN: 'false',
        OIDC_ISSUER: 'https://helseid-sts.nhn.no',
        LAGSPILL_DEMO_DIRECTORY: 'true',
      });
    });

    afterAll(async () => {
      await app?.close();
    });

    it.each([
      ['GET', '/api/dev/users'],
      ['POST', '/api/dev/token'],
      ['GET', '/.well-known/openid-configuration'],
      ['GET', '/.well-known/jwks.json'],
      ['GET', '/api/dev/oauth/authorize'],
      ['POST', '/api/dev/oauth/token'],
    ])('has no %s %s', async (method, path) => {
      const call =
        method === 'GET'
          ? request(app.getHttpServer()).get(path)
          : request(app.getHttpServer()).post(path).send({ username: 'admin' });
      const response = await call.expect(404);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });

    it('still guards the API', async () => {
      await request(app.getHttpServer()).get('/api/me').expect(401);
    });
  });
});
