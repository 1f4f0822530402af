import Link from 'next/link';
import { PlaceLine } from '@/components/examples/place-line';
import type { NoticeItem } from '@/db/queries/notices';
import { FIELD_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { publicNomineeName } from '@/lib/examples/present';
import { formatDate } from '@/lib/format';

/** The window's end, or that it has closed and the council is deciding. */
export function NoticeDeadline({ item, open }: { item: Pick<NoticeItem, 'noticeStartsAt' | 'noticeEndsAt'>; open: boolean }) {
  return open ? (
    <span>
      Nhận ý kiến từ {formatDate(item.noticeStartsAt)} <strong>đến hết ngày {formatDate(item.noticeEndsAt)}</strong>
    </span>
  ) : (
    <span>Đã hết thời hạn nhận ý kiến (ngày {formatDate(item.noticeEndsAt)}); hội đồng đang xem xét.</span>
  );
}

export function NoticeCard({ item, open }: { item: NoticeItem; open: boolean }) {
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
        {NOMINEE_KIND_LABELS[item.nomineeKind]} · {FIELD_LABELS[item.field]}
      </p>
      <h2 className="mt-1 text-lg font-semibold leading-snug break-words">
        <Link href={`/notices/${item.id}`}>{item.title}</Link>
      </h2>
      <p className="mt-1 text-stone-800">{publicNomineeName(item)}</p>
      <p className="mt-1 text-sm text-stone-700">
        <PlaceLine example={item} />
      </p>
      <p className="mt-1 text-sm text-stone-700">
        Đơn vị giới thiệu: {item.unitName} · Năm {item.year}
      </p>
      <p className="mt-3 break-words text-stone-900">{item.summary}</p>
      <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-stone-900">
        <NoticeDeadline item={item} open={open} />
      </p>
    </article>
  );
}
