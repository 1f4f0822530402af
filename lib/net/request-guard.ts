import type { IncomingMessage } from 'node:http';
import { normalizeAddress } from './addresses';
import { CLIENT_ADDRESS_HEADER, resolveForwarding, SPOOFABLE_HEADERS, type TrustedProxies } from './forwarding';

export interface RequestGuardOptions {
  trusted: TrustedProxies;
  /** The page cache's own requests to Next (lib/public-page-cache/front.ts) carry this header with this secret. */
  fillHeader: string;
  fillSecret: string;
}

/**
 * Rewrites a request's forwarding headers in place, before anything reads them: whatever the client sent
 * is dropped, and the client's address (and, behind a trusted proxy, the host and scheme it was asked
 * for) is set from what this server can vouch for. The page cache's own requests keep the address of the
 * visitor they render for; nothing else can, for only they know the secret (random, per process, never sent).
 */
export function createRequestGuard({ trusted, fillHeader, fillSecret }: RequestGuardOptions) {
  const dropped = new Set<string>([...SPOOFABLE_HEADERS, fillHeader]);
  return (req: IncomingMessage): void => {
    const h = req.headers;
    const fill = fillSecret.length > 0 && h[fillHeader] === fillSecret;
    const forwarding = fill
      ? { clientAddress: normalizeAddress(String(h[CLIENT_ADDRESS_HEADER] ?? '')), host: null, proto: null }
      : resolveForwarding(
          { peer: req.socket.remoteAddress, forwardedFor: h['x-forwarded-for'], forwardedHost: h['x-forwarded-host'], forwardedProto: h['x-forwarded-proto'] },
          trusted,
        );
    for (const name of dropped) if (!(fill && name === fillHeader)) delete h[name];
    const raw: string[] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i]!.toLowerCase();
      if (!dropped.has(name) || (fill && name === fillHeader)) raw.push(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    }
    req.rawHeaders = raw;
    if (forwarding.clientAddress) {
      h[CLIENT_ADDRESS_HEADER] = forwarding.clientAddress;
      // Next fills X-Forwarded-For from the socket only when it is missing: one value, the right one.
      h['x-forwarded-for'] = forwarding.clientAddress;
    }
    if (forwarding.host) h['x-forwarded-host'] = forwarding.host;
    if (forwarding.proto) h['x-forwarded-proto'] = forwarding.proto;
  };
}
