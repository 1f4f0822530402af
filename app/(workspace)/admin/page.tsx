import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getDb } from '@/db/index';
import { listUnits, listUsers } from '@/db/queries/people';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageUsers } from '@/lib/auth/permissions';
import { ROLES, ROLE_LABELS } from '@/lib/domain/vocabulary';
import { controlClass } from '@/components/ui/field';

export const metadata: Metadata = { title: 'Quản trị người dùng' };

const filterSchema = z.object({
  unit: z.coerce.number().int().positive().optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('/admin', canManageUsers);
  const filter = filterSchema.parse(await searchParams);
  const db = getDb();
  const [people, units] = await Promise.all([listUsers(db, { unitId: filter.unit, role: filter.role, q: filter.q || undefined }), listUnits(db)]);
  return (
    <section>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-stone-900">Người dùng</h1>
          <p className="mt-1 text-stone-700">Tài khoản của cán bộ đơn vị, cán bộ thẩm định và quản trị viên.</p>
        </div>
        <Link href="/admin/users/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          Tạo tài khoản
        </Link>
      </div>
      <form method="get" className="mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4" aria-label="Lọc người dùng">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Tên hoặc email
          </label>
          <input id="q" name="q" defaultValue={filter.q ?? ''} className={controlClass} />
        </div>
        <div>
          <label htmlFor="unit" className="block text-sm font-medium">
            Đơn vị
          </label>
          <select id="unit" name="unit" defaultValue={filter.unit ?? ''} className={controlClass}>
            <option value="">Tất cả</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            Vai trò
          </label>
          <select id="role" name="role" defaultValue={filter.role ?? ''} className={controlClass}>
            <option value="">Tất cả</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-50">
            Lọc
          </button>
        </div>
      </form>
      <p className="mt-4 text-sm text-stone-700" role="status">
        {people.length} tài khoản
      </p>
      <div role="region" aria-label="Bảng tài khoản" tabIndex={0} className="mt-2 relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="bg-stone-50 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Họ và tên
              </th>
              <th scope="col" className="px-3 py-2">
                Vai trò
              </th>
              <th scope="col" className="px-3 py-2">
                Đơn vị / địa bàn
              </th>
              <th scope="col" className="px-3 py-2">
                Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="border-t border-stone-100">
                <td className="px-3 py-2">
                  <Link href={`/admin/users/${p.id}`} className="font-medium">
                    {p.name}
                  </Link>
                  <div className="text-stone-600">{p.email}</div>
                </td>
                <td className="px-3 py-2">{ROLE_LABELS[p.role]}</td>
                <td className="px-3 py-2">
                  {p.unitName ?? '—'}
                  {p.scopeName && <div className="text-stone-600">Thẩm định: {p.scopeName}</div>}
                </td>
                <td className="px-3 py-2">
                  {!p.active ? <span className="font-medium text-red-800">Đã vô hiệu hóa</span> : p.mustChangePassword ? 'Chờ đặt mật khẩu' : 'Đang hoạt động'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
