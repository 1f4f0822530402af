import { inRanges, normalizeAddress, parseAddressRange, type AddressRange } from './addresses';

/** The header through which scripts/server.ts tells the app who the client is; nothing else sets it. */
export const CLIENT_ADDRESS_HEADER = 'x-gs-client-address';

/**
 * Headers a client could send to pose as another address, host or scheme, or to reach a framework
 * internal path: scripts/server.ts removes every one of them before Next (or the page cache) reads the
 * request, and sets the ones it can vouch for itself.
 */
export const SPOOFABLE_HEADERS = [
  CLIENT_ADDRESS_HEADER,
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-server',
  'x-forwarded-scheme',
  'x-forwarded-ssl',
  'x-forwarded',
  'forwarded',
  'forwarded-for',
  'x-real-ip',
  'x-client-ip',
  'x-cluster-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
  'x-original-forwarded-for',
  'x-original-host',
  'x-host',
  'x-appengine-user-ip',
  'x-azure-clientip',
  'x-envoy-external-address',
  'x-middleware-subrequest',
  'x-invoke-path',
  'x-invoke-query',
  'x-invoke-output',
  'x-invoke-status',
  'x-matched-path',
  'x-now-route-matches',
] as const;

export type TrustedProxies = readonly AddressRange[];

/** TRUSTED_PROXIES: addresses or CIDR ranges, IPv4 or IPv6, separated by commas or spaces. */
export function parseTrustedProxies(text: string | undefined): { ok: true; ranges: TrustedProxies } | { ok: false; invalid: string[] } {
  const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
  const ranges: AddressRange[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const range = parseAddressRange(entry);
    if (range) ranges.push(range);
    else invalid.push(entry);
  }
  return invalid.length ? { ok: false, invalid } : { ok: true, ranges };
}

function lastValue(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value.join(',') : value;
  const last = text?.split(',').pop()?.trim();
  return last || null;
}

export interface ForwardingFacts {
  /** The socket's remote address. */
  peer: string | undefined;
  /** Every X-Forwarded-For line the request carried. */
  forwardedFor: string | string[] | undefined;
  forwardedHost: string | string[] | undefined;
  forwardedProto: string | string[] | undefined;
}

export interface Forwarding {
  clientAddress: string | null;
  /** Host and scheme as a trusted proxy received them; null when the peer is not one. */
  host: string | null;
  proto: 'http' | 'https' | null;
}

/**
 * Who the client is. The socket's address, unless that is a trusted proxy: then X-Forwarded-For is read
 * from the right (each trusted proxy appends the address it saw) and the first address that is not a
 * trusted proxy is the client. What lies further left was written by the client and is ignored.
 */
export function resolveForwarding(facts: ForwardingFacts, trusted: TrustedProxies): Forwarding {
  const peer = normalizeAddress(facts.peer);
  if (!peer || !inRanges(peer, trusted)) return { clientAddress: peer, host: null, proto: null };
  const hops = (Array.isArray(facts.forwardedFor) ? facts.forwardedFor.join(',') : (facts.forwardedFor ?? '')).split(',').map((hop) => hop.trim());
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // A hop that is not an address cannot be the client: the proxy that wrote it is the last one known.
    if (!hop) break;
    client = hop;
    if (!inRanges(hop, trusted)) break;
  }
  const proto = lastValue(facts.forwardedProto)?.toLowerCase();
  const host = lastValue(facts.forwardedHost);
  return {
    clientAddress: client,
    host: host && /^[a-z0-9.\-[\]:]{1,255}$/i.test(host) ? host : null,
    proto: proto === 'https' || proto === 'http' ? proto : null,
  };
}
