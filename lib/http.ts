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
