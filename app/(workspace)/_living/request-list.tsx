import type { RequestRow } from '@/db/queries/replication-requests';
import { REQUEST_STATUS_LABELS, type RequestStatus } from '@/lib/domain/replication-requests';
import { formatDateTime } from '@/lib/format';
import { RequestMoveForm } from './request-move-form';

interface RequestEvent {
  requestId: string;
  fromStatus: RequestStatus;
  toStatus: RequestStatus;
  actorName: string | null;
  at: Date;
}

const STATUS_CLASS: Record<RequestStatus, string> = {
  new: 'bg-amber-100 text-amber-900',
  contacted: 'bg-sky-100 text-sky-900',
  visit_arranged: 'bg-violet-100 text-violet-900',
  replicated: 'bg-green-100 text-green-900',
};

/**
 * "Đăng ký học tập, nhân rộng": each request with the requester's private contact (the page that shows
 * this has checked the viewer may read it), and for the owning unit the form that moves it on.
 */
export function RequestList({
  requests,
  events,
  canMove,
  copies,
}: {
  requests: RequestRow[];
  events: RequestEvent[];
  canMove: boolean;
  copies: { id: string; label: string }[];
}) {
  return (
    <section aria-labelledby="dang-ky-hoc-tap" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="dang-ky-hoc-tap" className="text-lg font-semibold">
        Đăng ký học tập, nhân rộng ({requests.length})
      </h2>
      <p className="mt-1 text-sm text-stone-700">Họ tên và liên hệ của người đăng ký không được công khai; trang công khai chỉ hiện số lượng.</p>
      {requests.length === 0 ? (
        <p className="mt-3 text-stone-700">Chưa có đăng ký nào.</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {requests.map((r) => (
            <li key={r.id} className="rounded-md border border-stone-200 p-3" aria-label={`Đăng ký của ${r.name}`}>
              <div className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-2 py-0.5 text-sm font-semibold ${STATUS_CLASS[r.status]}`}>{REQUEST_STATUS_LABELS[r.status]}</span>
                <span className="font-semibold">{r.name}</span>
                {r.requestingUnitName && <span className="text-sm text-stone-700">({r.requestingUnitName})</span>}
                <span className="text-sm text-stone-600">· {formatDateTime(r.createdAt)}</span>
              </div>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                {r.phone && (
                  <>
                    <dt className="text-stone-600">Điện thoại</dt>
                    <dd>
                      <a href={`tel:${r.phone.replace(/[^\d+]/g, '')}`}>{r.phone}</a>
                    </dd>
                  </>
                )}
                {r.email && (
                  <>
                    <dt className="text-stone-600">Email</dt>
                    <dd className="break-all">
                      <a href={`mailto:${r.email}`}>{r.email}</a>
                    </dd>
                  </>
                )}
                <dt className="text-stone-600">Xã, phường</dt>
                <dd>{r.communeName ?? '—'}</dd>
                {r.replicatedTitle && (
                  <>
                    <dt className="text-stone-600">Hồ sơ nhân rộng</dt>
                    <dd>{r.replicatedTitle}</dd>
                  </>
                )}
              </dl>
              <p className="mt-2 whitespace-pre-line break-words">{r.message}</p>
              {events.some((e) => e.requestId === r.id) && (
                <ol className="mt-2 space-y-0.5 text-sm text-stone-600" aria-label="Lịch sử xử lý">
                  {events
                    .filter((e) => e.requestId === r.id)
                    .map((e, i) => (
                      <li key={i}>
                        {formatDateTime(e.at)}: {REQUEST_STATUS_LABELS[e.fromStatus]} → {REQUEST_STATUS_LABELS[e.toStatus]}
                        {e.actorName ? ` (${e.actorName})` : ''}
                      </li>
                    ))}
                </ol>
              )}
              {canMove && r.status !== 'replicated' && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Đổi trạng thái đăng ký</summary>
                  <RequestMoveForm requestId={r.id} status={r.status} copies={copies} />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
