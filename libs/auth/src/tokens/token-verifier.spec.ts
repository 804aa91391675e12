import {
  base64url,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { InvalidTokenError } from './invalid-token.error';
import { HPR_NUMBER_CLAIM, TokenVerifier } from './token-verifier';

const ISSUER = 'https://idp.example.no';
const AUDIENCE = 'lagspill';
const now = () => Math.floor(Date.now() / 1000);

interface SigningKey {
  readonly privateKey: CryptoKey;
  readonly alg: string;
  readonly kid: string;
}

async function signingKey(alg: string, kid: string): Promise<SigningKey & { jwk: JSONWebKeySet['keys'][number] }> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { privateKey, alg, kid, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

function token(key: SigningKey, claims: JWTPayload = {}): Promise<string> {
  const standard = { sub: 'lege.cgm', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 3600 };
  return new SignJWT({ ...standard, name: 'Kari Nordmann', ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .sign(key.privateKey);
}

describe('TokenVerifier', () => {
  let es256: SigningKey;
  let rs256: SigningKey;
  let ps256: SigningKey;
  let published: JSONWebKeySet;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const keys = await Promise.all([signingKey('ES256', 'es'), signingKey('RS256', 'rs'), signingKey('PS256', 'ps')]);
    [es256, rs256, ps256] = keys;
    published = { keys: keys.map((k) => k.jwk) };
    verifier = new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: createLocalJWKSet(published) });
  });

  const rejection = async (jwt: string, message: RegExp) => {
    const attempt = verifier.verify(jwt);
    await expect(attempt).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(attempt).rejects.toThrow(message);
  };

  it.each(['ES256', 'RS256', 'PS256'])('accepts a valid %s token and reads its subject and name', async (alg) => {
    const key = { ES256: es256, RS256: rs256, PS256: ps256 }[alg]!;
    await expect(verifier.verify(await token(key))).resolves.toEqual({
      subject: 'lege.cgm',
      name: 'Kari Nordmann',
      hprNumber: undefined,
      clientId: undefined,
      email: undefined,
      organisationNumbers: [],
    });
  });

  it("reads HelseID's HPR number claim when present", async () => {
    const verified = await verifier.verify(await token(es256, { [HPR_NUMBER_CLAIM]: '565505933' }));
    expect(verified.hprNumber).toBe('565505933');
  });

  it('rejects an expired token', async () => {
    await rejection(await token(es256, { iat: now() - 7200, exp: now() - 3600 }), /expired/);
  });

  it('rejects a token that is not valid yet', async () => {
    await rejection(await token(es256, { nbf: now() + 3600 }), /not valid yet/);
  });

  it('rejects a token signed with another key under a known key id', async () => {
    const stranger = await signingKey('ES256', 'es');
    await rejection(await token(stranger), /signature/);
  });

  it('rejects a token signed with a key the issuer never published', async () => {
    const stranger = await signingKey('ES256', 'unknown');
    await rejection(await token(stranger), /signature/);
  });

  it('rejects a token from another issuer', async () => {
    await rejection(await token(es256, { iss: 'https://evil.example.com' }), /another issuer/);
  });

  it('rejects a token meant for another audience', async () => {
    await rejection(await token(es256, { aud: 'someone-else' }), /another audience/);
  });

  it('takes a client-credentials token without a subject by its client id', async () => {
    const jwt = await new SignJWT({ client_id: 'epj.morkved' })
      .setProtectedHeader({ alg: 'ES256', kid: 'es' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(es256.privateKey);
    await expect(verifier.verify(jwt)).resolves.toMatchObject({ subject: 'epj.morkved', clientId: 'epj.morkved' });
  });

  it('rejects a token without a subject or a client id', async () => {
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'es' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(es256.privateKey);
    await rejection(jwt, /"sub"/);
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const part = (value: object) => base64url.encode(JSON.stringify(value));
    const claims = { sub: 'admin', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 3600 };
    await rejection(`${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`, /not allowed/);
  });

  it('rejects an HS256 token, even one naming a published key', async () => {
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', kid: 'es' })
      .setSubject('admin')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a shared secret that anyone could have guessed'));
    await rejection(jwt, /not allowed/);
  });

  it('rejects something that is not a JWT at all', async () => {
    await rejection('not-a-token', /malformed/);
  });

  describe('a token it verified before', () => {
    let lookups: number;
    let later: number;
    let counting: TokenVerifier;

    beforeEach(() => {
      lookups = 0;
      later = 0;
      const keys = createLocalJWKSet(published);
      counting = new TokenVerifier({
        issuer: ISSUER,
        audience: AUDIENCE,
        keys: (header, jws) => {
          lookups++;
          return keys(header, jws);
        },
        clock: { now: () => new Date(Date.now() + later) },
      });
    });

    it('is taken again without a signature check for a minute, and checked again after it', async () => {
      const jwt = await token(es256);
      await counting.verify(jwt);
      await expect(counting.verify(jwt)).resolves.toMatchObject({ subject: 'lege.cgm' });
      expect(lookups).toBe(1);

      later = 61_000;
      await expect(counting.verify(jwt)).resolves.toMatchObject({ subject: 'lege.cgm' });
      expect(lookups).toBe(2);
    });

    it('is rejected once it has expired, within that minute too', async () => {
      const jwt = await token(es256, { exp: now() + 30 });
      await counting.verify(jwt);

      later = 31_000;
      await expect(counting.verify(jwt)).rejects.toThrow(/expired/);
    });
  });
});
