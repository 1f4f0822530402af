import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { NominationList, type NominationRow } from '@/components/workspace/nomination-table';
import { getDb } from '@/db/index';
import { listUnitNominationFacets, listUnitNominations } from '@/db/queries/nomination-queues';
import { controlClass } from '@/components/ui/field';
import { requirePermission } from '@/lib/auth/current-user';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { NOMINATION_STATUSES, STATUS_LABELS } from '@/lib/domain/vocabulary';
import { FollowUpNotice } from '@/components/examples/follow-up-notice';
import { now } from '@/lib/clock';
import { overdueOfUnit } from '@/lib/follow-ups/overdue';

export const metadata: Metadata = { title: 'Hồ sơ của đơn vị' };

const filterSchema = z.object({
  status: z.enum(NOMINATION_STATUSES).optional().catch(undefined),
  campaign: z.coerce.number().int().positive().optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

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
  const { status, campaign, year } = filterSchema.parse(await searchParams);
  const db = getDb();
  const [rows, facets]: [NominationRow[], Awaited<ReturnType<typeof listUnitNominationFacets>>] = await Promise.all([
    listUnitNominations(db, { unitId: user.unitId!, status, campaignId: campaign, year }),
    listUnitNominationFacets(db, { unitId: user.unitId! }),
  ]);
  const keep = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams(
      Object.entries({ campaign: campaign ? String(campaign) : undefined, year: year ? String(year) : undefined, ...extra }).filter(
        (e): e is [string, string] => Boolean(e[1]),
      ),
    );
    return q.size ? `/nominations?${q}` : '/nominations';
  };
  return (
    <section>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-stone-900">Hồ sơ của đơn vị</h1>
          <p className="mt-1 text-stone-700">{user.unitName}: các hồ sơ giới thiệu điển hình ở mọi trạng thái.</p>
          <p className="mt-1 text-sm">
            <Link href="/nominations/requests">Đăng ký học tập, nhân rộng các điển hình của đơn vị</Link>
          </p>
        </div>
        <Link href="/nominations/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          Lập hồ sơ mới
        </Link>
      </div>
      <FollowUpNotice overdue={await overdueOfUnit(db, user.unitId!, now())} hrefOf={(id) => `/nominations/${id}`} />
      <nav aria-label="Lọc theo trạng thái" className="mt-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={keep({})}
          aria-current={!status ? 'page' : undefined}
          className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          Tất cả
        </Link>
        {NOMINATION_STATUSES.map((s) => (
          <Link
            key={s}
            href={keep({ status: s })}
            aria-current={status === s ? 'page' : undefined}
            className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Lọc theo đợt thi đua và năm">
        {status && <input type="hidden" name="status" value={status} />}
        <div>
          <label htmlFor="campaign" className="block text-sm font-medium">
            Đợt thi đua
          </label>
          <select id="campaign" name="campaign" defaultValue={campaign ?? ''} className={controlClass}>
            <option value="">Tất cả</option>
            {facets.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="year" className="block text-sm font-medium">
            Năm
          </label>
          <select id="year" name="year" defaultValue={year ?? ''} className={controlClass}>
            <option value="">Tất cả</option>
            {facets.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-50">
          Lọc
        </button>
      </form>
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
