import { isPublicAddress, webhookUrlProblem } from './webhook-target';
import { nextAttemptAt, retriedLongEnough } from './retry-schedule';
import { hasValidSignature, newWebhookSecret, signatureOf } from '../webhook-signature';

describe('webhook targets', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.5', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    ['not-an-ip', false],
    ['193.69.0.10', true],
    ['2001:4860:4860::8888', true],
  ])('tells whether %s is a public address (%s)', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('outside dev allows only https to public hosts, without credentials or fragment', () => {
    expect(webhookUrlProblem('https://epj.example.no/lagspill', false)).toBeUndefined();
    expect(webhookUrlProblem('http://epj.example.no/lagspill', false)).toBe('url must use https');
    expect(webhookUrlProblem('https://127.0.0.1/hook', false)).toBe('url must point at a public address');
    expect(webhookUrlProblem('https://[::1]/hook', false)).toBe('url must point at a public address');
    expect(webhookUrlProblem('https://localhost/hook', false)).toBe('url must point at a public address');
    expect(webhookUrlProblem('https://intranet/hook', false)).toBe('url must point at a public address');
    expect(webhookUrlProblem('https://a:b@epj.example.no/', false)).toBe('url must not carry a user name or password');
    expect(webhookUrlProblem('https://epj.example.no/#x', false)).toBe('url must not have a fragment');
    expect(webhookUrlProblem('nonsense', false)).toBe('url must be an absolute URL');
  });

  it('in dev and tests also allows http and loopback', () => {
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', true)).toBeUndefined();
    expect(webhookUrlProblem('ftp://127.0.0.1/hook', true)).toBe('url must use http or https');
  });
});

describe('webhook retries', () => {
  const now = new Date('2026-12-01T10:00:00.000Z');
  it('waits the base after the first attempt, doubling, at most an hour', () => {
    const gaps = [1, 2, 3, 4, 10, 20].map((attempts) => nextAttemptAt(attempts, now, 30_000).getTime() - now.getTime());
    expect(gaps).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  });

  it('gives up once a delivery has been tried for the whole period', () => {
    const first = new Date(now.getTime() - 24 * 3_600_000);
    expect(retriedLongEnough(first, now, 24 * 3_600_000)).toBe(true);
    expect(retriedLongEnough(new Date(first.getTime() + 1), now, 24 * 3_600_000)).toBe(false);
  });
});

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of the exact body, and any change to body or secret breaks it', () => {
    const secret = newWebhookSecret();
    const body = '{"type":"case.routed"}';
    const signature = signatureOf(secret, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(hasValidSignature(secret, body, signature)).toBe(true);
    expect(hasValidSignature(secret, `${body} `, signature)).toBe(false);
    expect(hasValidSignature(newWebhookSecret(), body, signature)).toBe(false);
    expect(hasValidSignature(secret, body, undefined)).toBe(false);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
