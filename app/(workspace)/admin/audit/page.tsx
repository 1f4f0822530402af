import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { controlClass } from '@/components/ui/field';
import { getDb } from '@/db/index';
import { AUDIT_ACTIONS, listAuditEvents } from '@/db/queries/audit';
import { requirePermission } from '@/lib/auth/current-user';
import { canReadAuditLog } from '@/lib/auth/permissions';
import { formatDateTime, formatNumber } from '@/lib/format';
import { AUDIT_LABELS } from './labels';

export const metadata: Metadata = { title: 'Nhật ký hệ thống' };

const PAGE_SIZE = 50;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const filterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

/** Dates are days in Vietnam (UTC+7); "to" includes its whole day. */
function vnDay(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value) return undefined;
  const d = new Date(`${value}T00:00:00+07:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Date(d.getTime() + plusDays * 86_400_000);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('/admin/audit', canReadAuditLog);
  const filter = filterSchema.parse(await searchParams);
  const rows = await listAuditEvents(getDb(), {
    action: filter.action,
    actor: filter.actor || undefined,
    from: vnDay(filter.from),
    to: vnDay(filter.to, 1),
    beforeId: filter.before,
    limit: PAGE_SIZE + 1,
  });
  const page = rows.slice(0, PAGE_SIZE);
  const more = rows.length > PAGE_SIZE ? page[page.length - 1]?.id : undefined;
  const nextParams = new URLSearchParams(
    Object.entries({ action: filter.action, actor: filter.actor, from: filter.from, to: filter.to }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  if (more) nextParams.set('before', String(more));
  return (
    <section>
      <h1 className="text-2xl font-bold text-stone-900">Nhật ký hệ thống</h1>
      <p className="mt-1 text-stone-700">
        Mọi lần đăng nhập, đăng xuất, thay đổi tài khoản và lần bị từ chối quyền. Nhật ký chỉ được ghi thêm, không sửa, không xóa.
      </p>
      <form method="get" className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-5" aria-label="Lọc nhật ký">
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            Sự kiện
          </label>
          <select id="action" name="action" defaultValue={filter.action ?? ''} className={controlClass}>
            <option value="">Tất cả</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_LABELS[a]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="block text-sm font-medium">
            Email người thực hiện
          </label>
          <input id="actor" name="actor" defaultValue={filter.actor ?? ''} className={controlClass} />
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium">
            Từ ngày
          </label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ''} className={controlClass} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium">
            Đến ngày
          </label>
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ''} className={controlClass} />
        </div>
        <div className="flex items-end">
          <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-50">
            Lọc
          </button>
        </div>
      </form>
      {page.length === 0 ? (
        <p className="mt-6 text-stone-700">Không có sự kiện nào khớp bộ lọc.</p>
      ) : (
        <div
          role="region"
          aria-label="Bảng nhật ký hệ thống"
          tabIndex={0}
          className="mt-4 relative overflow-x-auto rounded-lg border border-stone-200 bg-white"
        >
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Thời gian
                </th>
                <th scope="col" className="px-3 py-2">
                  Sự kiện
                </th>
                <th scope="col" className="px-3 py-2">
                  Người thực hiện
                </th>
                <th scope="col" className="px-3 py-2">
                  Địa chỉ IP
                </th>
                <th scope="col" className="px-3 py-2">
                  Trình duyệt
                </th>
              </tr>
            </thead>
            <tbody>
              {page.map((e) => (
                <tr key={e.id} className="border-t border-stone-100 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(e.at)}</td>
                  <td className="px-3 py-2">
                    {AUDIT_LABELS[e.action as keyof typeof AUDIT_LABELS] ?? e.action}
                    {typeof e.detail.what === 'string' && <div className="text-stone-600">{e.detail.what}</div>}
                    {e.detail.rateLimited === true && (
                      <div className="text-stone-600">Quá nhiều yêu cầu từ địa chỉ này: chỉ đếm số lần, không ghi chi tiết.</div>
                    )}
                    {e.repeatCount > 1 && (
                      <div className="text-stone-600">
                        Lặp lại {formatNumber(e.repeatCount)} lần{e.lastAt ? `, lần cuối ${formatDateTime(e.lastAt)}` : ''}
                      </div>
                    )}
                  </td>
                  <td className="px-3 py-2">{e.actorEmail ?? 'Khách (chưa đăng nhập)'}</td>
                  <td className="px-3 py-2">{e.ipAddress ?? '—'}</td>
                  <td className="max-w-[16rem] truncate px-3 py-2 text-stone-600" title={e.userAgent ?? ''}>
                    {e.userAgent ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && (
        <p className="mt-4">
          <Link href={`/admin/audit?${nextParams}`}>Xem các sự kiện cũ hơn →</Link>
        </p>
      )}
    </section>
  );
}
