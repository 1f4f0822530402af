export const PUBLIC_API_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
};

export function apiError(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers: { ...PUBLIC_API_HEADERS, 'Cache-Control': 'no-store' } });
}

export function preflight() {
  return new Response(null, { status: 204, headers: PUBLIC_API_HEADERS });
}

/**
 * `attachment` with an ASCII name for old clients and the real one in UTF-8 (RFC 6266, 5987) for the rest.
 * Characters that a file system or the header itself would choke on become spaces.
 */
export function attachmentDisposition(asciiName: string, name: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  const ascii = asciiName.replace(/[^A-Za-z0-9._-]/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe || ascii).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
