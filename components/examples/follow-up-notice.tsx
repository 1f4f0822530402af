import Link from 'next/link';
import { formatDate } from '@/lib/format';

interface Flagged {
  id: string;
  title: string;
  lastHeard: Date;
  pending: boolean;
}

/**
 * The "chưa cập nhật" flag on a work list: approved examples with nothing confirmed for over 15 months,
 * each linked to where this person acts on it, and (for reviewers) filed follow-ups waiting for them.
 */
export function FollowUpNotice({
  overdue,
  filed = [],
  hrefOf,
  reportHref,
}: {
  overdue: Flagged[];
  filed?: { id: string; nominationId: string; title: string; year: number }[];
  hrefOf: (id: string) => string;
  reportHref?: string;
}) {
  if (overdue.length === 0 && filed.length === 0) return null;
  const shown = overdue.slice(0, 5);
  return (
    <section aria-labelledby="can-theo-doi" className="mt-4 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4">
      <h2 id="can-theo-doi" className="font-semibold text-amber-950">
        Cần theo dõi sau công nhận
      </h2>
      {filed.length > 0 && (
        <div className="mt-2">
          <p>{filed.length} báo cáo theo dõi đang chờ xác nhận:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {filed.map((f) => (
              <li key={f.id}>
                <Link href={`${hrefOf(f.nominationId)}#theo-doi`}>{f.title}</Link> — năm {f.year}
              </li>
            ))}
          </ul>
        </div>
      )}
      {overdue.length > 0 && (
        <div className="mt-2">
          <p>
            {overdue.length} điển hình <strong>chưa cập nhật</strong>: quá 15 tháng chưa có báo cáo theo dõi được xác nhận.
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {shown.map((o) => (
              <li key={o.id}>
                <Link href={`${hrefOf(o.id)}#theo-doi`}>{o.title}</Link> — lần cuối {formatDate(o.lastHeard)}
                {o.pending ? ' (đã gửi báo cáo, chờ xác nhận)' : ''}
              </li>
            ))}
          </ul>
          {reportHref && (
            <p className="mt-2 text-sm">
              <Link href={reportHref}>Xem danh sách đầy đủ ({overdue.length})</Link>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
