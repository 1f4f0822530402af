import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { NominationList, type NominationRow } from '@/components/workspace/nomination-table';
import { getDb } from '@/db/index';
import { listUnitNominations } from '@/db/queries/workspace-nominations';
import { requirePermission } from '@/lib/auth/current-user';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { NOMINATION_STATUSES, STATUS_LABELS } from '@/lib/domain/vocabulary';

export const metadata: Metadata = { title: 'Hồ sơ của đơn vị' };

const filterSchema = z.object({ status: z.enum(NOMINATION_STATUSES).optional().catch(undefined) });

const NEXT_STEP: Record<string, string | null> = {
  draft: 'Việc cần làm: hoàn thiện và gửi thẩm định.',
  returned: 'Việc cần làm: sửa theo ý kiến thẩm định rồi gửi lại.',
  submitted: 'Đang chờ thẩm định.',
  approved: 'Đã được công nhận và công bố.',
  rejected: null,
  unpublished: null,
};

export default async function UnitNominationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('/nominations', canUseUnitWorkspace);
  const { status } = filterSchema.parse(await searchParams);
  const rows: NominationRow[] = await listUnitNominations(getDb(), { unitId: user.unitId!, status });
  return (
    <section>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-stone-900">Hồ sơ của đơn vị</h1>
          <p className="mt-1 text-stone-700">{user.unitName}: các hồ sơ giới thiệu điển hình ở mọi trạng thái.</p>
        </div>
        <Link href="/nominations/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          Lập hồ sơ mới
        </Link>
      </div>
      <nav aria-label="Lọc theo trạng thái" className="mt-4 flex flex-wrap gap-2 text-sm">
        <Link href="/nominations" aria-current={!status ? 'page' : undefined} className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
          Tất cả
        </Link>
        {NOMINATION_STATUSES.map((s) => (
          <Link key={s} href={`/nominations?status=${s}`} aria-current={status === s ? 'page' : undefined} className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <div className="mt-4">
        {rows.length === 0 ? (
          <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">Chưa có hồ sơ nào{status ? ' ở trạng thái này' : ''}.</p>
        ) : (
          <NominationList rows={rows} showUnit={false} nextStep={(r) => NEXT_STEP[r.status] ?? null} hrefFor={(r) => `/nominations/${r.id}`} />
        )}
      </div>
    </section>
  );
}
