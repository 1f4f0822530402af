import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/index';
import { listRequestsForUnit } from '@/db/queries/replication-requests';
import { requirePermission } from '@/lib/auth/current-user';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { REQUEST_STATUS_LABELS, REQUEST_STATUSES } from '@/lib/domain/replication-requests';
import { formatDateTime, formatNumber } from '@/lib/format';

export const metadata: Metadata = { title: 'Đăng ký học tập, nhân rộng' };

/** Every request to learn from the unit's examples; each is followed up on its dossier page. */
export default async function ReplicationRequestsPage() {
  const user = await requirePermission('/nominations/requests', canUseUnitWorkspace);
  const requests = await listRequestsForUnit(getDb(), { unitId: user.unitId! });
  const counts = REQUEST_STATUSES.map((status) => ({ status, n: requests.filter((r) => r.status === status).length }));
  return (
    <section className="mx-auto max-w-4xl">
      <p className="text-sm">
        <Link href="/nominations">← Hồ sơ của đơn vị</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Đăng ký học tập, nhân rộng</h1>
      <p className="mt-1 text-stone-700">
        Người dân và đơn vị khác đăng ký học tập các điển hình của đơn vị bạn. Mở từng điển hình để xem liên hệ và cập nhật trạng thái.
      </p>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {counts.map(({ status, n }) => (
          <span key={status}>
            {REQUEST_STATUS_LABELS[status]}: <strong>{formatNumber(n)}</strong>
          </span>
        ))}
      </p>
      {requests.length === 0 ? (
        <p className="mt-6 rounded-lg border border-stone-200 bg-white p-4">Chưa có đăng ký học tập nào.</p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white" tabIndex={0} role="region" aria-label="Danh sách đăng ký học tập">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300 bg-stone-50">
                <th scope="col" className="p-2">
                  Ngày gửi
                </th>
                <th scope="col" className="p-2">
                  Người đăng ký
                </th>
                <th scope="col" className="p-2">
                  Điển hình
                </th>
                <th scope="col" className="p-2">
                  Trạng thái
                </th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} className="border-b border-stone-200 align-top">
                  <td className="p-2 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
                  <td className="p-2">
                    {r.name}
                    {r.requestingUnitName ? ` (${r.requestingUnitName})` : ''}
                    {r.communeName && <span className="block text-stone-600">{r.communeName}</span>}
                  </td>
                  <td className="p-2">
                    <Link href={`/nominations/${r.nominationId}#dang-ky-hoc-tap`}>{r.exampleTitle}</Link>
                  </td>
                  <td className="p-2 whitespace-nowrap">{REQUEST_STATUS_LABELS[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
