import Link from 'next/link';
import { listPendingUpdatesInScope } from '@/db/queries/example-versions';
import { reviewScopeCondition } from '@/db/queries/nomination-queues';
import { getDb } from '@/db/index';
import type { SessionUser } from '@/lib/domain/actor';
import { VERSIONED_FIELD_LABELS } from '@/lib/domain/example-versions';
import { formatDate } from '@/lib/format';

/** The review queue's list of updates proposed on published examples in scope. */
export async function PendingUpdatesList({ user }: { user: SessionUser }) {
  const rows = await listPendingUpdatesInScope(getDb(), { scope: reviewScopeCondition(user) });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="cap-nhat-cho-duyet" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="cap-nhat-cho-duyet" className="font-semibold">
        Đề xuất cập nhật điển hình chờ duyệt ({rows.length})
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {rows.map((r) => (
          <li key={r.nominationId}>
            <Link href={`/review/${r.nominationId}`}>{r.title}</Link> — gửi ngày {formatDate(r.proposedAt)}; sửa:{' '}
            {r.changed.map((key) => VERSIONED_FIELD_LABELS[key].toLowerCase()).join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
