import { createHash, randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/support/test-app';

const PROBLEM = /^application\/problem\+json/;
const ISSUER = 'https://lagspill.example.no';
const CLIENT_ID = 'lagspill-web';
const REDIRECT_URI = 'http://localhost:5173/auth/callback';
const AUTHORIZE = '/api/dev/oauth/authorize';
const TOKEN = '/api/dev/oauth/token';

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

const claimsOf = (jwt: string) =>
  jwt
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);

describe('authorization code with PKCE at the dev provider', () => {
  let lagspill: TestApp;

  beforeAll(async () => {
    // An issuer of its own, so that its host is one a redirect_uri may name besides the loopback hosts.
    lagspill = await startTestApp({ OIDC_ISSUER: ISSUER });
  });

  afterAll(async () => {
    await lagspill?.close();
  });

  const authorizeQuery = (overrides: Record<string, string | undefined> = {}) => {
    const query: Record<string, string | undefined> = {
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      state: 'state-123',
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
      login_hint: 'lege.cgm',
      scope: 'openid profile',
      ...overrides,
    };
    return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as Record<
      string,
      string
    >;
  };

  const authorize = (query: Record<string, string>) => lagspill.http().get(AUTHORIZE).query(query);

  /** Logs in through the authorize endpoint and gives the code it sent back. */
  const codeFor = async (challenge: string, overrides: Record<string, string> = {}) => {
    const response = await authorize(authorizeQuery({ code_challenge: challenge, ...overrides })).expect(302);
    return new URL(response.headers.location).searchParams.get('code')!;
  };

  const exchange = (form: Record<string, string>) =>
    lagspill.http().post(TOKEN).type('form').send(new URLSearchParams(form).toString());

  const tokenForm = (code: string, verifier: string, overrides: Record<string, string> = {}) => ({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    code_verifier: verifier,
    ...overrides,
  });

  const expectOAuthProblem = (
    response: { status: number; headers: Record<string, string>; body: unknown },
    error: string,
  ) => {
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toEqual({
      type: `/problems/oauth-${error.replaceAll('_', '-')}`,
      title: 'Bad Request',
      status: 400,
      detail: expect.any(String),
      instance: expect.any(String),
      error,
      error_description: (response.body as { detail: string }).detail,
    });
  };

  it('logs a demo user in: a code back at redirect_uri, then a token for it that the API accepts', async () => {
    const { verifier, challenge } = pkce();
    const login = await authorize(authorizeQuery({ code_challenge: challenge })).expect(302);
    const location = new URL(login.headers.location);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const response = await exchange(tokenForm(location.searchParams.get('code')!, verifier)).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });

    const me = await lagspill.http().get('/api/me').auth(response.body.access_token, { type: 'bearer' }).expect(200);
    expect(me.body).toMatchObject({ username: 'lege.cgm', organisation: 'morkved-legesenter' });
  });

  it('issues the very token POST /api/dev/token gives for the user', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge, { login_hint: 'koordinator.nord' });
    const viaCode = (await exchange(tokenForm(code, verifier)).expect(200)).body.access_token as string;
    const direct = (await lagspill.http().post('/api/dev/token').send({ username: 'koordinator.nord' }).expect(200))
      .body.access_token as string;
    const [[codeHeader, codeClaims], [directHeader, directClaims]] = [claimsOf(viaCode), claimsOf(direct)];
    expect(codeHeader).toEqual(directHeader);
    expect({ ...codeClaims, iat: 0, exp: 0 }).toEqual({ ...directClaims, iat: 0, exp: 0 });
    expect(codeClaims).toMatchObject({ sub: 'koordinator.nord', name: 'Hanne Bakken', iss: ISSUER });
  });

  it('takes a code once only', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    await exchange(tokenForm(code, verifier)).expect(200);
    expectOAuthProblem(await exchange(tokenForm(code, verifier)), 'invalid_grant');
  });

  it('uses up a code on a failed attempt too', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    const wrong = await exchange(tokenForm(code, pkce().verifier));
    expectOAuthProblem(wrong, 'invalid_grant');
    expect(wrong.body.error_description).toMatch(/code_verifier does not match/);
    const right = await exchange(tokenForm(code, verifier));
    expectOAuthProblem(right, 'invalid_grant');
    expect(right.body.error_description).toMatch(/unknown, used or expired/);
  });

  it('refuses a code with another redirect_uri than it was issued for', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    const response = await exchange(tokenForm(code, verifier, { redirect_uri: 'http://127.0.0.1:5173/auth/callback' }));
    expectOAuthProblem(response, 'invalid_grant');
    expect(response.body.error_description).toMatch(/redirect_uri/);
  });

  it.each([
    ['no grant_type', { grant_type: '' }, 'invalid_request'],
    ['another grant type', { grant_type: 'client_credentials' }, 'unsupported_grant_type'],
    ['no client_id', { client_id: '' }, 'invalid_client'],
    ['another client', { client_id: 'someone-else' }, 'invalid_client'],
    ['no code', { code: '' }, 'invalid_request'],
    ['no redirect_uri', { redirect_uri: '' }, 'invalid_request'],
    ['no code_verifier', { code_verifier: '' }, 'invalid_request'],
    ['a code_verifier that is too short', { code_verifier: 'abc' }, 'invalid_request'],
    ['a code never issued', { code: randomBytes(32).toString('base64url') }, 'invalid_grant'],
  ])('answers a token request with %s by the OAuth error', async (_, overrides, error) => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(challenge);
    expectOAuthProblem(await exchange(tokenForm(code, verifier, overrides)), error);
  });

  it('answers a parameter given twice, or a JSON body, with invalid_request, and uses the code up', async () => {
    const { verifier, challenge } = pkce();
    const twiceCode = await codeFor(challenge);
    const twice = await lagspill
      .http()
      .post(TOKEN)
      .type('form')
      .send(`${new URLSearchParams(tokenForm(twiceCode, verifier)).toString()}&grant_type=authorization_code`);
    expectOAuthProblem(twice, 'invalid_request');
    expect(twice.body.error_description).toMatch(/grant_type is given more than once/);
    expectOAuthProblem(await exchange(tokenForm(twiceCode, verifier)), 'invalid_grant');

    const jsonCode = await codeFor(challenge);
    const json = await lagspill.http().post(TOKEN).send(tokenForm(jsonCode, verifier));
    expectOAuthProblem(json, 'invalid_request');
    expect(json.body.error_description).toMatch(/x-www-form-urlencoded/);
    expectOAuthProblem(await exchange(tokenForm(jsonCode, verifier)), 'invalid_grant');
  });

  it.each([
    'http://localhost:5173/auth/callback',
    'http://localhost/auth/callback',
    'http://127.0.0.1:8080/auth/callback',
    'http://[::1]:3000/auth/callback',
    `${ISSUER}/auth/callback`,
  ])('sends the code back to %s', async (redirectUri) => {
    const response = await authorize(authorizeQuery({ redirect_uri: redirectUri })).expect(302);
    const location = new URL(response.headers.location);
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it.each([
    ['no client_id', { client_id: undefined }, 'invalid_client'],
    ['another client', { client_id: 'someone-else' }, 'invalid_client'],
    ['no redirect_uri', { redirect_uri: undefined }, 'invalid_request'],
    ['a redirect_uri that is no URL', { redirect_uri: 'callback' }, 'invalid_request'],
    ['a redirect_uri on another host', { redirect_uri: 'https://evil.example.com/auth/callback' }, 'invalid_request'],
    ['a redirect_uri at another path', { redirect_uri: 'http://localhost:5173/auth/other' }, 'invalid_request'],
    ['a redirect_uri that is not http(s)', { redirect_uri: 'ftp://localhost/auth/callback' }, 'invalid_request'],
    ['a redirect_uri with a fragment', { redirect_uri: `${REDIRECT_URI}#x` }, 'invalid_request'],
    ['a redirect_uri with credentials', { redirect_uri: 'http://user@localhost/auth/callback' }, 'invalid_request'],
  ])('answers an authorize request with %s by a 400 problem, never a redirect', async (_, overrides, error) => {
    const response = await authorize(authorizeQuery(overrides));
    expect(response.headers.location).toBeUndefined();
    expectOAuthProblem(response, error);
  });

  it.each([
    ['no response_type', { response_type: undefined }, 'invalid_request'],
    ['the implicit flow', { response_type: 'token' }, 'unsupported_response_type'],
    ['no code_challenge_method', { code_challenge_method: undefined }, 'invalid_request'],
    ['the plain method', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['no code_challenge', { code_challenge: undefined }, 'invalid_request'],
    ['a code_challenge that is too short', { code_challenge: 'a'.repeat(42) }, 'invalid_request'],
    ['a code_challenge outside base64url', { code_challenge: `${'a'.repeat(42)}+` }, 'invalid_request'],
    ['no login_hint', { login_hint: undefined }, 'login_required'],
    ['someone who is not a demo user', { login_hint: 'ghost' }, 'access_denied'],
  ])('sends an authorize request with %s back with the error and the state', async (_, overrides, error) => {
    const response = await authorize(authorizeQuery(overrides)).expect(302);
    const location = new URL(response.headers.location);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error,
      error_description: expect.any(String),
      state: 'state-123',
    });
  });

  it('sends an authorize request without state back with invalid_request and no state', async () => {
    const response = await authorize(authorizeQuery({ state: undefined })).expect(302);
    const location = new URL(response.headers.location);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: 'invalid_request',
      error_description: 'state is required',
    });
  });
});
