import { getPendingUpdate, listDecidedUpdates } from '@/db/queries/example-versions';
import { listUpdatePhotos } from '@/db/queries/update-photos';
import { UpdatePhotoGrid } from '@/components/versions/update-photo-grid';
import { LastUpdateDecision } from '@/components/versions/last-decision';
import { getDb } from '@/db/index';
import type { NominationFacts } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { pickVersioned } from '@/lib/domain/example-versions';
import type { ReviewLevel } from '@/lib/domain/review-levels';
import { updateDecisionRefusal } from '@/lib/examples/update-rules';
import { formatDateTime } from '@/lib/format';
import { DecideUpdateForm } from './decide-update-form';
import { UpdateDiff } from '@/components/versions/update-diff';

/** On the review page of a published example: its pending update, field by field, and the decision. */
export async function ReviewUpdateSection({
  user,
  nomination,
  levels,
}: {
  user: SessionUser;
  nomination: NominationFacts & Record<string, unknown> & { id: string; version: number };
  levels: readonly ReviewLevel[];
}) {
  const [pending, [decided]] = await Promise.all([
    getPendingUpdate(getDb(), { nominationId: nomination.id }),
    listDecidedUpdates(getDb(), { nominationId: nomination.id, limit: 1 }),
  ]);
  if (!pending) {
    // After a decision the page refreshes: the panel stays and says what was recorded.
    return decided ? (
      <section aria-labelledby="de-xuat-cap-nhat" className="rounded-lg border border-stone-300 bg-white p-4">
        <h2 id="de-xuat-cap-nhat" className="text-lg font-semibold">
          Đề xuất cập nhật
        </h2>
        <LastUpdateDecision decided={decided} />
      </section>
    ) : null;
  }
  const refusal = updateDecisionRefusal(user, nomination, levels);
  const photos = await listUpdatePhotos(getDb(), { updateId: pending.id });
  return (
    <section aria-labelledby="de-xuat-cap-nhat" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
      <h2 id="de-xuat-cap-nhat" className="text-lg font-semibold">
        Đề xuất cập nhật chờ duyệt
      </h2>
      <p className="mt-1 text-sm text-stone-800">
        {pending.proposedByName ?? 'Đơn vị'} gửi lúc {formatDateTime(pending.proposedAt)}, trên phiên bản {pending.baseVersion}.
        {pending.note && ` Ghi chú: ${pending.note}`}
      </p>
      <UpdateDiff pending={pending} live={pickVersioned(nomination)} />
      {photos.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Ảnh mới đề xuất ({photos.length})</h3>
          <p className="text-sm text-stone-800">Khi duyệt, các ảnh này được thêm vào trang công khai của điển hình.</p>
          <UpdatePhotoGrid photos={photos} />
        </>
      )}
      {refusal ? (
        <p className="mt-3 text-stone-800">{refusal}</p>
      ) : (
        <DecideUpdateForm id={nomination.id} version={nomination.version} updateId={pending.id} photoIds={photos.map((p) => p.id)} />
      )}
    </section>
  );
}
