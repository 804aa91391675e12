import { IPV4_MULTICAST, IPV4_SPECIAL_PURPOSE, IPV6_SPECIAL_PURPOSE } from './special-purpose-addresses';
import { addressValue, guardedLookup, isPublicAddress, webhookUrlProblem } from './webhook-target';
import { nextAttemptAt, retriedLongEnough } from './retry-schedule';
import { hasValidSignature, newWebhookSecret, signatureOf } from '../webhook-signature';

const REGISTRIES = [
  ...IPV4_SPECIAL_PURPOSE.map((entry) => ({ ...entry, family: 4 as const })),
  { ...IPV4_MULTICAST, family: 4 as const },
  ...IPV6_SPECIAL_PURPOSE.map((entry) => ({ ...entry, family: 6 as const })),
];

/** An address of a family as text: dotted quad, or eight full hex groups. */
function formatAddress(family: 4 | 6, value: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => ((value >> shift) & 0xffn).toString()).join('.');
  return Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
}

/** The first, a middle and the last address of a block. */
function samplesOf(family: 4 | 6, cidr: string): string[] {
  const [address, prefix] = cidr.split('/');
  const bits = family === 4 ? 32 : 128;
  const size = 1n << BigInt(bits - Number(prefix));
  const first = addressValue(address)!.value;
  return [first, first + size / 2n, first + size - 1n].map((value) => formatAddress(family, value));
}

