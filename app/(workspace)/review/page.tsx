import type { Metadata } from 'next';
import Link from 'next/link';
import { PendingUpdatesList } from '@/components/versions/pending-updates-list';
import { z } from 'zod';
import { controlClass } from '@/components/ui/field';
import { NominationList } from '@/components/workspace/nomination-table';
import { getDb } from '@/db/index';
import { countReviewQueue, listReviewQueue, listReviewWorkload } from '@/db/queries/nomination-queues';
import { requirePermission } from '@/lib/auth/current-user';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { FollowUpNotice } from '@/components/examples/follow-up-notice';
import { now } from '@/lib/clock';
import { followUpWorkOfReviewer } from '@/lib/follow-ups/overdue';
import { FIELD_LABELS, NOMINEE_KIND_LABELS, type NominationStatus, FIELDS, NOMINEE_KINDS } from '@/lib/domain/vocabulary';

export const metadata: Metadata = { title: 'Thẩm định' };

const IN_REVIEW: NominationStatus[] = ['submitted', 'in_notice'];
const TABS = {
  mine: { label: 'Chờ cấp tôi xét', statuses: IN_REVIEW },
  assigned: { label: 'Giao cho tôi', statuses: IN_REVIEW },
  unassigned: { label: 'Chưa giao', statuses: IN_REVIEW },
  submitted: { label: 'Mọi hồ sơ đang xét', statuses: IN_REVIEW },
  notice: { label: 'Đang công khai', statuses: ['in_notice'] },
  returned: { label: 'Đã trả lại', statuses: ['returned'] },
  approved: { label: 'Đã công nhận', statuses: ['approved', 'unpublished'] },
  rejected: { label: 'Không công nhận', statuses: ['rejected'] },
} satisfies Record<string, { label: string; statuses: NominationStatus[] }>;
type Tab = keyof typeof TABS;

const optionalNumber = z.coerce.number().int().positive().optional().catch(undefined);
const filterSchema = z.object({
  tab: z
    .enum(Object.keys(TABS) as [Tab, ...Tab[]])
    .catch('mine')
    .default('mine'),
  commune: z
    .string()
    .regex(/^(2024|2025):\d{5}$/)
    .optional()
    .catch(undefined),
  unit: optionalNumber,
  campaign: optionalNumber,
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  kind: z.enum(NOMINEE_KINDS).optional().catch(undefined),
  field: z.enum(FIELDS).optional().catch(undefined),
});

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  options: { value: string | number; label: string; count: number }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ''} className={controlClass}>
        <option value="">Tất cả</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{`${o.label} (${o.count})`}</option>
        ))}
      </select>
    </div>
  );
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('/review', canUseReviewQueue);
  const f = filterSchema.parse(await searchParams);
  const statuses = [...TABS[f.tab].statuses];
  const db = getDb();
  const byTab = {
    atMyLevel: f.tab === 'mine' || f.tab === 'unassigned',
    assignedTo: f.tab === 'assigned' ? user.id : undefined,
    unassigned: f.tab === 'unassigned',
  };
  const leads = user.role === 'admin' || user.reviewLead === true;
  const [rows, counts, workload] = await Promise.all([
    listReviewQueue(db, {
      user,
      statuses,
      filter: { commune: f.commune, unitId: f.unit, campaignId: f.campaign, year: f.year, kind: f.kind, field: f.field, ...byTab },
    }),
    countReviewQueue(db, { user, statuses }),
    leads ? listReviewWorkload(db, { user }) : Promise.resolve([]),
  ]);
  return (
    <section>
      <h1 className="text-2xl font-bold text-stone-900">Thẩm định hồ sơ</h1>
      <p className="mt-1 text-stone-700">
        {user.role === 'admin' ? 'Hồ sơ trên mọi địa bàn.' : 'Hồ sơ của các xã trong địa bàn bạn được giao thẩm định.'} Hồ sơ gửi sớm nhất ở trên cùng.
      </p>
      <FollowUpNotice {...await followUpWorkOfReviewer(db, user, now())} hrefOf={(id) => `/review/${id}`} reportHref="/review/reports/follow-ups" />
      <PendingUpdatesList user={user} />
      <nav aria-label="Nhóm hồ sơ" className="mt-4 flex flex-wrap gap-2 text-sm">
        {(Object.keys(TABS) as Tab[]).map((t) => (
          <Link
            key={t}
            href={`/review?tab=${t}`}
            aria-current={f.tab === t ? 'page' : undefined}
            className="rounded-full border border-stone-300 px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {TABS[t].label}
          </Link>
        ))}
      </nav>
      {leads && (
        <details className="mt-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">Khối lượng hồ sơ đang giao ({workload.reduce((sum, w) => sum + w.n, 0)})</summary>
          {workload.length === 0 ? (
            <p className="mt-2 text-stone-700">Chưa giao hồ sơ nào.</p>
          ) : (
            <ul className="mt-2 space-y-1">
              {workload.map((w) => (
                <li key={w.reviewerId}>
                  {w.name}: {w.n} hồ sơ
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      <form
        method="get"
        className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4"
        aria-label="Lọc hồ sơ thẩm định"
      >
        <input type="hidden" name="tab" value={f.tab} />
        <Select name="commune" label="Xã, phường" value={f.commune} options={counts.communes} />
        <Select name="unit" label="Đơn vị giới thiệu" value={f.unit} options={counts.units} />
        <Select name="campaign" label="Đợt thi đua" value={f.campaign} options={counts.campaigns} />
        <Select name="year" label="Năm" value={f.year} options={counts.years} />
        <Select
          name="kind"
          label="Loại điển hình"
          value={f.kind}
          options={counts.kinds.map((k) => ({ ...k, label: NOMINEE_KIND_LABELS[k.value] ?? k.label }))}
        />
        <Select name="field" label="Lĩnh vực" value={f.field} options={counts.fields.map((k) => ({ ...k, label: FIELD_LABELS[k.value] ?? k.label }))} />
        <div className="flex items-end gap-2">
          <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Lọc
          </button>
          <Link href={`/review?tab=${f.tab}`} className="px-2 py-2 text-sm">
            Bỏ lọc
          </Link>
        </div>
      </form>
      <p className="mt-4 text-sm text-stone-700" role="status">
        {rows.length} / {counts.total} hồ sơ
      </p>
      <div className="mt-2">
        {rows.length === 0 ? (
          <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">Không có hồ sơ nào khớp.</p>
        ) : (
          <NominationList rows={rows} showUnit nextStep={() => null} hrefFor={(r) => `/review/${r.id}`} />
        )}
      </div>
    </section>
  );
}
