import { STATUS_LABELS, type NominationStatus } from '@/lib/domain/vocabulary';
import { formatDateTime } from '@/lib/format';

const ACTION_TEXT: Record<string, string> = {
  create: 'Lập hồ sơ',
  submit: 'Gửi thẩm định',
  withdraw: 'Rút hồ sơ về',
  approve: 'Công nhận',
  return: 'Trả lại để bổ sung',
  reject: 'Không công nhận',
  unpublish: 'Gỡ công bố',
  republish: 'Công bố lại',
};

export interface TimelineEvent {
  id: number;
  action: string;
  toStatus: string;
  comment: string | null;
  at: Date;
  actorName: string | null;
}

export function NominationTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <section aria-labelledby="lich-su" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="lich-su" className="text-lg font-semibold">
        Lịch sử hồ sơ
      </h2>
      <ol className="mt-3 space-y-3 border-l-2 border-stone-200 pl-4">
        {events.map((e) => (
          <li key={e.id}>
            <p className="text-sm text-stone-600">
              {formatDateTime(e.at)}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </p>
            <p className="font-medium">
              {ACTION_TEXT[e.action] ?? e.action} → {STATUS_LABELS[e.toStatus as NominationStatus] ?? e.toStatus}
            </p>
            {e.comment && <p className="mt-1 whitespace-pre-line text-stone-800">{e.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
