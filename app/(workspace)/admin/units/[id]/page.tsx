import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/index';
import { getUnit } from '@/db/queries/people';
import { unitAreaOptions } from '@/lib/accounts/unit-area';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageUnits } from '@/lib/auth/permissions';
import { UNIT_KIND_LABELS } from '@/lib/domain/vocabulary';
import { AreaForm } from './area-form';

export const metadata: Metadata = { title: 'Đơn vị' };

export default async function AdminUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission(`/admin/units/${id}`, canManageUnits);
  const db = getDb();
  const unit = /^\d{1,9}$/.test(id) ? await getUnit(db, { id: Number(id) }) : null;
  if (!unit) notFound();
  const options = await unitAreaOptions(db, { tree: unit.tree, code: unit.code });
  const current = unit.nominationAreaTree && unit.nominationAreaCode ? `${unit.nominationAreaTree}:${unit.nominationAreaCode}` : `${unit.tree}:${unit.code}`;
  return (
    <section className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/units">← Đơn vị</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{unit.name}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-stone-600">Loại</dt>
        <dd>{UNIT_KIND_LABELS[unit.kind]}</dd>
        <dt className="font-medium text-stone-600">Trụ sở, địa bàn</dt>
        <dd>{unit.placeName ?? unit.code}</dd>
      </dl>
      <div className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
        <h2 className="text-lg font-semibold">Địa bàn được giới thiệu điển hình</h2>
        <p className="mt-1 text-sm text-stone-700">
          Mặc định, đơn vị chỉ giới thiệu điển hình trên địa bàn của mình. Có thể mở rộng lên cấp trên, ví dụ cho một hội cấp huyện giới thiệu ở mọi xã trong
          huyện.
        </p>
        <AreaForm unitId={unit.id} options={options} current={current} />
      </div>
    </section>
  );
}