describe('webhook targets', () => {
  it('holds both registries as published: every block with its RFC and "Globally Reachable"', () => {
    expect(IPV4_SPECIAL_PURPOSE.map((e) => e.block)).toEqual([
      '0.0.0.0/8',
      '0.0.0.0/32',
      '10.0.0.0/8',
      '100.64.0.0/10',
      '127.0.0.0/8',
      '169.254.0.0/16',
      '172.16.0.0/12',
      '192.0.0.0/24',
      '192.0.0.0/29',
      '192.0.0.8/32',
      '192.0.0.9/32',
      '192.0.0.10/32',
      '192.0.0.170/32',
      '192.0.0.171/32',
      '192.0.2.0/24',
      '192.31.196.0/24',
      '192.52.193.0/24',
      '192.88.99.0/24',
      '192.168.0.0/16',
      '192.175.48.0/24',
      '198.18.0.0/15',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '240.0.0.0/4',
      '255.255.255.255/32',
    ]);
    expect(IPV6_SPECIAL_PURPOSE.map((e) => e.block)).toEqual([
      '::1/128',
      '::/128',
      '::ffff:0:0/96',
      '64:ff9b::/96',
      '64:ff9b:1::/48',
      '100::/64',
      '100:0:0:1::/64',
      '2001::/23',
      '2001::/32',
      '2001:1::1/128',
      '2001:1::2/128',
      '2001:1::3/128',
      '2001:2::/48',
      '2001:3::/32',
      '2001:4:112::/48',
      '2001:10::/28',
      '2001:20::/28',
      '2001:30::/28',
      '2001:db8::/32',
      '2002::/16',
      '2620:4f:8000::/48',
      '3fff::/20',
      '5f00::/16',
      'fc00::/7',
      'fe80::/10',
    ]);
    const reachable = REGISTRIES.filter((e) => e.globallyReachable === true).map((e) => e.block);
    expect(reachable).toEqual([
      '192.0.0.9/32',
      '192.0.0.10/32',
      '192.31.196.0/24',
      '192.52.193.0/24',
      '192.175.48.0/24',
      '64:ff9b::/96',
      '2001:1::1/128',
      '2001:1::2/128',
      '2001:1::3/128',
      '2001:3::/32',
      '2001:4:112::/48',
      '2001:20::/28',
      '2001:30::/28',
      '2620:4f:8000::/48',
    ]);
    for (const entry of REGISTRIES) expect(entry.rfc).toMatch(/^RFC \d+/);
  });

  it.each(REGISTRIES.filter((e) => e.globallyReachable !== true).map((e) => [e.block, e.name, e.family] as const))(
    'refuses the first, a middle and the last address of %s (%s), which is not globally reachable',
    (block, _name, family) => {
      for (const address of samplesOf(family, block))
        expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
    },
  );

  it.each(REGISTRIES.filter((e) => e.globallyReachable === true).map((e) => [e.block, e.name, e.family] as const))(
    'refuses %s (%s) too, though globally reachable: no receiver lives in an anycast, AS112, AMT, overlay or NAT64 block',
    (block, _name, family) => {
      for (const address of samplesOf(family, block))
        expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
    },
  );

  it.each([
    ['::/8 (IPv4-compatible ::/96 in it)', '::/8'],
    ['0100::/8 beyond the discard blocks', '100::/8'],
    ['0200::/7', '200::/7'],
    ['0400::/6', '400::/6'],
    ['0800::/5', '800::/5'],
    ['1000::/4', '1000::/4'],
    ['4000::/3', '4000::/3'],
    ['6000::/3', '6000::/3'],
    ['8000::/3', '8000::/3'],
    ['a000::/3', 'a000::/3'],
    ['c000::/3', 'c000::/3'],
    ['e000::/4', 'e000::/4'],
    ['f000::/5', 'f000::/5'],
    ['f800::/6', 'f800::/6'],
    ['fe00::/9', 'fe00::/9'],
    ['fec0::/10 (deprecated site-local)', 'fec0::/10'],
    ['ff00::/8 (multicast)', 'ff00::/8'],
  ])('refuses every IPv6 address outside global unicast 2000::/3: %s', (_what, block) => {
    for (const address of samplesOf(6, block))
      expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
  });

  it.each([
    // real services
    '193.69.0.10',
    '8.8.8.8',
    '1.1.1.1',
    '9.9.9.9',
    '129.240.2.3',
    '151.101.1.69',
    '185.199.108.153',
    '2001:4860:4860::8888',
    '2606:4700:4700::1111',
    '2620:fe::fe',
    '2001:67c:2e8:22::c100:68b',
    '2a00:1450:400f:80d::200e',
    // one address past each edge of a refused block
    '1.0.0.0',
    '9.255.255.255',
    '11.0.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '126.255.255.255',
    '128.0.0.0',
    '169.253.255.255',
    '169.255.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.0.1.0',
    '192.0.3.0',
    '192.31.195.255',
    '192.52.194.0',
    '192.88.98.255',
    '192.88.100.0',
    '192.167.255.255',
    '192.169.0.0',
    '192.175.49.0',
    '198.17.255.255',
    '198.20.0.0',
    '198.51.99.255',
    '203.0.114.0',
    '223.255.255.255',
    '2000::',
    '2001:200::',
    '2001:db7:ffff:ffff:ffff:ffff:ffff:ffff',
    '2001:db9::',
    '2003::',
    '2620:4f:7fff:ffff:ffff:ffff:ffff:ffff',
    '2620:4f:8001::',
    '3ffe::1',
    '3fff:1000::',
    '3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  ])('lets a public address through: %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['::127.0.0.1', 'IPv4-compatible loopback (issue 14)'],
    ['64:ff9b:1::7f00:1', 'local-use NAT64 of 127.0.0.1 (issue 14)'],
    ['fec0::1', 'deprecated site-local (issue 14)'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['0:0:0:0:0:ffff:8.8.8.8', 'IPv4-mapped, even of a public address'],
    ['64:ff9b::7f00:1', 'well-known NAT64 of 127.0.0.1'],
    ['64:ff9b::a9fe:a9fe', 'well-known NAT64 of 169.254.169.254'],
    ['2002:7f00:1::', '6to4 of 127.0.0.1'],
    ['2002:a9fe:a9fe::1', '6to4 of 169.254.169.254'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fd00:ec2::254', 'unique-local (a cloud metadata address)'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['ff02::1', 'multicast'],
    ['224.0.0.1', 'IPv4 multicast'],
    ['239.255.255.250', 'IPv4 multicast'],
    ['255.255.255.255', 'limited broadcast'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.100.100.200', 'shared address space (a cloud metadata address)'],
    ['not-an-ip', 'no address'],
    ['127.1', 'a short form isIP does not take: no address'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    'https://[::127.0.0.1]/hook',
    'https://[0:0:0:0:0:0:127.0.0.1]/hook',
    'https://[::ffff:7f00:1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[64:ff9b::7f00:1]/hook',
    'https://[64:ff9b:1::7f00:1]/hook',
    'https://[2002:7f00:1::]/hook',
    'https://[fec0::1]/hook',
    'https://[fe80::1]/hook',
    'https://[::]/hook',
    'https://2130706433/hook',
    'https://0x7f.1/hook',
    'https://0x7f000001/hook',
    'https://017700000001/hook',
    'https://0177.0.0.1/hook',
    'https://127.1/hook',
    'https://0/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://0xa9.0xfe.0xa9.0xfe/hook',
    'https://localhost./hook',
    'https://api.localhost/hook',
    'https://intranet./hook',
  ])('refuses to register %s outside dev', (url) => {
    expect(webhookUrlProblem(url, false)).toBe('url must point at a public address');
  });

  it('outside dev allows only https to public hosts, without credentials or fragment', () => {
    expect(webhookUrlProblem('https://epj.example.no/lagspill', false)).toBeUndefined();
    expect(webhookUrlProblem('https://[2001:4860:4860::8888]/lagspill', false)).toBeUndefined();
    expect(webhookUrlProblem('https://193.69.0.10:8443/lagspill', false)).toBeUndefined();
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
    expect(webhookUrlProblem('http://[::127.0.0.1]:9000/hook', true)).toBeUndefined();
    expect(webhookUrlProblem('ftp://127.0.0.1/hook', true)).toBe('url must use http or https');
  });

  describe('the lookup guard of each connection', () => {
    const lookup = (hostname: string, allowPrivateNetwork = false, all = false) =>
      new Promise<{ error?: string; addresses?: unknown }>((resolve) => {
        guardedLookup(allowPrivateNetwork)(hostname, { all }, (error, address, family) =>
          resolve(error ? { error: error.code } : { addresses: all ? address : [address, family] }),
        );
      });

    // Names the resolver reads as numbers (inet_aton forms) and IPv6 literals come back as addresses
    // without DNS, so these run offline; localhost comes from /etc/hosts.
    it.each([
      '::127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:127.0.0.1',
      '64:ff9b::7f00:1',
      '64:ff9b:1::7f00:1',
      '2002:7f00:1::',
      'fec0::1',
      'fe80::1%lo',
      '2130706433',
      '0x7f.1',
      '0x7f000001',
      '017700000001',
      '0177.0.0.1',
      '127.1',
      '127.0.0.1',
      'localhost',
    ])('refuses a connection to %s', async (hostname) => {
      expect(await lookup(hostname)).toEqual({ error: 'EREFUSED' });
      expect(await lookup(hostname, false, true)).toEqual({ error: 'EREFUSED' });
    });

    it('passes public addresses, one or all', async () => {
      expect(await lookup('193.69.0.10')).toEqual({ addresses: ['193.69.0.10', 4] });
      expect(await lookup('2001:4860:4860::8888', false, true)).toEqual({
        addresses: [{ address: '2001:4860:4860::8888', family: 6 }],
      });
    });

    it('passes everything in dev and tests', async () => {
      expect(await lookup('127.1', true)).toEqual({ addresses: ['127.0.0.1', 4] });
    });
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
