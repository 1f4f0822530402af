import type { ReviewLevel } from '@/lib/domain/review-levels';
import { STATUS_LABELS, type NominationStatus } from '@/lib/domain/vocabulary';
import { formatDate, formatDateTime } from '@/lib/format';

const ACTION_TEXT: Record<string, string> = {
  create: 'Lập hồ sơ',
  submit: 'Gửi thẩm định',
  withdraw: 'Rút hồ sơ về',
  forward: 'Đề nghị lên cấp trên',
  return_down: 'Trả về cấp dưới',
  open_notice: 'Đưa ra công khai lấy ý kiến',
  assign: 'Phân công thẩm định',
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
  reviewLevel?: number | null;
  detail?: Record<string, unknown>;
  at: Date;
  actorName: string | null;
}

/** "Công khai từ … đến …: 2 ý kiến, 1 có cơ sở": what a notice left in the history. */
function noticeLine(detail: Record<string, unknown> | undefined): string | null {
  const notice = detail?.notice as { from?: string; to?: string; opinions?: number; founded?: number } | undefined;
  if (!notice?.from || !notice.to) return null;
  const window = `Công khai từ ngày ${formatDate(notice.from)} đến hết ngày ${formatDate(notice.to)}`;
  return typeof notice.opinions === 'number' ? `${window}: ${notice.opinions} ý kiến, ${notice.founded ?? 0} có cơ sở.` : `${window}.`;
}

/**
 * The dossier's history. The unit sees it too: reviewers' names and comments to the unit are part of
 * the record, assignments are not shown to the unit (`showAssignments`).
 */
export function NominationTimeline({
  events,
  levels = [],
  showAssignments = true,
}: {
  events: TimelineEvent[];
  levels?: readonly ReviewLevel[];
  showAssignments?: boolean;
}) {
  const levelOf = (e: TimelineEvent) => (levels.length > 1 && e.reviewLevel != null ? levels.find((l) => l.position === e.reviewLevel)?.name : null);
  return (
    <section aria-labelledby="lich-su" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="lich-su" className="text-lg font-semibold">
        Lịch sử hồ sơ
      </h2>
      <ol className="mt-3 space-y-3 border-l-2 border-stone-200 pl-4">
        {events
          .filter((e) => showAssignments || e.action !== 'assign')
          .map((e) => {
            const level = levelOf(e);
            const notice = noticeLine(e.detail);
            return (
              <li key={e.id}>
                <p className="text-sm text-stone-600">
                  {formatDateTime(e.at)}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                  {level ? ` · ${level}` : ''}
                </p>
                <p className="font-medium">
                  {ACTION_TEXT[e.action] ?? e.action}
                  {e.action === 'assign' ? '' : ` → ${STATUS_LABELS[e.toStatus as NominationStatus] ?? e.toStatus}`}
                </p>
                {e.comment && <p className="mt-1 whitespace-pre-line text-stone-800">{e.comment}</p>}
                {notice && <p className="mt-1 text-sm text-stone-700">{notice}</p>}
              </li>
            );
          })}
      </ol>
    </section>
  );
}
