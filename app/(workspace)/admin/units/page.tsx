import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/index';
import { listUnits } from '@/db/queries/people';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageUnits } from '@/lib/auth/permissions';
import { UNIT_KIND_LABELS } from '@/lib/domain/vocabulary';
import { formatNumber } from '@/lib/format';
import { UnitForm } from './unit-form';

export const metadata: Metadata = { title: 'Đơn vị' };

export default async function UnitsPage() {
  await requirePermission('/admin/units', canManageUnits);
  const units = await listUnits(getDb());
  return (
    <section>
      <h1 className="text-2xl font-bold text-stone-900">Đơn vị</h1>
      <p className="mt-1 text-stone-700">Cơ quan, UBND xã, đoàn thể, doanh nghiệp… được giới thiệu điển hình.</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div role="region" aria-label="Bảng đơn vị" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Tên đơn vị
                </th>
                <th scope="col" className="px-3 py-2">
                  Loại
                </th>
                <th scope="col" className="px-3 py-2">
                  Địa bàn
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Tài khoản
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id} className="border-t border-stone-100">
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/admin/units/${u.id}`}>{u.name}</Link>
                  </td>
                  <td className="px-3 py-2">{UNIT_KIND_LABELS[u.kind] ?? u.kind}</td>
                  <td className="px-3 py-2">{u.placeName ?? u.adminUnitCode}</td>
                  <td className="px-3 py-2 text-right">{formatNumber(Number(u.accounts ?? 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 className="text-lg font-semibold">Thêm đơn vị</h2>
          <UnitForm />
        </div>
      </div>
    </section>
  );
}
