import { checkDatabase, checkMigrationsCurrent } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** For a load balancer: 200 only when the database answers and has every migration this build expects. */
export async function GET() {
  try {
    const driver = await checkDatabase();
    const migrations = await checkMigrationsCurrent();
    if (!migrations.current)
      return Response.json(
        { status: 'not_ready', database: driver, message: 'Cơ sở dữ liệu chưa được cập nhật cấu trúc cho phiên bản này (chạy npm run db:migrate).' },
        { status: 503, headers: NO_STORE },
      );
    return Response.json({ status: 'ready', database: driver }, { headers: NO_STORE });
  } catch {
    return Response.json({ status: 'not_ready', message: 'Không kết nối được cơ sở dữ liệu.' }, { status: 503, headers: NO_STORE });
  }
}
