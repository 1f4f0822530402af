import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { NominationList } from '@/components/workspace/nomination-table';
import { getDb } from '@/db/index';
import { listReviewQueue } from '@/db/queries/workspace-nominations';
import { requirePermission } from '@/lib/auth/current-user';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import type { NominationStatus } from '@/lib/domain/vocabulary';

export const metadata: Metadata = { title: 'Thẩm định' };

const TABS = {
  submitted: { label: 'Chờ thẩm định', statuses: ['submitted'] },
  returned: { label: 'Đã trả lại', statuses: ['returned'] },
  approved: { label: 'Đã công nhận', statuses: ['approved', 'unpublished'] },
  rejected: { label: 'Không công nhận', statuses: ['rejected'] },
} satisfies Record<string, { label: string; statuses: NominationStatus[] }>;
type Tab = keyof typeof TABS;

const filterSchema = z.object({ tab: z.enum(Object.keys(TABS) as [Tab, ...Tab[]]).catch('submitted').default('submitted') });

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('/review', canUseReviewQueue);
  const { tab } = filterSchema.parse(await searchParams);
  const rows = await listReviewQueue(getDb(), { user, statuses: [...TABS[tab].statuses] });
  return (
    <section>
      <h1 className="text-2xl font-bold text-stone-900">Thẩm định hồ sơ</h1>
      <p className="mt-1 text-stone-700">
        {user.role === 'admin' ? 'Hồ sơ trên mọi địa bàn.' : 'Hồ sơ của các xã trong địa bàn bạn được giao thẩm định.'}
      </p>
      <nav aria-label="Nhóm hồ sơ" className="mt-4 flex flex-wrap gap-2 text-sm">
        {(Object.keys(TABS) as Tab[]).map((t) => (
          <Link key={t} href={`/review?tab=${t}`} aria-current={tab === t ? 'page' : undefined} className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {TABS[t].label}
          </Link>
        ))}
      </nav>
      <p className="mt-4 text-sm text-stone-700" role="status">{rows.length} hồ sơ</p>
      <div className="mt-2">
        {rows.length === 0 ? (
          <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">Không có hồ sơ nào trong nhóm này.</p>
        ) : (
          <NominationList rows={rows} showUnit nextStep={() => null} />
        )}
      </div>
    </section>
  );
}
