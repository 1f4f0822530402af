import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/index';
import { listAuditEvents } from '@/db/queries/audit';
import { listScopeChoices } from '@/db/queries/admin-units';
import { getUserForAdmin, listUnits } from '@/db/queries/people';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageUsers } from '@/lib/auth/permissions';
import { ROLE_LABELS } from '@/lib/domain/vocabulary';
import { formatDateTime } from '@/lib/format';
import { AUDIT_LABELS } from '../../audit/labels';
import { UserActions } from './user-actions';
import { UserEditForm } from './user-edit-form';

export const metadata: Metadata = { title: 'Tài khoản người dùng' };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePermission(`/admin/users/${id}`, canManageUsers);
  const db = getDb();
  const person = await getUserForAdmin(db, id);
  if (!person) notFound();
  const [history, units, scopeChoices] = await Promise.all([listAuditEvents(db, { actor: person.id, limit: 10 }), listUnits(db), listScopeChoices(db)]);
  // Active units, plus the person's own even if it has closed, so the form can keep it.
  const unitChoices = units.filter((u) => u.active || u.id === person.unitId).map((u) => ({ id: u.id, name: u.name }));
  const scope = person.scopeTree && person.scopeCode ? { tree: person.scopeTree, code: person.scopeCode, label: person.scopeName ?? person.scopeCode } : null;
  return (
    <section className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/admin">← Người dùng</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{person.name}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-stone-600">Email</dt>
        <dd>{person.email}</dd>
        <dt className="font-medium text-stone-600">Vai trò</dt>
        <dd>{ROLE_LABELS[person.role]}</dd>
        <dt className="font-medium text-stone-600">Đơn vị</dt>
        <dd>{person.unitName ?? '—'}</dd>
        {person.scopeName && (
          <>
            <dt className="font-medium text-stone-600">Địa bàn thẩm định</dt>
            <dd>{person.scopeName}</dd>
          </>
        )}
        {person.role === 'reviewer' && (
          <>
            <dt className="font-medium text-stone-600">Phụ trách cấp</dt>
            <dd>{person.reviewLead ? 'Có: giao hồ sơ cho cán bộ thẩm định cùng cấp' : 'Không'}</dd>
          </>
        )}
        <dt className="font-medium text-stone-600">Trạng thái</dt>
        <dd>{!person.active ? 'Đã vô hiệu hóa' : person.mustChangePassword ? 'Chờ đặt mật khẩu' : 'Đang hoạt động'}</dd>
      </dl>
      <div className="mt-6">
        <UserEditForm
          userId={person.id}
          initial={{ role: person.role, unitId: person.unitId, scope, reviewLead: person.reviewLead }}
          units={unitChoices}
          scopeChoices={scopeChoices}
          isSelf={person.id === admin.id}
        />
      </div>
      <UserActions userId={person.id} active={person.active} isSelf={person.id === admin.id} />
      <h2 className="mt-8 text-lg font-semibold">Hoạt động gần đây</h2>
      {history.length === 0 ? (
        <p className="mt-2 text-stone-700">Chưa có hoạt động nào.</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white text-sm">
          {history.map((e) => (
            <li key={e.id} className="px-3 py-2">
              <span className="text-stone-600">{formatDateTime(e.at)}</span> · {AUDIT_LABELS[e.action as keyof typeof AUDIT_LABELS] ?? e.action}
              {e.ipAddress && <span className="text-stone-600"> · {e.ipAddress}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
