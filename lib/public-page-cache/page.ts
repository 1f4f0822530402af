/**
 * A response kept by the page cache. Next stamps the request's CSP nonce on every script it writes; the
 * body is kept cut at each occurrence of that nonce, and every visitor gets a fresh one stitched back in,
 * so a cached page is as strict as a freshly rendered one.
 */
export interface CachedPage {
  status: number;
  headers: [string, string][];
  /** The Content-Security-Policy header cut at its nonce (one part when it has none). */
  cspParts: string[] | null;
  bodyParts: Buffer[];
  /** Worth keeping for other visitors (otherwise it only answers the requests that were waiting for it). */
  cacheable: boolean;
  bytes: number;
}

export interface CapturedResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  /** False: answer the requests waiting for it, but do not keep it for later ones. */
  keep?: boolean;
}

const CACHEABLE_STATUSES = new Set([200, 404]);
/** Larger answers are served but not kept. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
// Per response, or recomputed when sending: never copied from the captured response.
const DROPPED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'content-security-policy',
  'date',
  'etag',
  'set-cookie',
  // The id of the cache's own request to Next (lib/ops/request-log.ts): each answer gets the visitor's.
  'x-request-id',
]);
const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=_-]{16,})'/;

function splitBuffer(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator, from); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export function capturePage({ status, headers, body, keep = true }: CapturedResponse): CachedPage {
  const policy = headers.get('content-security-policy');
  const nonce = policy?.match(NONCE_IN_POLICY)?.[1] ?? null;
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (!DROPPED_HEADERS.has(name.toLowerCase())) kept.push([name, value]);
  });
  // Copied, so the cache does not pin the whole network buffer the body arrived in.
  const bodyParts = nonce ? splitBuffer(body, Buffer.from(nonce)).map((part) => Buffer.from(part)) : [Buffer.from(body)];
  return {
    status,
    headers: kept,
    cspParts: policy ? (nonce ? policy.split(nonce) : [policy]) : null,
    bodyParts,
    cacheable: keep && CACHEABLE_STATUSES.has(status) && !headers.has('set-cookie') && body.length <= MAX_BODY_BYTES,
    bytes: body.length + kept.reduce((sum, [name, value]) => sum + name.length + value.length, 0),
  };
}

export interface RenderedPage {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** The stored response with `nonce` in place of the one it was rendered with. */
export function renderPage(page: CachedPage, nonce: string): RenderedPage {
  const nonceBytes = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  page.bodyParts.forEach((part, i) => {
    if (i > 0) pieces.push(nonceBytes);
    pieces.push(part);
  });
  const headers = [...page.headers];
  if (page.cspParts) headers.push(['Content-Security-Policy', page.cspParts.join(nonce)]);
  return { status: page.status, headers, body: Buffer.concat(pieces) };
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
