export const dynamic = 'force-dynamic';

/**
 * Liveness: the process is up and answering, whatever the database does (a restart would not fix a
 * database outage). Whether this instance can serve is /api/ready's question.
 */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
