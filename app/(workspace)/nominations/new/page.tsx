import type { Metadata } from 'next';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/index';
import { requirePermission } from '@/lib/auth/current-user';
import { canCreateNomination } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { todayInVietnam } from '@/lib/domain/dates';
import { defaultCommuneFor } from '@/lib/nominations/default-commune';
import { loadCampaigns } from '../load-form';
import { NominationForm } from '../nomination-form';

export const metadata: Metadata = { title: 'Lập hồ sơ mới' };

export default async function NewNominationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission('/nominations/new', canCreateNomination);
  const params = await searchParams;
  const db = getDb();
  const today = todayInVietnam(now());
  const [campaigns, commune] = await Promise.all([loadCampaigns(db), defaultCommuneFor(db, { unitId: user.unitId!, today })]);
  const first = campaigns[0];
  const thisYear = Number(today.slice(0, 4));
  return (
    <section className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/nominations">← Hồ sơ của đơn vị</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Lập hồ sơ giới thiệu điển hình</h1>
      <p className="mt-1 text-stone-700">Nội dung tự lưu khi bạn nhập. Ảnh và tài liệu thêm được sau lần lưu đầu tiên.</p>
      {params.error && (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {params.error}
        </p>
      )}
      {first ? (
        <div className="mt-6">
          <NominationForm
            id={null}
            version={0}
            clientKey={randomUUID()}
            savedAt={null}
            values={{
              campaignId: String(first.id),
              year: String(Math.min(Math.max(thisYear, first.startYear), first.endYear)),
              nomineeKind: 'household',
              publishMode: 'named',
            }}
            campaigns={campaigns}
            commune={commune}
            replicates={null}
            reviewerComment={null}
            submittable={false}
          />
        </div>
      ) : (
        <p className="mt-6 rounded-lg border border-stone-200 bg-white p-4">Hiện không có đợt thi đua nào đang nhận hồ sơ.</p>
      )}
    </section>
  );
}
