import { getPendingUpdate, listDecidedUpdates } from '@/db/queries/example-versions';
import { LastUpdateDecision } from '@/components/versions/last-decision';
import { getDb } from '@/db/index';
import { pickVersioned } from '@/lib/domain/example-versions';
import { formatDateTime } from '@/lib/format';
import { UpdateDiff } from '@/components/versions/update-diff';
import { UpdateForm } from './update-form';
import { WithdrawUpdate } from './withdraw-update';

/** On the unit's approved dossier: the pending proposal with "Rút đề xuất", or the form to propose one. */
export async function UnitUpdateSection({ nomination }: { nomination: Record<string, unknown> & { id: string; version: number; slug: string } }) {
  const [pending, [decided]] = await Promise.all([
    getPendingUpdate(getDb(), { nominationId: nomination.id }),
    listDecidedUpdates(getDb(), { nominationId: nomination.id, limit: 1 }),
  ]);
  const live = pickVersioned(nomination);
  return (
    <section aria-labelledby="cap-nhat" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="cap-nhat" className="text-lg font-semibold">
        Cập nhật điển hình đã công nhận
      </h2>
      {pending ? (
        <div className="mt-2">
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            Đề xuất cập nhật đang chờ duyệt (gửi lúc {formatDateTime(pending.proposedAt)}). Trang công khai vẫn hiện bản đang công bố.
          </p>
          <UpdateDiff pending={pending} live={live} />
          <WithdrawUpdate id={nomination.id} version={nomination.version} updateId={pending.id} />
        </div>
      ) : (
        <div className="mt-3 space-y-3">
          <LastUpdateDecision decided={decided} />
          <UpdateForm id={nomination.id} version={nomination.version} live={live} />
        </div>
      )}
    </section>
  );
}
