import Link from 'next/link';
import type { FollowUpItem } from '@/db/queries/follow-ups';
import { MODEL_STATUS_LABELS, followUpDueAt } from '@/lib/domain/follow-ups';
import { formatDate, formatNumber } from '@/lib/format';
import { ConfirmFollowUpButton, FollowUpForm } from './follow-up-form';
import { OverdueBadge } from '@/components/examples/overdue-badge';
import { PhotoUploadForm } from '@/components/versions/photo-upload-form';

/** The follow-up's photo (private until confirmed) and, for its unit while it waits, the form to set it. */
function FollowUpPhoto({ nominationId, item, canChange }: { nominationId: string; item: FollowUpItem; canChange: boolean }) {
  return (
    <>
      {item.photoId && (
        <figure className="mt-2 max-w-48">
          {/* eslint-disable-next-line @next/next/no-img-element -- a private file until confirmed: /files checks the session */}
          <img
            src={`/files/${item.photoId}?size=thumb`}
            alt={item.photoCaption || `Ảnh theo dõi năm ${item.year}`}
            className="aspect-[4/3] w-full rounded object-cover"
          />
          {item.photoCaption && <figcaption className="mt-1 text-stone-700">{item.photoCaption}</figcaption>}
        </figure>
      )}
      {canChange && (
        <PhotoUploadForm
          action={`/nominations/${nominationId}/follow-up-photo`}
          hidden={{ followUpId: item.id }}
          idPrefix={`follow-up-photo-${item.year}`}
          label={item.photoId ? `Thay ảnh của báo cáo năm ${item.year}` : `Thêm ảnh cho báo cáo năm ${item.year} (không bắt buộc)`}
          submitText="Tải ảnh lên"
          hint="Một ảnh JPEG, PNG, WebP hoặc HEIC, tối đa 10 MB; công khai khi báo cáo được xác nhận."
        />
      )}
    </>
  );
}

interface Props {
  nominationId: string;
  version: number;
  items: FollowUpItem[];
  lastHeard: Date | null;
  overdue: boolean;
  /** The unit may file (its own approved example); a reviewer in scope may confirm. */
  canFile: boolean;
  canConfirm: boolean;
  defaultYear: number;
  householdsEscaped: number | null;
}

/** The follow-ups of an example in the workspace: what was filed, what is confirmed, and the next step. */
export function FollowUpPanel(props: Props) {
  const { items, lastHeard, overdue } = props;
  return (
    <section aria-labelledby="theo-doi" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="theo-doi" className="text-lg font-semibold">
          Theo dõi sau công nhận
        </h2>
        {overdue && <OverdueBadge />}
      </div>
      {lastHeard && (
        <p className="mt-1 text-sm text-stone-700">
          {overdue
            ? `Chưa có báo cáo theo dõi được xác nhận từ ${formatDate(lastHeard)} (quá 15 tháng). Đề nghị đơn vị gửi báo cáo năm nay.`
            : `Hạn báo cáo tiếp theo: trước ${formatDate(followUpDueAt(lastHeard))}.`}
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-3 text-stone-700">Chưa có báo cáo theo dõi nào.</p>
      ) : (
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Các báo cáo theo dõi">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Các báo cáo theo dõi, năm gần nhất trước</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">
                  Năm
                </th>
                <th scope="col" className="py-2 pr-3">
                  Mô hình
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Vẫn thoát nghèo
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Tái nghèo
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Hộ mới
                </th>
                <th scope="col" className="py-2">
                  Xác nhận
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((f) => (
                <tr key={f.id} className="border-b border-stone-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-semibold">
                    {f.year}
                  </th>
                  <td className="py-2 pr-3">
                    {MODEL_STATUS_LABELS[f.modelStatus]}
                    {f.note && <p className="mt-1 text-stone-700">{f.note}</p>}
                    <FollowUpPhoto nominationId={props.nominationId} item={f} canChange={props.canFile && f.state === 'filed'} />
                    {f.replications.length > 0 && (
                      <p className="mt-1">
                        Nhân rộng:{' '}
                        {f.replications.map((r, i) => (
                          <span key={r.id}>
                            {i > 0 && ', '}
                            <Link href={`/examples/${r.slug}`}>{r.title}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(f.householdsStillOut)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(f.householdsFellBack)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(f.newHouseholds)}</td>
                  <td className="py-2">
                    {f.state === 'confirmed' ? (
                      <span>
                        Đã xác nhận {f.confirmedAt ? formatDate(f.confirmedAt) : ''}
                        {f.confirmedByName ? ` (${f.confirmedByName})` : ''}
                      </span>
                    ) : props.canConfirm ? (
                      <ConfirmFollowUpButton id={props.nominationId} followUpId={f.id} version={props.version} year={f.year} photoId={f.photoId} />
                    ) : (
                      <span>Chờ xác nhận (gửi {formatDate(f.reportedAt)})</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.canFile && (
        <div className="mt-5 border-t border-stone-200 pt-4">
          <h3 className="font-semibold">Gửi báo cáo theo dõi năm nay</h3>
          <div className="mt-3">
            <FollowUpForm id={props.nominationId} version={props.version} defaultYear={props.defaultYear} householdsEscaped={props.householdsEscaped} />
          </div>
        </div>
      )}
    </section>
  );
}
