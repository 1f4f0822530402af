import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageCampaigns } from '@/lib/auth/permissions';
import { CampaignForm } from '../campaign-form';

export const metadata: Metadata = { title: 'Tạo phong trào thi đua' };
export const dynamic = 'force-dynamic';

export default async function NewCampaignPage() {
  await requirePermission('/admin/campaigns/new', canManageCampaigns);
  return (
    <section className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href="/admin/campaigns">← Phong trào thi đua</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Tạo phong trào thi đua</h1>
      <p className="mt-1 text-stone-700">Sau khi tạo, phong trào xuất hiện trong danh sách chọn đợt thi đua khi đơn vị lập hồ sơ (nếu đang nhận hồ sơ).</p>
      <div className="mt-4 rounded-lg border border-stone-200 bg-white p-5">
        <CampaignForm initial={{ acceptingNominations: 'on' }} />
      </div>
    </section>
  );
}
