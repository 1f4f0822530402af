import Link from 'next/link';

/** The bar's entry to /notifications; the count is read by screen readers as words, not as a pill. */
export function NotificationBadge({ count }: { count: number }) {
  const unread = Math.max(0, Math.trunc(count));
  return (
    <Link href="/notifications" className="inline-flex items-center gap-1 rounded px-2 py-1 text-stone-900 no-underline hover:bg-white">
      Thông báo
      {unread > 0 && (
        <>
          <span aria-hidden="true" className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-semibold text-white">
            {unread > 99 ? '99+' : unread}
          </span>
          <span className="sr-only"> ({unread} chưa đọc)</span>
        </>
      )}
    </Link>
  );
}
