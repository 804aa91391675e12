import { AuthorizationCodeStore, CODE_LIFETIME_MS, type AuthorizationGrant } from './authorization-code.store';

const GRANT: AuthorizationGrant = {
  redirectUri: 'http://localhost:5173/auth/callback',
  codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  username: 'lege.cgm',
};

describe('AuthorizationCodeStore', () => {
  let now: number;
  let codes: AuthorizationCodeStore;

  beforeEach(() => {
    now = Date.UTC(2026, 10, 20, 9, 30);
    codes = new AuthorizationCodeStore({ now: () => new Date(now) });
  });

  it('issues a fresh code of 32 random bytes, base64url, for every grant', () => {
    const first = codes.issue(GRANT);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    expect(codes.issue(GRANT)).not.toBe(first);
  });

  it('gives the grant back once, and never again', () => {
    const code = codes.issue(GRANT);
    expect(codes.take(code)).toEqual(GRANT);
    expect(codes.take(code)).toBeUndefined();
  });

  it('knows no code it did not issue', () => {
    codes.issue(GRANT);
    expect(codes.take('not-a-code')).toBeUndefined();
  });

  it('keeps a code valid for 60 s, to the millisecond', () => {
    const code = codes.issue(GRANT);
    now += CODE_LIFETIME_MS - 1;
    expect(codes.take(code)).toEqual(GRANT);
    expect(CODE_LIFETIME_MS).toBe(60_000);
  });

  it('refuses a code once its 60 s are over, and uses it up all the same', () => {
    const code = codes.issue(GRANT);
    now += CODE_LIFETIME_MS;
    expect(codes.take(code)).toBeUndefined();
    now -= CODE_LIFETIME_MS;
    expect(codes.take(code)).toBeUndefined();
  });

  it('forgets expired codes that were never taken', () => {
    codes.issue(GRANT);
    codes.issue(GRANT);
    now += CODE_LIFETIME_MS;
    const fresh = codes.issue(GRANT);
    expect(codes.size).toBe(1);
    expect(codes.take(fresh)).toEqual(GRANT);
  });
});
