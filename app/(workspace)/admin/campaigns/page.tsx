import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getDb } from '@/db/index';
import { listCampaignsForAdmin, type CampaignListRow } from '@/db/queries/campaigns';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageCampaigns } from '@/lib/auth/permissions';
import { CAMPAIGN_MESSAGES } from '@/lib/campaigns/messages';
import { formatDate, formatNumber } from '@/lib/format';
import { campaignClosedReason } from '@/lib/nominations/campaign-window';

export const metadata: Metadata = { title: 'Phong trào thi đua' };
export const dynamic = 'force-dynamic';

const flashSchema = z.object({
  created: z.coerce.number().int().positive().optional().catch(undefined),
  updated: z.coerce.number().int().positive().optional().catch(undefined),
  unchanged: z.coerce.number().int().positive().optional().catch(undefined),
});

function windowText(c: CampaignListRow): string {
  const from = c.submissionsOpenOn ? formatDate(c.submissionsOpenOn) : null;
  const to = c.submissionsCloseOn ? formatDate(c.submissionsCloseOn) : null;
  if (from && to) return `${from} – ${to}`;
  if (from) return `Từ ${from}`;
  if (to) return `Đến hết ${to}`;
  return 'Không giới hạn';
}

/** The success message after a redirect from the form; names come from the database, never the query string. */
function flashMessage(flash: z.infer<typeof flashSchema>, rows: CampaignListRow[]): string | null {
  const nameOf = (id: number | undefined) => rows.find((r) => r.id === id)?.shortName;
  const created = nameOf(flash.created);
  if (created) return CAMPAIGN_MESSAGES.created(created);
  const updated = nameOf(flash.updated);
  if (updated) return CAMPAIGN_MESSAGES.updated(updated);
  return nameOf(flash.unchanged) ? CAMPAIGN_MESSAGES.unchanged : null;
}

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('/admin/campaigns', canManageCampaigns);
  const rows = await listCampaignsForAdmin(getDb());
  const flash = flashMessage(flashSchema.parse(await searchParams), rows);
  return (
    <section>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-stone-900">Phong trào thi đua</h1>
          <p className="mt-1 text-stone-700">Các đợt thi đua mà đơn vị giới thiệu điển hình vào, với giai đoạn và thời hạn nhận hồ sơ.</p>
        </div>
        <Link href="/admin/campaigns/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          Tạo phong trào
        </Link>
      </div>
      {flash && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          {flash}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="mt-4 rounded-lg border border-stone-200 bg-white p-4">Chưa có phong trào thi đua nào.</p>
      ) : (
        <div
          role="region"
          aria-label="Bảng phong trào thi đua"
          tabIndex={0}
          className="mt-4 relative overflow-x-auto rounded-lg border border-stone-200 bg-white"
        >
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Phong trào
                </th>
                <th scope="col" className="px-3 py-2">
                  Giai đoạn
                </th>
                <th scope="col" className="px-3 py-2">
                  Thời hạn nhận hồ sơ
                </th>
                <th scope="col" className="px-3 py-2">
                  Trạng thái
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Hồ sơ
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Điển hình
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const closed = campaignClosedReason(c);
                return (
                  <tr key={c.id} className="border-t border-stone-100 align-top">
                    <td className="px-3 py-2">
                      <div className="font-medium">{c.name}</div>
                      <div className="text-stone-600">
                        {c.shortName} · <code>{c.slug}</code>
                      </div>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {c.startYear}–{c.endYear}
                    </td>
                    <td className="px-3 py-2">{windowText(c)}</td>
                    <td className="px-3 py-2">
                      {closed ? (
                        <span className="font-medium text-stone-700">Đã đóng</span>
                      ) : (
                        <span className="font-medium text-green-800">Đang nhận hồ sơ</span>
                      )}
                      {closed && c.acceptingNominations && <div className="text-stone-600">{closed}</div>}
                    </td>
                    <td className="px-3 py-2 text-right">{formatNumber(c.nominations)}</td>
                    <td className="px-3 py-2 text-right">{formatNumber(c.approved)}</td>
                    <td className="px-3 py-2">
                      <Link href={`/admin/campaigns/${c.id}`} aria-label={`Sửa ${c.shortName}`}>
                        Sửa
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
