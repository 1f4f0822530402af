import type { listDecidedUpdates } from '@/db/queries/example-versions';
import { UPDATE_STATUS_LABELS } from '@/lib/domain/example-versions';
import { formatDateTime } from '@/lib/format';

type Decided = Awaited<ReturnType<typeof listDecidedUpdates>>[number];

/** What became of the latest proposal: approved, rejected (with the reason the unit acts on) or withdrawn. */
export function LastUpdateDecision({ decided }: { decided: Decided | undefined }) {
  if (!decided) return null;
  return (
    <p role="status" className="mt-2 rounded border border-stone-300 bg-stone-50 px-3 py-2 text-stone-900">
      Đề xuất cập nhật gần nhất: <strong>{UPDATE_STATUS_LABELS[decided.status].toLowerCase()}</strong>
      {decided.decidedAt ? ` lúc ${formatDateTime(decided.decidedAt)}` : ''}
      {decided.status === 'rejected' && decided.reason ? `. Lý do: ${decided.reason}` : '.'}
    </p>
  );
}
