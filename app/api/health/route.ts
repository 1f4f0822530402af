import { checkDatabase } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const driver = await checkDatabase();
    return Response.json({ status: 'ok', database: driver }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ status: 'error', message: 'Không kết nối được cơ sở dữ liệu.' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
