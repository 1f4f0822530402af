import { normalizeAddress } from '@/lib/net/addresses';
import { CLIENT_ADDRESS_HEADER } from '@/lib/net/forwarding';

export interface RequestInfo {
  ipAddress: string | null;
  userAgent: string | null;
}

const front = globalThis as unknown as { __guongSangFront?: boolean };

/** Called by scripts/server.ts, which strips what clients send and sets CLIENT_ADDRESS_HEADER itself. */
export function markFrontedByServer(): void {
  front.__guongSangFront = true;
}

/**
 * The client's address as scripts/server.ts determined it (the socket, or what a trusted proxy saw). Without
 * that server in front (`next dev`), only Next's own X-Forwarded-For is left, which a client can set: fine
 * on a developer's machine, never for a deployment.
 */
export function requestInfo(headers: Headers, { fronted = front.__guongSangFront === true }: { fronted?: boolean } = {}): RequestInfo {
  const raw = fronted ? headers.get(CLIENT_ADDRESS_HEADER) : headers.get('x-forwarded-for')?.split(',').pop();
  const userAgent = headers.get('user-agent')?.slice(0, 500) ?? null;
  return { ipAddress: normalizeAddress(raw), userAgent };
}

/**
 * "http(s)://host[:port]" as the browser addressed this site. scripts/server.ts lets X-Forwarded-Host and
 * -Proto through only from a trusted proxy; otherwise Next sets them from the Host header and the socket.
 */
export function servedOrigin(headers: Headers): string | null {
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (!host) return null;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}
