import type { ReactNode } from 'react';
import type { PublicComment } from '@/db/queries/reader-comments';
import { formatDate, formatNumber } from '@/lib/format';

/**
 * "Ý kiến bạn đọc": the published comments, newest first, as plain text with the line breaks the reader
 * typed (React escapes every character, so markup shows as typed), and the form to add one (passed in).
 */
export function ReaderComments({ comments, total, children }: { comments: PublicComment[]; total: number; children: ReactNode }) {
  return (
    <section aria-labelledby="y-kien-ban-doc" className="mt-8 space-y-4">
      <h2 id="y-kien-ban-doc" className="text-xl font-semibold">
        Ý kiến bạn đọc
      </h2>
      <p className="text-stone-800">
        {total > 0 ? (
          <strong>{formatNumber(total)} ý kiến đã được đăng</strong>
        ) : (
          'Chưa có ý kiến nào được đăng về điển hình này. Bạn có thể là người đầu tiên chia sẻ suy nghĩ, kinh nghiệm của mình.'
        )}
        {total > comments.length && ` Dưới đây là ${formatNumber(comments.length)} ý kiến mới nhất.`}
      </p>
      {comments.length > 0 && (
        <ul aria-label="Các ý kiến đã đăng" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {comments.map((c) => (
            <li key={c.id} className="p-4">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-semibold text-stone-900 [overflow-wrap:anywhere]">{c.authorName}</span>
                <time dateTime={c.createdAt.toISOString()} className="text-sm text-stone-600">
                  {formatDate(c.createdAt)}
                </time>
              </p>
              <p className="mt-1 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">{c.content}</p>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
