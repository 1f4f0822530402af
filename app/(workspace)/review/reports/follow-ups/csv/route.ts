import { getDb } from '@/db/index';
import { auditDenial, getCurrentUser } from '@/lib/auth/current-user';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { csvStream } from '@/lib/export/csv';
import { followUpWorkOfReviewer, OVERDUE_CSV_HEADER } from '@/lib/follow-ups/overdue';
import { CSV_MIME } from '@/lib/reports/csv';
import { siteUrl } from '@/lib/site';
import { todayInVietnam } from '@/lib/domain/dates';

export const dynamic = 'force-dynamic';

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** The "cần theo dõi" list of this reviewer's scope as CSV (route handlers have no page guard: checked here). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response(AUTH_MESSAGES.signInRequired, { status: 401, headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!canUseReviewQueue(user)) {
    await auditDenial(user, 'follow_up_report_export', {});
    return new Response(AUTH_MESSAGES.forbidden, { status: 403, headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const at = now();
  const { overdue } = await followUpWorkOfReviewer(getDb(), user, at);
  async function* rows() {
    yield overdue.map((o) => [
      o.title,
      o.unit,
      o.campaign,
      o.year,
      todayInVietnam(o.approvedAt ?? o.lastHeard),
      o.lastHeard.getTime() === o.approvedAt?.getTime() ? '' : todayInVietnam(o.lastHeard),
      o.pending ? 'co' : 'khong',
      `${siteUrl()}/examples/${o.slug}`,
    ]);
  }
  return new Response(csvStream(OVERDUE_CSV_HEADER, rows()), {
    headers: { ...HEADERS, 'Content-Type': CSV_MIME, 'Content-Disposition': `attachment; filename="can-theo-doi-${todayInVietnam(at)}.csv"` },
  });
}
