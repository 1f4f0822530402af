import { getPendingUpdate, listDecidedUpdates } from '@/db/queries/example-versions';
import { listUpdatePhotos } from '@/db/queries/update-photos';
import { PhotoUploadForm } from '@/components/versions/photo-upload-form';
import { UpdatePhotoGrid } from '@/components/versions/update-photo-grid';
import { MAX_UPDATE_PHOTOS } from '@/lib/uploads/photo-notices';
import { removeUpdatePhotoAction } from './update-actions';
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
  const photos = pending ? await listUpdatePhotos(getDb(), { updateId: pending.id }) : [];
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
          <h3 className="mt-4 font-semibold">
            Ảnh mới đề xuất ({photos.length}/{MAX_UPDATE_PHOTOS})
          </h3>
          {photos.length === 0 && <p className="mt-1 text-sm text-stone-700">Chưa có ảnh mới. Ảnh được thêm vào trang công khai khi đề xuất được duyệt.</p>}
          <UpdatePhotoGrid
            photos={photos}
            actions={(p) => (
              <form action={removeUpdatePhotoAction.bind(null, nomination.id, p.id)} className="mt-1">
                <button type="submit" className="text-sm font-medium text-red-800 underline">
                  Bỏ ảnh này
                </button>
              </form>
            )}
          />
          {photos.length < MAX_UPDATE_PHOTOS && (
            <PhotoUploadForm
              action={`/nominations/${nomination.id}/update-photos`}
              hidden={{ updateId: pending.id }}
              idPrefix="update-photo"
              label="Thêm ảnh cho đề xuất"
              submitText="Tải ảnh lên"
              hint={`JPEG, PNG, WebP hoặc HEIC, tối đa 10 MB; tối đa ${MAX_UPDATE_PHOTOS} ảnh cho một đề xuất.`}
            />
          )}
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
