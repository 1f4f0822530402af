import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getDb } from '@/db/index';
import { countCommentQueue, listCommentQueue, type QueueComment } from '@/db/queries/reader-comments';
import { requirePermission } from '@/lib/auth/current-user';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { COMMENT_STATUS_LABELS, COMMENT_STATUSES, type CommentStatus } from '@/lib/domain/reader-comments';
import { formatDateTime, formatNumber } from '@/lib/format';
import { ModerationForms } from './moderation-forms';

export const metadata: Metadata = { title: 'Ý kiến bạn đọc' };

const QUEUE_SIZE = 100;
const DONE: Record<CommentStatus, string> = {
  pending: '',
  published: 'Đã duyệt đăng ý kiến. Trang công khai của điển hình đã hiện ý kiến này; đơn vị giới thiệu được thông báo.',
  hidden: 'Đã ẩn ý kiến. Lý do được lưu trong lịch sử kiểm duyệt.',
};

const querySchema = z.object({
  tab: z.enum(COMMENT_STATUSES).catch('pending').default('pending'),
  done: z.enum(['published', 'hidden']).optional().catch(undefined),
});

export default async function CommentQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('/review/comments', canUseReviewQueue);
  const { tab, done } = querySchema.parse(await searchParams);
  const db = getDb();
  const [rows, counts] = await Promise.all([listCommentQueue(db, { user, status: tab, limit: QUEUE_SIZE }), countCommentQueue(db, { user })]);
  return (
    <section>
      <h1 className="text-2xl font-bold text-stone-900">Kiểm duyệt ý kiến bạn đọc</h1>
      <p className="mt-1 text-stone-700">
        {user.role === 'admin' ? 'Ý kiến về các điển hình trên mọi địa bàn.' : 'Ý kiến về các điển hình trong địa bàn bạn được giao.'} Ý kiến chỉ hiện trên
        trang công khai sau khi được duyệt đăng; muốn ẩn một ý kiến phải ghi lý do. Ý kiến về điển hình của chính đơn vị bạn do người khác kiểm duyệt.
      </p>
      {done && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 font-medium text-green-900">
          {DONE[done]}
        </p>
      )}
      <nav aria-label="Nhóm ý kiến" className="mt-4 flex flex-wrap gap-2 text-sm">
        {COMMENT_STATUSES.map((status) => (
          <Link
            key={status}
            href={`/review/comments?tab=${status}`}
            aria-current={tab === status ? 'page' : undefined}
            className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {COMMENT_STATUS_LABELS[status]} ({formatNumber(counts[status])})
          </Link>
        ))}
      </nav>
      <p className="mt-4 text-sm text-stone-700">
        {counts[tab] > rows.length
          ? `${formatNumber(rows.length)} / ${formatNumber(counts[tab])} ý kiến (${tab === 'pending' ? 'gửi sớm nhất' : 'kiểm duyệt gần nhất'} ở trên cùng).`
          : `${formatNumber(rows.length)} ý kiến${tab === 'pending' && rows.length > 0 ? ', gửi sớm nhất ở trên cùng' : ''}.`}
      </p>
      {rows.length === 0 ? (
        <p className="mt-2 rounded-lg border border-stone-200 bg-white p-4 text-stone-700">
          {tab === 'pending' ? 'Không có ý kiến nào chờ duyệt.' : `Không có ý kiến nào ${COMMENT_STATUS_LABELS[tab].toLowerCase()}.`}
        </p>
      ) : (
        <ul className="mt-2 space-y-3">
          {rows.map((c) => (
            <QueueItem key={c.id} comment={c} tab={tab} />
          ))}
        </ul>
      )}
    </section>
  );
}

function QueueItem({ comment: c, tab }: { comment: QueueComment; tab: CommentStatus }) {
  const exampleHref = c.exampleStatus === 'approved' ? `/examples/${c.exampleSlug}` : `/review/${c.nominationId}`;
  return (
    <li aria-label={`Ý kiến của ${c.authorName}`} className="rounded-lg border border-stone-200 bg-white p-4">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-stone-700">
        <span className="text-base font-semibold text-stone-900 [overflow-wrap:anywhere]">{c.authorName}</span>
        {c.authorEmail && <span className="[overflow-wrap:anywhere]">{c.authorEmail} (không công khai)</span>}
        <span>
          gửi lúc <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
        </span>
      </p>
      <p className="mt-1 text-sm text-stone-700">
        Về điển hình{' '}
        <Link href={exampleHref} className="font-medium">
          {c.exampleTitle}
        </Link>
        {c.communeName ? ` — ${c.communeName}` : ''}
        {c.exampleStatus !== 'approved' && ' (điển hình hiện không được công bố)'}
      </p>
      <p className="mt-2 whitespace-pre-line rounded-md bg-stone-50 p-3 text-stone-900 [overflow-wrap:anywhere]">{c.content}</p>
      {c.status !== 'pending' && c.moderatedAt && (
        <p className="mt-2 text-sm text-stone-700">
          {c.status === 'published' ? 'Duyệt đăng' : 'Ẩn'} bởi {c.moderatorName ?? 'người kiểm duyệt'} lúc{' '}
          <time dateTime={c.moderatedAt.toISOString()}>{formatDateTime(c.moderatedAt)}</time>
          {c.hiddenReason && (
            <>
              . Lý do: <span className="whitespace-pre-line">{c.hiddenReason}</span>
            </>
          )}
        </p>
      )}
      <ModerationForms commentId={c.id} status={c.status} tab={tab} />
    </li>
  );
}
