import type { ObjectionRow } from '@/db/queries/objections';
import { OBJECTION_STATUS_LABELS } from '@/lib/domain/notice';
import { formatDate, formatDateTime } from '@/lib/format';
import { JudgeForm } from './judge-form';

interface Props {
  reviewId: string;
  startsAt: Date | null;
  endsAt: Date | null;
  objections: ObjectionRow[];
  /** This person judges the opinions (deciding level, in scope, not their own unit). */
  judges: boolean;
}

/** The public notice on the review page: its window and the citizens' opinions, each judged by the deciding level. */
export function NoticeSection({ reviewId, startsAt, endsAt, objections, judges }: Props) {
  const open = objections.filter((o) => o.status === 'open').length;
  return (
    <section aria-labelledby="cong-khai" className="rounded-lg border border-violet-300 bg-white p-4 sm:p-5">
      <h2 id="cong-khai" className="text-lg font-semibold">
        Công khai lấy ý kiến
      </h2>
      <p className="mt-1 text-stone-800">
        {startsAt && endsAt ? `Từ ngày ${formatDate(startsAt)} đến hết ngày ${formatDate(endsAt)}, trên trang /notices. ` : ''}
        {objections.length === 0 ? 'Chưa có ý kiến nào.' : `${objections.length} ý kiến, ${open} chưa xử lý.`}
      </p>
      {objections.length > 0 && (
        <ol className="mt-3 space-y-4">
          {objections.map((o) => (
            <li key={o.id} className="rounded border border-stone-200 p-3">
              <p className="text-sm text-stone-600">
                {formatDateTime(o.createdAt)} · {o.authorName} · <span className="break-all">{o.contact}</span>
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{o.content}</p>
              <p className="mt-2 text-sm">
                <strong>{OBJECTION_STATUS_LABELS[o.status]}</strong>
                {o.handledAt ? ` — ${o.handledByName ?? 'cán bộ thẩm định'}, ${formatDateTime(o.handledAt)}` : ''}
              </p>
              {o.handlingNote && <p className="mt-1 whitespace-pre-line text-sm text-stone-800">{o.handlingNote}</p>}
              {judges && <JudgeForm objectionId={o.id} reviewId={reviewId} judged={o.status !== 'open'} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
