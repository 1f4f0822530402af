import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/index';
import { getCampaignForEdit } from '@/db/queries/campaigns';
import { countDossiersInReview, getReviewSetup } from '@/db/queries/review-setup';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageCampaigns } from '@/lib/auth/permissions';
import { REVIEW_SETUP_MESSAGES, reviewSetupFormValues } from '@/lib/campaigns/review-setup-schema';
import { LEVEL_AREA_KIND_LABELS } from '@/lib/domain/review-levels';
import { ReviewSetupForm } from './review-setup-form';

export const metadata: Metadata = { title: 'Cách xét duyệt của phong trào' };
export const dynamic = 'force-dynamic';

export default async function ReviewSetupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission(`/admin/campaigns/${encodeURIComponent(id)}/review`, canManageCampaigns);
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const db = getDb();
  const campaign = await getCampaignForEdit(db, Number(id));
  if (!campaign) notFound();
  const [setup, inReview] = await Promise.all([getReviewSetup(db, { campaignId: campaign.id }), countDossiersInReview(db, { campaignId: campaign.id })]);
  if (!setup) notFound();
  const locked = inReview > 0;
  return (
    <section className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/admin/campaigns/${campaign.id}`}>← {campaign.shortName}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Cách xét duyệt: {campaign.shortName}</h1>
      <p className="mt-1 text-stone-700">
        Các cấp hồ sơ đi qua, bộ tiêu chí chấm điểm và việc công khai lấy ý kiến trước khi công nhận. Khi đang có hồ sơ chờ xét hoặc đang công khai, các cấp và
        bộ tiêu chí được giữ nguyên; chỉ đổi được thời hạn công khai (áp dụng cho lần công khai sau), và không bỏ được bước công khai khi đang có hồ sơ công
        khai.
      </p>

      <h2 className="mt-6 text-lg font-semibold">Đang áp dụng</h2>
      <div className="mt-2 space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <ol className="list-decimal space-y-1 pl-5">
          {setup.levels.map((l) => (
            <li key={l.position}>
              <span className="font-medium">{l.name}</span> · {LEVEL_AREA_KIND_LABELS[l.areaKind]}
              {l.decides ? ' · quyết định công nhận' : ' · xét và đề nghị lên'}
            </li>
          ))}
        </ol>
        <p className="text-sm text-stone-700">
          Tiêu chí: {setup.criteria.length ? setup.criteria.map((c) => c.label).join(', ') : 'không chấm theo tiêu chí'}.
        </p>
        <p className="text-sm text-stone-700">
          {setup.usesNotice
            ? `Công khai lấy ý kiến ${setup.noticeWorkingDays} ngày làm việc trước khi công nhận.`
            : 'Không công khai lấy ý kiến; cấp quyết định công nhận trực tiếp.'}
        </p>
      </div>

      {locked && (
        <p role="note" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
          {REVIEW_SETUP_MESSAGES.levelsLocked(inReview)}
        </p>
      )}

      <h2 className="mt-6 text-lg font-semibold">{locked ? 'Sửa thời hạn công khai' : 'Sửa cách xét duyệt'}</h2>
      <div className="mt-2 rounded-lg border border-stone-200 bg-white p-5">
        <ReviewSetupForm campaignId={campaign.id} initial={reviewSetupFormValues(setup)} locked={locked} />
      </div>
    </section>
  );
}
