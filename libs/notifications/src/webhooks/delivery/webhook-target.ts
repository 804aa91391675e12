import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import {
  IPV4_MULTICAST,
  IPV4_SPECIAL_PURPOSE,
  IPV6_GLOBAL_UNICAST,
  IPV6_SPECIAL_PURPOSE,
} from './special-purpose-addresses';

/**
 * Where a webhook may point. Outside dev and tests only https to public addresses: a party must not be
 * able to make Lagspill call into its own network (SSRF). The address is checked when the connection
 * is made, not only when the URL is registered, so a name that later resolves inward is refused too.
 *
 * "Public" is an allow-list, not a list of what is private:
 * - IPv4: any address outside every block of the IANA IPv4 Special-Purpose Address Registry and outside
 *   multicast (224.0.0.0/4).
 * - IPv6: global unicast (2000::/3) outside every block of the IANA IPv6 Special-Purpose Address Registry.
 *   Everything else is refused: loopback, unspecified, IPv4-mapped (::ffff:0:0/96) and IPv4-compatible
 *   (::/96, e.g. ::127.0.0.1) addresses, unique-local, link-local, the deprecated site-local fec0::/10,
 *   multicast, and whatever IANA allocates outside 2000::/3 later.
 * Blocks the registries call globally reachable are refused too: they are anycast services (PCP, TURN,
 * DNS-SD), AS112 sinks, AMT relays, overlay identifiers (ORCHIDv2, DETs) and NAT64 (64:ff9b::/96), none
 * a place a party's receiver lives. Addresses that carry an IPv4 address inside (NAT64 64:ff9b::/96 and
 * 64:ff9b:1::/48, 6to4 2002::/16, Teredo 2001::/32, mapped, compatible) are refused whole rather than
 * decoded and judged by the IPv4 rules: decoding is where such checks go wrong, and no receiver needs them.
 */
type Family = 4 | 6;
interface Network {
  readonly family: Family;
  readonly base: bigint;
  readonly prefix: number;
}

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

/** The address as a number, or undefined when it is no IP address (or carries a zone, `fe80::1%eth0`). */
export function addressValue(address: string): { family: Family; value: bigint } | undefined {
  if (address.includes('%')) return undefined;
  const family = isIP(address);
  if (family === 4) return { family, value: ipv4Value(address) };
  if (family !== 6) return undefined;
  let text = address;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    // A dotted IPv4 tail (::ffff:127.0.0.1) is two groups.
    const v4 = ipv4Value(text.slice(lastColon + 1));
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return { family: 6, value: groups.reduce((sum, group) => (sum << 16n) | BigInt(`0x${group}`), 0n) };
}

function ipv4Value(address: string): bigint {
  return address.split('.').reduce((sum, octet) => (sum << 8n) | BigInt(Number(octet)), 0n);
}

function network(cidr: string): Network {
  const [address, prefix] = cidr.split('/');
  const parsed = addressValue(address);
  if (!parsed) throw new Error(`Not a network: ${cidr}`);
  return { family: parsed.family, base: parsed.value, prefix: Number(prefix) };
}

function contains(net: Network, family: Family, value: bigint): boolean {
  const shift = BigInt(BITS[family] - net.prefix);
  return net.family === family && value >> shift === net.base >> shift;
}

const REFUSED_V4 = [...IPV4_SPECIAL_PURPOSE, IPV4_MULTICAST].map((entry) => network(entry.block));
const REFUSED_V6 = IPV6_SPECIAL_PURPOSE.map((entry) => network(entry.block));
const GLOBAL_UNICAST_V6 = network(IPV6_GLOBAL_UNICAST);

export function isPublicAddress(address: string): boolean {
  const parsed = addressValue(address);
  if (!parsed) return false;
  const { family, value } = parsed;
  if (family === 6 && !contains(GLOBAL_UNICAST_V6, 6, value)) return false;
  return !(family === 4 ? REFUSED_V4 : REFUSED_V6).some((net) => contains(net, family, value));
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
  // localhost and *.localhost (with or without the root's dot) are loopback by RFC 6761, whatever DNS says.
  const local = /(^|\.)localhost\.?$/.test(host) || !host.replace(/\.$/, '').includes('.');
  if (!allowPrivateNetwork && (literal ? !isPublicAddress(literal) : local)) {
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
