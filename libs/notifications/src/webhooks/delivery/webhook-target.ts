import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where a webhook may point. Outside dev and tests only https to public addresses: a party must not be
 * able to make Lagspill call into its own network (SSRF). The address is checked when the connection
 * is made, not only when the URL is registered, so a name that later resolves inward is refused too.
 */
// Two lists: one list would count every IPv4 address as inside ::ffff:0:0/96 (IPv4-mapped).
const NON_PUBLIC_V4 = new BlockList();
const NON_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC_V4.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC_V6.addSubnet(network, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return family === 4 ? !NON_PUBLIC_V4.check(address, 'ipv4') : !NON_PUBLIC_V6.check(address, 'ipv6');
}

export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** The IP address a URL names literally (IPv6 without its brackets), or undefined for a host name. */
export function literalAddressOf(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) === 0 ? undefined : host;
}

/** Why a URL cannot be a webhook, or undefined when it can. */
export function webhookUrlProblem(raw: string, allowPrivateNetwork: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivateNetwork && url.protocol === 'http:')) {
    return allowPrivateNetwork ? 'url must use http or https' : 'url must use https';
  }
  if (url.username || url.password) return 'url must not carry a user name or password';
  if (url.hash) return 'url must not have a fragment';
  const literal = literalAddressOf(url);
  const host = url.hostname;
  if (!allowPrivateNetwork && (literal ? !isPublicAddress(literal) : host === 'localhost' || !host.includes('.'))) {
    return 'url must point at a public address';
  }
  return undefined;
}

/** A DNS lookup for outgoing webhook connections that refuses names resolving to non-public addresses. */
export function guardedLookup(allowPrivateNetwork: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivateNetwork ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) {
        return callback(
          Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'EREFUSED' }),
          '',
          0,
        );
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
