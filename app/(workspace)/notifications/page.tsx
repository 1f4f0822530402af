import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { SubmitButton } from '@/components/ui/submit-button';
import { getDb } from '@/db/index';
import { countUnread, listNotifications, NOTIFICATION_PAGE_SIZE, type NotificationRow } from '@/db/queries/notifications';
import { requireUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/format';
import { notificationLabel } from '@/lib/domain/notification-kinds';
import { markAllReadAction } from './actions';

export const metadata: Metadata = { title: 'Thông báo' };

const pageSchema = z.object({ before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined) });

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('/notifications');
  const { before: beforeId } = pageSchema.parse(await searchParams);
  const db = getDb();
  const [rows, unread] = await Promise.all([listNotifications(db, { userId: user.id, beforeId }), countUnread(db, user.id)]);
  // Units follow their own nominations; reviewers and admins open the review view of the same one. A
  // published reader comment is read where the public reads it.
  const hrefFor = (n: NotificationRow) =>
    n.kind === 'comment_published'
      ? `/examples/${n.slug}#y-kien-ban-doc`
      : user.role === 'unit_member'
        ? `/nominations/${n.nominationId}`
        : `/review/${n.nominationId}`;
  const older = rows.length === NOTIFICATION_PAGE_SIZE ? rows[rows.length - 1]!.id : null;
  return (
    <section>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-stone-900">Thông báo</h1>
          <p className="mt-1 text-stone-700">{unread > 0 ? `Bạn có ${unread} thông báo chưa đọc.` : 'Bạn đã đọc hết thông báo.'}</p>
        </div>
        {unread > 0 && (
          <form action={markAllReadAction}>
            <SubmitButton variant="secondary" pendingText="Đang đánh dấu…">
              Đánh dấu tất cả đã đọc
            </SubmitButton>
          </form>
        )}
      </div>
      <div className="mt-4">
        {rows.length === 0 ? (
          <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">
            {beforeId ? 'Không còn thông báo cũ hơn.' : 'Chưa có thông báo nào.'}
          </p>
        ) : (
          <ul className="space-y-2">
            {rows.map((n) => {
              const isUnread = n.readAt == null;
              return (
                <li
                  key={n.id}
                  className={`rounded-lg border p-4 ${isUnread ? 'border-l-4 border-sky-300 border-l-sky-700 bg-sky-50' : 'border-stone-200 bg-white'}`}
                >
                  <p className="flex flex-wrap items-center gap-x-2 text-sm text-stone-700">
                    {isUnread && <span className="rounded bg-sky-800 px-1.5 py-0.5 text-xs font-semibold text-white">Chưa đọc</span>}
                    <span className="font-semibold text-stone-900">{notificationLabel(n.kind)}</span>
                    <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                  </p>
                  <p className="mt-1 break-words">
                    <Link href={hrefFor(n)} className="font-medium">
                      {n.title}
                    </Link>
                  </p>
                  {n.comment && <p className="mt-1 whitespace-pre-line break-words text-stone-800">{n.comment}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {(older || beforeId) && (
        <nav aria-label="Trang thông báo" className="mt-4 flex flex-wrap gap-3 text-sm">
          {beforeId && <Link href="/notifications">Thông báo mới nhất</Link>}
          {older && <Link href={`/notifications?before=${older}`}>Thông báo cũ hơn</Link>}
        </nav>
      )}
    </section>
  );
}
