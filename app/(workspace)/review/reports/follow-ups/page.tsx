import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/index';
import { requirePermission } from '@/lib/auth/current-user';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { followUpDueAt } from '@/lib/domain/follow-ups';
import { followUpWorkOfReviewer } from '@/lib/follow-ups/overdue';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Điển hình cần theo dõi' };

/** "Cần theo dõi": approved examples in this person's scope with no confirmed follow-up for over 15 months. */
export default async function FollowUpReportPage() {
  const user = await requirePermission('/review/reports/follow-ups', canUseReviewQueue);
  const { overdue } = await followUpWorkOfReviewer(getDb(), user, now());
  return (
    <section>
      <p className="text-sm">
        <Link href="/review/reports">← Báo cáo</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Điển hình cần theo dõi</h1>
      <p className="mt-1 max-w-3xl text-stone-700">
        Điển hình đã công nhận nhưng quá 15 tháng chưa có báo cáo theo dõi được xác nhận (tính từ ngày công nhận hoặc lần xác nhận gần nhất)
        {user.role === 'admin' ? ', trên mọi địa bàn' : ', trong địa bàn bạn được giao'}. Lâu nhất ở trên cùng.
      </p>
      {overdue.length === 0 ? (
        <p className="mt-4 rounded-md border border-dashed border-stone-300 bg-white p-4">Không có điển hình nào quá hạn theo dõi.</p>
      ) : (
        <>
          <p className="mt-4">
            <a href="/review/reports/follow-ups/csv" download>
              Tải danh sách (CSV, {overdue.length} điển hình)
            </a>
          </p>
          <div
            className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white"
            tabIndex={0}
            role="region"
            aria-label="Điển hình chưa cập nhật theo dõi"
          >
            <table className="w-full min-w-[40rem] text-left text-sm">
              <caption className="sr-only">Điển hình chưa cập nhật theo dõi</caption>
              <thead>
                <tr className="border-b-2 border-stone-300">
                  <th scope="col" className="px-3 py-2">
                    Điển hình
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Đơn vị giới thiệu
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Lần cuối
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Quá hạn từ
                  </th>
                </tr>
              </thead>
              <tbody>
                {overdue.map((o) => (
                  <tr key={o.id} className="border-b border-stone-100 align-top">
                    <th scope="row" className="px-3 py-2 font-normal">
                      <Link href={`/review/${o.id}#theo-doi`}>{o.title}</Link>
                      <span className="block text-stone-600">
                        {o.campaign} · năm {o.year}
                      </span>
                    </th>
                    <td className="px-3 py-2">{o.unit}</td>
                    <td className="px-3 py-2">
                      {formatDate(o.lastHeard)}
                      {o.pending && <span className="block text-stone-600">Có báo cáo chờ xác nhận</span>}
                    </td>
                    <td className="px-3 py-2">{formatDate(followUpDueAt(o.lastHeard))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
