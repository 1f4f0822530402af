import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/index';
import { listScopeChoices } from '@/db/queries/admin-units';
import { listUnits } from '@/db/queries/people';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageUsers } from '@/lib/auth/permissions';
import { UserForm } from './user-form';

export const metadata: Metadata = { title: 'Tạo tài khoản' };

export default async function NewUserPage() {
  await requirePermission('/admin/users/new', canManageUsers);
  const db = getDb();
  const [units, scopeChoices] = await Promise.all([listUnits(db), listScopeChoices(db)]);
  return (
    <section className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href="/admin">← Người dùng</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">Tạo tài khoản</h1>
      <p className="mt-1 text-stone-700">Người dùng tự đặt mật khẩu qua đường dẫn dùng một lần (hiệu lực 72 giờ) hiện ra sau khi tạo.</p>
      <div className="mt-4 rounded-lg border border-stone-200 bg-white p-5">
        <UserForm units={units.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }))} scopeChoices={scopeChoices} />
      </div>
    </section>
  );
}
